// One connection's life in the sync engine: a balance call, following a
// `syncing` portfolio with cheap status polls at growing intervals, one balance
// call and one notification when it turns `synced`, and the reaction to each
// error. Every connection has its own slot, so one failing never blocks,
// delays or zeroes another.
//
// This file is the gate: which refresh may start a call, and at most one
// balance call per connection. The steps live beside it: balance-call.ts,
// status-poll.ts, error-reaction.ts, with their timers in slot-timers.ts and
// their store writes and notifications in connection-outcome.ts.
import { CREDIT_COSTS } from '../../../common/credit-costs';
import type { ConnectionMeta, ExchangeBalance } from '../../../common/types';
import { acceptBalance, callBalance } from './balance-call';
import type { AccountBlock, ConnectionDeps, EngineContext } from './connection-deps';
import { type Slot, lastTouchedAt, newSlot, runtimeOf } from './slot';
import { createSlotTimers } from './slot-timers';
import { pollStatus } from './status-poll';
import type { ConnectionRuntime, RefreshOptions } from './types';

export type { EngineContext } from './connection-deps';

export interface ConnectionSync {
  refresh(id: string, opts: RefreshOptions): Promise<void>;
  runtime(id: string): ConnectionRuntime;
  /** When this connection last had data or was last tried, whichever is later. */
  lastTouchedAt(meta: ConnectionMeta): number | null;
  isBlocked(id: string): boolean;
  /** Runs polls and retries that fell due while paused. */
  resumeDeferred(): void;
  /** A connection's keys were replaced: unblock it. */
  keysChanged(id: string): void;
  /** Takes the answer the new keys were tested with as this connection's balance. */
  acceptTested(id: string, answer: ExchangeBalance): void;
  /** The CoinStats key was replaced: unblock every connection. */
  coinstatsKeyChanged(): void;
  forget(id: string): void;
  stopAll(): void;
}

export function createConnectionSync(ctx: EngineContext): ConnectionSync {
  const slots = new Map<string, Slot>();
  const account: AccountBlock = { blockedAll: false };
  const timers = createSlotTimers({
    clock: ctx.clock,
    isPaused: ctx.isPaused,
    onDue(id, slot, kind) {
      if (kind === 'poll') void ctx.track(pollStatus(steps, id, slot));
      else {
        slot.retryAttempt += 1;
        void refresh(id, { userInitiated: false });
      }
    },
  });
  const steps: ConnectionDeps = { ...ctx, account, timers, startBalance };

  function slotOf(id: string): Slot {
    let slot = slots.get(id);
    if (!slot) {
      slot = newSlot(ctx.store.getConnection(id));
      slots.set(id, slot);
    }
    return slot;
  }

  function startBalance(id: string, slot: Slot): Promise<void> {
    if (slot.inFlight) return slot.inFlight;
    const release = ctx.governor.reserve(CREDIT_COSTS.balance);
    slot.inFlight = ctx.track(callBalance(steps, id, slot)).finally(() => {
      release();
      slot.inFlight = null;
    });
    return slot.inFlight;
  }

  function refresh(id: string, opts: RefreshOptions): Promise<void> {
    const slot = slotOf(id);
    if (slot.inFlight) return slot.inFlight;
    if (!opts.userInitiated) {
      if (account.blockedAll || slot.blocked || ctx.isPaused()) return Promise.resolve();
      // A syncing portfolio is already followed by cheap status polls.
      if (slot.pending === 'poll' || (slot.deferred && slot.state === 'syncing')) return Promise.resolve();
      if (!ctx.governor.allow(CREDIT_COSTS.balance, opts)) return Promise.resolve();
    } else {
      // The user acting is the signal to try again after a block.
      slot.retryAttempt = 0;
    }
    return startBalance(id, slot);
  }

  return {
    refresh,
    runtime: (id) => runtimeOf(slotOf(id)),
    lastTouchedAt: (meta) => lastTouchedAt(meta, slots.get(meta.id)),
    isBlocked: (id) => slots.get(id)?.blocked ?? false,
    resumeDeferred() {
      for (const [id, slot] of slots) if (slot.deferred) timers.fire(id, slot);
    },
    keysChanged(id) {
      const slot = slotOf(id);
      slot.blocked = false;
      slot.retryAttempt = 0;
    },
    acceptTested(id, answer) {
      const meta = ctx.store.getConnection(id);
      if (meta) acceptBalance(steps, meta, slotOf(id), answer, true);
    },
    coinstatsKeyChanged() {
      account.blockedAll = false;
    },
    forget(id) {
      const slot = slots.get(id);
      if (slot) timers.clear(slot);
      slots.delete(id);
    },
    stopAll() {
      for (const slot of slots.values()) timers.clear(slot);
    },
  };
}
