// One connection's runtime record in the sync engine: its state as the UI
// shows it, plus what the engine needs to follow it (the call in flight, the
// armed timer, attempts, blocks). It lives in memory only; what must survive
// a restart is in the store.
import type { ConnectionMeta } from '../../../common/types';
import type { TimerHandle } from '../clock';
import type { ConnectionRuntime } from './types';

/** What a connection's timer stands for: the next status poll or a retried balance call. */
export type TimerKind = 'poll' | 'retry';

export interface Slot extends ConnectionRuntime {
  inFlight: Promise<void> | null;
  timer: TimerHandle | null;
  /** What the timer will do; kept when it fires while paused, to run on wake. */
  pending: TimerKind | null;
  deferred: boolean;
  pollAttempt: number;
  retryAttempt: number;
  /** Seen `syncing` since the last notification: the next `synced` is a transition. */
  sawSyncing: boolean;
  /** When the last "synced" notification went out, so a flapping status is announced once. */
  announcedAt: number | null;
  /** The exchange refused this connection's key: nothing automatic until it changes. */
  blocked: boolean;
  lastAttemptAt: number | null;
}

/** A fresh slot starts from what the store remembers, so a restart shows the same state. */
export function newSlot(meta: ConnectionMeta | null): Slot {
  return {
    state: meta?.lastError ? 'error' : meta?.lastSyncAt ? 'synced' : 'idle',
    lastError: meta?.lastError ?? null,
    inFlight: null,
    timer: null,
    pending: null,
    deferred: false,
    pollAttempt: 0,
    retryAttempt: 0,
    sawSyncing: false,
    announcedAt: null,
    blocked: false,
    lastAttemptAt: null,
  };
}

/** What the UI sees of a slot. */
export function runtimeOf(slot: Slot): ConnectionRuntime {
  return { state: slot.state, lastError: slot.lastError };
}

/** When this connection last had data or was last tried, whichever is later. */
export function lastTouchedAt(meta: ConnectionMeta, slot: Slot | undefined): number | null {
  const attempt = slot?.lastAttemptAt ?? null;
  if (meta.lastSyncAt === null) return attempt;
  return attempt === null ? meta.lastSyncAt : Math.max(meta.lastSyncAt, attempt);
}
