// What a connection's answers leave behind: its balances and status in the
// store, the error it shows, and the notification of a finished sync.
import type { ConnectionBalances, ConnectionMeta, ExchangeBalance, FlaggedRow, PlainError } from '../../../common/types';
import { connectionName } from './connection-names';
import type { ConnectionDeps } from './connection-deps';
import type { Slot } from './slot';
import { syncedNotice } from './sync-notice';
import type { SyncStore } from './types';

export function showError(store: Pick<SyncStore, 'setConnectionStatus'>, meta: ConnectionMeta, slot: Slot, plain: PlainError): void {
  slot.state = 'error';
  slot.lastError = plain;
  store.setConnectionStatus(meta.id, { lastError: plain });
}

export function saveBalance(store: SyncStore, meta: ConnectionMeta, answer: ExchangeBalance, now: number): void {
  const status = answer.portfolio.status;
  const previous = store.getBalances()[meta.id];
  // A portfolio that synced before and is re-syncing answers with part of
  // its rows: keep the complete last-known balance instead of a lower one.
  const keepComplete = status === 'syncing' && meta.lastSyncAt !== null && (previous?.rows.length ?? 0) > 0;
  if (!keepComplete) store.setBalances({ connectionId: meta.id, fetchedAt: now, ...withLastKnown(answer, previous) }, status);
  store.setConnectionStatus(meta.id, {
    portfolioId: answer.portfolio.id,
    lastError: null,
    ...(status === 'synced' ? { lastSyncAt: now } : {}),
  });
}

/**
 * The good rows of an answer, plus the last-known row of each coin whose new
 * row was refused; a refused coin never seen before is left out. Both are
 * flagged, so the screen says which coin and what was wrong.
 */
function withLastKnown(answer: ExchangeBalance, previous: ConnectionBalances | undefined): Pick<ConnectionBalances, 'rows' | 'flagged'> {
  if (answer.rejected.length === 0) return { rows: answer.balances };
  const before = new Map((previous?.rows ?? []).map((row) => [row.coinId, row]));
  const rows = [...answer.balances];
  const answered = new Set(rows.map((row) => row.coinId));
  const flagged: FlaggedRow[] = answer.rejected.map((rejected) => {
    const last = rejected.coinId === null || answered.has(rejected.coinId) ? undefined : before.get(rejected.coinId);
    if (last) rows.push(last);
    return { ...rejected, kept: last !== undefined };
  });
  return { rows, flagged };
}

export function notifySynced(
  deps: Pick<ConnectionDeps, 'store' | 'notify' | 'locale' | 'exchangeName'>,
  meta: ConnectionMeta,
  answer: ExchangeBalance,
): void {
  // Whether notifications are on is the app's decision (create-app's notify): a
  // synced transition still matters to it (enrichment) when they are off.
  deps.notify(syncedNotice({
    connectionId: meta.id,
    name: connectionName(meta, deps.exchangeName),
    rows: answer.balances,
    settings: deps.store.getSettings(),
    rates: deps.store.getRates().value,
    locale: deps.locale,
  }));
}
