// What the steps of a connection's sync work with. createConnectionSync builds
// it once; each step names the slice it uses in its signature, so a reader sees
// its collaborators without reading its body.
import type { Slot } from './slot';
import type { SlotTimers } from './slot-timers';
import type { SyncDeps } from './types';

/** Shared by every connection: one refused CoinStats key stops them all. */
export interface AccountBlock {
  /** CoinStats refused our key: nothing automatic until the key changes. */
  blockedAll: boolean;
}

/** The engine's side of a connection's sync: collaborators, pause state and work tracking. */
export interface EngineContext
  extends Pick<SyncDeps, 'client' | 'secrets' | 'store' | 'clock' | 'governor' | 'notify' | 'exchangeName'> {
  random: () => number;
  locale: string;
  isPaused(): boolean;
  /** Registers work so `whenIdle()` can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
  changed(): void;
}

export interface ConnectionDeps extends EngineContext {
  account: AccountBlock;
  timers: SlotTimers;
  /** Starts the connection's balance call, or joins the one in flight. */
  startBalance(id: string, slot: Slot): Promise<void>;
}
