// The sync engine: decides when to ask CoinStats for balances. Triggers are
// app start, the user, the popover opening on stale data, and a background
// interval while the user is at the computer; everything automatic pauses
// while offline, asleep or locked, and coming back refreshes stale data.
// This file holds the triggers; the parts they drive live in sync/: one
// connection's work (status polls, retries, notifications) in
// connection-sync.ts, a refresh of many in refresh-run.ts, the background
// timer in background-timer.ts, the pause state in power-state.ts. The credit
// governor has the last word on every automatic call.
import { staleIds } from './sync/connection-ages';
import { type BackgroundTimer, createBackgroundTimer } from './sync/background-timer';
import { type ConnectionSync, createConnectionSync } from './sync/connection-sync';
import { type InFlight, createInFlight } from './sync/in-flight';
import { type Power, type PowerState, createPower } from './sync/power-state';
import { type RefreshRuns, createRefreshRuns } from './sync/refresh-run';
import type { ExchangeBalance } from '../../common/types';
import type { ConnectionRuntime, RefreshOptions, SyncDeps } from './sync/types';

export type { SyncDeps, SyncNotification, SyncClient, SyncStore, SyncSecrets } from './sync/types';
export type { PowerState } from './sync/power-state';

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
  /**
   * A connection's keys were replaced (or the CoinStats key when no id):
   * unblock, and take the answer the new keys were tested with, or refresh.
   */
  keysChanged(connectionId?: string, tested?: ExchangeBalance): Promise<void>;
  connectionRemoved(id: string): void;
  connectionState(id: string): ConnectionRuntime;
  isRefreshing(): boolean;
  /** Connections the running refresh has been through, of how many; null when none runs. */
  progress(): { done: number; total: number } | null;
  lastRefreshAt(): number | null;
  power(): PowerState;
  /** Resolves once no call, poll or refresh is in flight (timers may still be armed). */
  whenIdle(): Promise<void>;
}

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const { clock, store, governor } = deps;
  let started = false;
  const parts = engineParts(deps, { started: () => started, cameBack });
  const { work, power, connections, runs, background } = parts;

  const allIds = (): string[] => store.listConnections().map((c) => c.id);
  const stale = (): string[] =>
    staleIds(store.listConnections(), connections, clock.now(), store.getSettings().freshnessMinutes);

  /** Coming back (wake, unlock, online, at the computer): refresh what is stale, else just re-arm. */
  function cameBack(): void {
    if (!started || power.isPaused()) return;
    connections.resumeDeferred();
    const ids = stale();
    if (ids.length > 0) void runs.run(ids, { userInitiated: false });
    else background.schedule();
  }

  return {
    async start() {
      if (started) return;
      started = true;
      governor.start();
      // A restart minutes after the last refresh does not pay again.
      const ids = stale();
      if (ids.length > 0 && !power.isPaused()) await runs.run(ids, { userInitiated: false });
      else {
        background.schedule();
        // Tracked, so whenIdle() (and a closing session) waits for the pass.
        if (deps.enrichment) await work.track(deps.enrichment.update());
      }
    },

    stop() {
      started = false;
      background.clear();
      connections.stopAll();
      governor.stop();
    },

    refreshAll: (opts) => runs.run(allIds(), opts),
    refreshConnection: (id, opts) => work.track(connections.refresh(id, opts)),

    async popoverOpened() {
      if (!started || power.isPaused()) return false;
      const ids = stale();
      if (ids.length === 0) return false;
      await runs.run(ids, { userInitiated: false });
      return true;
    },

    setOnline: (online) => power.set({ online }),
    suspend: () => power.set({ asleep: true }),
    resume: () => power.set({ asleep: false }),
    lock: () => power.set({ locked: true }),
    unlock: () => power.set({ locked: false }),
    setUserActive: (userActive) => power.set({ userActive }),
    settingsChanged: () => background.schedule(),

    async keysChanged(connectionId, tested) {
      if (connectionId) {
        connections.keysChanged(connectionId);
        // The test call already paid for this answer: asking again would charge twice.
        if (tested) connections.acceptTested(connectionId, tested);
        else await work.track(connections.refresh(connectionId, { userInitiated: true }));
      } else {
        connections.coinstatsKeyChanged();
        await runs.run(allIds(), { userInitiated: true });
      }
    },

    connectionRemoved: (id) => connections.forget(id),
    ...engineViews(parts),
  };
}

interface EngineParts {
  work: InFlight;
  power: Power;
  connections: ConnectionSync;
  runs: RefreshRuns;
  background: BackgroundTimer;
}

/** Builds the engine's parts, each given the others it works with. */
function engineParts(deps: SyncDeps, engine: { started(): boolean; cameBack(): void }): EngineParts {
  const { clock, store } = deps;
  const changed = (): void => deps.onChange?.();
  const work = createInFlight();
  const power = createPower({
    paused: () => background.clear(),
    cameBack: engine.cameBack,
    changed: () => background.schedule(),
  });
  const connections = createConnectionSync({
    ...deps,
    random: deps.random ?? Math.random,
    locale: deps.locale ?? 'en-US',
    isPaused: power.isPaused,
    track: work.track,
    changed,
  });
  const runs = createRefreshRuns({
    clock,
    store,
    connections,
    enrichment: deps.enrichment,
    concurrency: deps.concurrency ?? 3,
    isPaused: power.isPaused,
    track: work.track,
    changed,
    finished: () => background.schedule(),
  });
  const background = createBackgroundTimer({
    clock,
    governor: deps.governor,
    mayRun: () => engine.started() && !power.isPaused() && power.userActive(),
    lastRefreshAt: runs.lastRefreshAt,
    due: () => void runs.run(store.listConnections().map((c) => c.id), { userInitiated: false }),
  });
  return { work, power, connections, runs, background };
}

/** What the UI reads from the engine. */
function engineViews(
  { work, power, connections, runs }: EngineParts,
): Pick<
  SyncEngine,
  'connectionState' | 'isRefreshing' | 'progress' | 'lastRefreshAt' | 'power' | 'whenIdle'
> {
  return {
    connectionState: (id) => connections.runtime(id),
    isRefreshing: runs.isRefreshing,
    progress: runs.progress,
    lastRefreshAt: runs.lastRefreshAt,
    power: power.snapshot,
    whenIdle: work.whenIdle,
  };
}
