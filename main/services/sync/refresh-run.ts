// A refresh run: a set of connections refreshed a few at a time, with progress
// for the UI, then enrichment in the background. A second trigger while one
// runs joins it rather than paying twice.
import type { Clock } from '../clock';
import type { Enrichment } from '../enrichment';
import type { ConnectionSync } from './connection-sync';
import { runLimited } from './run-limited';
import type { RefreshOptions, SyncStore } from './types';

export interface RefreshRunDeps {
  clock: Clock;
  store: Pick<SyncStore, 'getConnection'>;
  connections: Pick<ConnectionSync, 'refresh' | 'lastTouchedAt'>;
  enrichment: Pick<Enrichment, 'update'> | undefined;
  /** Connections refreshed at once. */
  concurrency: number;
  isPaused(): boolean;
  track<T>(work: Promise<T>): Promise<T>;
  changed(): void;
  /** A run ended, whichever way: re-arm the background timer. */
  finished(): void;
}

export interface RefreshRuns {
  run(ids: string[], opts: RefreshOptions): Promise<void>;
  isRefreshing(): boolean;
  /** Connections the running refresh has been through, of how many; null when none runs. */
  progress(): { done: number; total: number } | null;
  lastRefreshAt(): number | null;
}

export function createRefreshRuns(deps: RefreshRunDeps): RefreshRuns {
  const { clock, connections } = deps;
  let refreshing: Promise<void> | null = null;
  /** The run `refreshing` belongs to. */
  let current: { startedAt: number; userInitiated: boolean } | null = null;
  let progress: { done: number; total: number } | null = null;
  let lastRefresh: number | null = null;

  /**
   * Joins the running refresh. An automatic run may have skipped connections
   * (stale subset, or the governor said no), so what the user asked for still
   * happens: after it, refresh every requested connection it did not touch.
   */
  function join(running: Promise<void>, ids: string[], opts: RefreshOptions): Promise<void> {
    if (!opts.userInitiated || current?.userInitiated) return running;
    const since = current?.startedAt ?? clock.now();
    return running.then(() => {
      const missed = ids.filter((id) => {
        const meta = deps.store.getConnection(id);
        return meta !== null && (connections.lastTouchedAt(meta) ?? -Infinity) < since;
      });
      return missed.length > 0 ? run(missed, opts) : undefined;
    });
  }

  async function refreshEach(ids: string[], opts: RefreshOptions): Promise<void> {
    deps.changed();
    try {
      progress = { done: 0, total: ids.length };
      await runLimited(ids, deps.concurrency, (id) =>
        connections.refresh(id, opts).finally(() => {
          if (!progress) return;
          progress = { done: progress.done + 1, total: progress.total };
          // The last one is announced by the run's end, a moment later: with a large
          // account every announcement rebuilds a snapshot of every holding.
          if (progress.done < progress.total) deps.changed();
        }),
      );
      lastRefresh = clock.now();
    } finally {
      refreshing = null;
      current = null;
      progress = null;
      deps.finished();
      deps.changed();
    }
    enrichInBackground(deps);
  }

  function run(ids: string[], opts: RefreshOptions): Promise<void> {
    // A second trigger while a refresh runs joins it rather than paying twice.
    if (refreshing) return join(refreshing, ids, opts);
    if (!opts.userInitiated && deps.isPaused()) return Promise.resolve();
    current = { startedAt: clock.now(), userInitiated: opts.userInitiated };
    refreshing = deps.track(refreshEach(ids, opts));
    return refreshing;
  }

  return {
    run,
    isRefreshing: () => refreshing !== null,
    progress: () => progress,
    lastRefreshAt: () => lastRefresh,
  };
}

/**
 * Names, icons and rates come after the balances, never before them: the
 * total shows and the spinner stops as soon as the balance calls are done,
 * however long a large account's enrichment takes. Tracked, so `whenIdle()`
 * (tests, shutdown) still waits for it; a closed session's abort ends its calls.
 */
function enrichInBackground(deps: Pick<RefreshRunDeps, 'enrichment' | 'track' | 'changed'>): void {
  const { enrichment } = deps;
  if (!enrichment) return;
  void deps.track(
    enrichment.update().then(({ coinsFetched, ratesFetched }) => {
      // Nothing new to show (all unknown, or nothing due) is no reason to rebuild every holding's row.
      if (coinsFetched || ratesFetched) deps.changed();
    }),
  );
}
