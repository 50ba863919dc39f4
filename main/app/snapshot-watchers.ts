// Things that happen because the state changed, decided from consecutive
// snapshots: a history point after new balances arrived, a warning when
// credits run low, and where a notification's click leads.
import type { DetailsTab } from '../../common/contract';
import { setChanges } from '../../common/history-change';
import { t } from '../../common/i18n';
import type { AppSnapshot, HistoryPoint } from '../../common/types';
import { historyPointOf } from '../core/history-point';
import type { SyncNotification } from '../services/sync-engine';

/** Below this share of the plan, credits count as running low. */
export const LOW_CREDITS_SHARE = 0.1;

/** Where a notification's click leads: where its problem can be seen or fixed. */
export function notificationTab(n: SyncNotification): DetailsTab {
  if (n.tab) return n.tab;
  if (n.kind === 'synced') return 'holdings';
  if ((n.kind === 'key_rejected' || n.kind === 'key_rotation') && n.connectionId) return 'exchanges';
  return 'settings';
}

/**
 * Appends a point of the total whenever balances newer than the last point
 * arrived and nothing is still refreshing: after a full refresh, and also
 * after one connection's (a newly added exchange, a finished sync). Also when
 * the set of connections in the total changed without new balances (one
 * removed, one left out), so History marks the change where it happened.
 */
export function createHistoryRecorder(append: (point: HistoryPoint) => void) {
  let recordedSyncAt = -Infinity;
  let recorded: HistoryPoint | null = null;
  return {
    observe(snapshot: AppSnapshot, now: number): void {
      if (snapshot.refreshing || snapshot.connections.length === 0) return;
      const newest = Math.max(...snapshot.connections.map((c) => c.lastSyncAt ?? -Infinity));
      const point = historyPointOf(snapshot, now);
      // A total no connection is counted in is not known yet, and not zero.
      if (!Object.values(point.connections ?? {}).some((c) => c.usd !== null)) return;
      const setChanged = recorded !== null && (setChanges(recorded, point)?.length ?? 0) > 0;
      if (!(newest > recordedSyncAt) && !setChanged) return;
      recordedSyncAt = Math.max(recordedSyncAt, newest);
      recorded = point;
      append(point);
    },
  };
}

/** Warns once when credits fall under a tenth of the plan, before they run out; again only after they recovered. */
export function createCreditsWatcher(notify: (n: SyncNotification) => void, locale: () => string) {
  let warned = false;
  return {
    observe(snapshot: AppSnapshot): void {
      const { remaining, total } = snapshot.credits;
      if (remaining === null || total === null || total <= 0) return;
      const low = remaining < total * LOW_CREDITS_SHARE;
      if (low && remaining > 0 && !warned) {
        const n = (value: number) => value.toLocaleString(locale());
        notify({
          kind: 'credits_low',
          title: 'Tallybar',
          body: t('notifications.creditsLow', { remaining: n(remaining), total: n(total) }),
        });
        warned = true;
      }
      if (!low) warned = false;
    },
  };
}
