// The sync engine: decides when to ask CoinStats for balances. Triggers are
// app start, the user, the popover opening on stale data, and a background
// interval while the user is at the computer; everything automatic pauses
// while offline, asleep or locked, and coming back refreshes stale data.
// Per-connection work (status polls, retries, notifications) lives in
// sync/connection-sync.ts; the credit governor has the last word on every
// automatic call.
import { isStale } from '../core/schedule';
import type { TimerHandle } from './clock';
import { createConnectionSync, type EngineContext } from './sync/connection-sync';
import { runLimited } from './sync/run-limited';
import type { ConnectionRuntime, RefreshOptions, SyncDeps } from './sync/types';

export type { SyncDeps, SyncNotification, SyncClient, SyncStore, SyncSecrets } from './sync/types';

export interface PowerState {
  online: boolean;
  asleep: boolean;
  locked: boolean;
  /** At the computer (not idle). Only affects background refreshes. */
  userActive: boolean;
}

export interface SyncEngine {
  /** App start: probe credits, refresh stale data, arm the background timer. */
  start(): Promise<void>;
  stop(): void;
  refreshAll(opts: RefreshOptions): Promise<void>;
  refreshConnection(id: string, opts: RefreshOptions): Promise<void>;
  /** Refreshes (automatically, so the governor may still refuse) only if data is older than the freshness target. Returns whether it was. */
  popoverOpened(): Promise<boolean>;
  setOnline(online: boolean): void;
  suspend(): void;
  resume(): void;
  lock(): void;
  unlock(): void;
  /** From the OS idle detector: background refresh only runs while the user is at the computer. */
  setUserActive(active: boolean): void;
  /** Settings changed (interval, budget…): re-plan the background timer. */
  settingsChanged(): void;
  /** A connection's keys were replaced (or the CoinStats key when no id): unblock and refresh. */
  keysChanged(connectionId?: string): Promise<void>;
  connectionRemoved(id: string): void;
  connectionState(id: string): ConnectionRuntime;
  /** Connections whose last attempt failed: the total is partial while any is. */
  failingConnectionIds(): string[];
  isRefreshing(): boolean;
  /** Connections the running refresh has been through, of how many; null when none runs. */
  progress(): { done: number; total: number } | null;
  lastRefreshAt(): number | null;
  /** Oldest `lastSyncAt` over all connections: the age of what the user sees. */
  oldestSyncAt(): number | null;
  power(): PowerState;
  /** Resolves once no call, poll or refresh is in flight (timers may still be armed). */
  whenIdle(): Promise<void>;
}

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const { clock, store, governor } = deps;
  const concurrency = deps.concurrency ?? 3;
  const power: PowerState = { online: true, asleep: false, locked: false, userActive: true };
  const inFlight = new Set<Promise<unknown>>();
  let refreshing: Promise<void> | null = null;
  /** The run `refreshing` belongs to. */
  let current: { startedAt: number; userInitiated: boolean } | null = null;
  let progress: { done: number; total: number } | null = null;
  let lastRefresh: number | null = null;
  let backgroundTimer: TimerHandle | null = null;
  let started = false;

  const ctx: EngineContext = {
    deps,
    random: deps.random ?? Math.random,
    locale: deps.locale ?? 'en-US',
    isPaused: () => !power.online || power.asleep || power.locked,
    blockedAll: false,
    track(work) {
      inFlight.add(work);
      const done = (): void => void inFlight.delete(work);
      work.then(done, done);
      return work;
    },
    changed: () => deps.onChange?.(),
  };
  const connections = createConnectionSync(ctx);

  const freshnessMinutes = (): number => store.getSettings().freshnessMinutes;

  /** Ids of connections whose data (or last attempt) is older than the freshness target. */
  function staleIds(): string[] {
    const now = clock.now();
    return store
      .listConnections()
      .filter((meta) => !connections.isBlocked(meta.id))
      .filter((meta) => isStale(connections.lastTouchedAt(meta), now, freshnessMinutes()))
      .map((meta) => meta.id);
  }

  function clearBackground(): void {
    if (backgroundTimer) clock.clearTimeout(backgroundTimer);
    backgroundTimer = null;
  }

  /** Arms the next background refresh, measured from the last one, if anything may run. */
  function scheduleBackground(): void {
    clearBackground();
    if (!started || ctx.isPaused() || !power.userActive) return;
    const intervalMs = governor.effectiveBackgroundMinutes() * 60_000;
    const due = (lastRefresh ?? clock.now()) + intervalMs;
    backgroundTimer = clock.setTimeout(() => {
      backgroundTimer = null;
      void run(store.listConnections().map((c) => c.id), { userInitiated: false });
    }, Math.max(0, due - clock.now()));
  }

  function run(ids: string[], opts: RefreshOptions): Promise<void> {
    // A second trigger while a refresh runs joins it rather than paying twice…
    if (refreshing) {
      const joined = refreshing;
      if (!opts.userInitiated || current?.userInitiated) return joined;
      // …but an automatic run may have skipped connections (stale subset, or
      // the governor said no). What the user asked for still happens: after
      // it, refresh every requested connection it did not touch.
      const since = current?.startedAt ?? clock.now();
      return joined.then(() => {
        const missed = ids.filter((id) => {
          const meta = store.getConnection(id);
          return meta !== null && (connections.lastTouchedAt(meta) ?? -Infinity) < since;
        });
        return missed.length > 0 ? run(missed, opts) : undefined;
      });
    }
    if (!opts.userInitiated && ctx.isPaused()) return Promise.resolve();
    current = { startedAt: clock.now(), userInitiated: opts.userInitiated };
    refreshing = ctx.track(
      (async () => {
        deps.onChange?.();
        try {
          progress = { done: 0, total: ids.length };
          await runLimited(ids, concurrency, (id) =>
            connections.refresh(id, opts).finally(() => {
              if (progress) progress = { done: progress.done + 1, total: progress.total };
              deps.onChange?.();
            }),
          );
          lastRefresh = clock.now();
          await deps.enrichment?.update();
        } finally {
          refreshing = null;
          current = null;
          progress = null;
          scheduleBackground();
          deps.onChange?.();
        }
      })(),
    );
    return refreshing;
  }

  /** Coming back (wake, unlock, online, at the computer): refresh what is stale, else just re-arm. */
  function cameBack(): void {
    if (!started || ctx.isPaused()) return;
    connections.resumeDeferred();
    const stale = staleIds();
    if (stale.length > 0) void run(stale, { userInitiated: false });
    else scheduleBackground();
  }

  function setPower(patch: Partial<PowerState>): void {
    const wasPaused = ctx.isPaused();
    const wasActive = power.userActive;
    Object.assign(power, patch);
    if (ctx.isPaused()) clearBackground();
    else if (wasPaused || (!wasActive && power.userActive)) cameBack();
    else scheduleBackground();
  }

  return {
    async start() {
      if (started) return;
      started = true;
      governor.start();
      // A restart minutes after the last refresh does not pay again.
      const stale = staleIds();
      if (stale.length > 0 && !ctx.isPaused()) await run(stale, { userInitiated: false });
      else {
        scheduleBackground();
        await deps.enrichment?.update();
      }
    },

    stop() {
      started = false;
      clearBackground();
      connections.stopAll();
      governor.stop();
    },

    refreshAll: (opts) => run(store.listConnections().map((c) => c.id), opts),

    refreshConnection: (id, opts) => ctx.track(connections.refresh(id, opts)),

    async popoverOpened() {
      if (!started || ctx.isPaused()) return false;
      const stale = staleIds();
      if (stale.length === 0) return false;
      await run(stale, { userInitiated: false });
      return true;
    },

    setOnline: (online) => setPower({ online }),
    suspend: () => setPower({ asleep: true }),
    resume: () => setPower({ asleep: false }),
    lock: () => setPower({ locked: true }),
    unlock: () => setPower({ locked: false }),
    setUserActive: (userActive) => setPower({ userActive }),

    settingsChanged: scheduleBackground,

    async keysChanged(connectionId) {
      if (connectionId) {
        connections.keysChanged(connectionId);
        await ctx.track(connections.refresh(connectionId, { userInitiated: true }));
      } else {
        ctx.blockedAll = false;
        await run(store.listConnections().map((c) => c.id), { userInitiated: true });
      }
    },

    connectionRemoved: (id) => connections.forget(id),

    connectionState: (id) => connections.runtime(id),

    failingConnectionIds: () =>
      store
        .listConnections()
        .map((c) => c.id)
        .filter((id) => connections.runtime(id).state === 'error'),

    isRefreshing: () => refreshing !== null,
    progress: () => progress,
    lastRefreshAt: () => lastRefresh,

    oldestSyncAt() {
      let oldest: number | null = null;
      for (const meta of store.listConnections()) {
        if (meta.lastSyncAt === null) continue;
        oldest = oldest === null ? meta.lastSyncAt : Math.min(oldest, meta.lastSyncAt);
      }
      return oldest;
    },

    power: () => ({ ...power }),

    async whenIdle() {
      // Work can start more work (a poll starts a balance call), so loop until none is left.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
