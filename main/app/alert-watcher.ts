// Watches the snapshots create-app publishes (as snapshot-watchers.ts does)
// and evaluates every alert on each one that is not mid-refresh: after every
// successful sync, and on the first snapshot after a restart, from the stored
// last-known balances and history. The armed/fired state is kept in the local
// store, so a restart does not repeat an alert. One timer covers what time
// alone makes true: quiet hours ending, the digest, an exchange failing long
// enough. Notifications go out through create-app's notify, so the
// notifications setting and the demo prefix apply to them too.
import { ageText } from '../../common/i18n';
import type { DetailsTab } from '../../common/contract';
import { alertNotification, digestText, quietSummary, type AlertWordsFormat } from '../../common/alert-words';
import { resolveCurrency } from '../../common/currency';

import { privacyMasking } from '../../common/privacy';
import { partialText } from '../../common/standing-words';
import type { AppSnapshot, HistoryPoint } from '../../common/types';
import { alertTab, evaluateAlerts, type AlertOutput } from '../core/alert-evaluation';
import { historyPointOf } from '../core/history-point';
import { isStale } from '../core/schedule';
import { staleIconAgeMinutes } from '../core/tray-text';
import type { Clock, TimerHandle } from '../services/clock';
import type { Session } from './session';

/** Movers the digest names. */
const DIGEST_MOVERS = 3;

export interface AlertWatcherDeps {
  session(): Session;
  clock: Clock;
  /** The latest snapshot, for a timer's evaluation. */
  snapshot(): AppSnapshot;
  notify(n: { title: string; body: string; tab: DetailsTab }): void;
  /** The alerts view changed (a status, the log): publish a new snapshot. */
  changed(): void;
}

export type AlertWatcher = ReturnType<typeof createAlertWatcher>;

export function createAlertWatcher(deps: AlertWatcherDeps) {
  let timer: TimerHandle | null = null;
  let stopped = false;

  function evaluate(snapshot: AppSnapshot): void {
    const { store, history } = deps.session();
    const now = deps.clock.now();
    const { config, ...prior } = store.getAlerts();
    const stale = isStale(snapshot.standing.syncedAt, now, staleIconAgeMinutes(snapshot.settings.freshnessMinutes));
    // Read once per evaluation, and only if a move rule asks: the point walks every holding's split.
    let points: HistoryPoint[] | undefined;
    let point: HistoryPoint | undefined;
    const { runtime, outputs, wakeAt } = evaluateAlerts(config, prior, {
      now,
      snapshot,
      stale,
      // The longest move window is 24 h.
      history: () => (points ??= history.query('24h')),
      current: () => (point ??= historyPointOf(snapshot, now)),
    });
    const wrote = store.setAlertsRuntime(runtime);
    const format: AlertWordsFormat = { locale: snapshot.locale, masking: privacyMasking(snapshot.settings) };
    for (const output of outputs) deps.notify(wordsOf(output, snapshot, format, now));
    arm(wakeAt, now);
    if (wrote) deps.changed();
  }

  function arm(wakeAt: number | null, now: number): void {
    if (timer) deps.clock.clearTimeout(timer);
    timer = null;
    if (wakeAt === null || stopped) return;
    timer = deps.clock.setTimeout(() => {
      timer = null;
      evaluate(deps.snapshot());
    }, wakeAt - now);
  }

  return {
    observe(snapshot: AppSnapshot): void {
      // Mid-refresh, some connections hold new balances and some old: not a total to act on.
      if (snapshot.refreshing || stopped) return;
      evaluate(snapshot);
    },
    stop(): void {
      stopped = true;
      if (timer) deps.clock.clearTimeout(timer);
      timer = null;
    },
  };
}

function wordsOf(output: AlertOutput, snapshot: AppSnapshot, format: AlertWordsFormat, now: number) {
  if (output.kind === 'fired') return { ...alertNotification(output.alert, format), tab: alertTab(output.alert.rule) };
  if (output.kind === 'summary') return { ...quietSummary(output.held, format), tab: alertTab(null) };
  const { portfolio, standing, settings, rates } = snapshot;
  const choice = resolveCurrency(settings.primaryCurrency, rates);
  const movers = portfolio.rows
    .filter((row) => !row.isCash && row.change24h !== null)
    .sort((a, b) => Math.abs(b.change24h ?? 0) - Math.abs(a.change24h ?? 0))
    .slice(0, DIGEST_MOVERS)
    .map((row) => ({ symbol: row.symbol, change: row.change24h ?? 0 }));
  const partial = standing.failing.length + standing.firstSync.length + standing.leftOut.length > 0 ? partialText(standing) : null;
  const digest = digestText(
    {
      totalUsd: portfolio.totalUsd,
      currency: choice.currency,
      rate: choice.rate,
      change24hPct: portfolio.change24hPct,
      movers,
      partial: standing.problem ? standing.problem.message : partial,
      age: ageText(standing.syncedAt, now),
    },
    format,
  );
  return { ...digest, tab: 'holdings' as const };
}
