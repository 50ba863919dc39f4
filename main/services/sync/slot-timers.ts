// A connection's one timer: the next status poll or retry. A timer that comes
// due while the engine is paused (asleep, locked, offline) is kept, not run,
// and runs when the engine comes back.
import type { Clock } from '../clock';
import type { Slot, TimerKind } from './slot';

export interface SlotTimers {
  /** Replaces whatever the slot's timer was going to do. */
  arm(id: string, slot: Slot, kind: TimerKind, delayMs: number): void;
  clear(slot: Slot): void;
  /** Does now what the slot's timer was for (one that came due while paused). */
  fire(id: string, slot: Slot): void;
}

export interface SlotTimerDeps {
  clock: Clock;
  isPaused(): boolean;
  /** The work a timer stands for: a status poll or a retried balance call. */
  onDue(id: string, slot: Slot, kind: TimerKind): void;
}

export function createSlotTimers({ clock, isPaused, onDue }: SlotTimerDeps): SlotTimers {
  function clear(slot: Slot): void {
    if (slot.timer) clock.clearTimeout(slot.timer);
    slot.timer = null;
    slot.pending = null;
    slot.deferred = false;
  }

  function fire(id: string, slot: Slot): void {
    const kind = slot.pending;
    slot.pending = null;
    slot.deferred = false;
    if (kind) onDue(id, slot, kind);
  }

  function arm(id: string, slot: Slot, kind: TimerKind, delayMs: number): void {
    clear(slot);
    slot.pending = kind;
    slot.timer = clock.setTimeout(() => {
      slot.timer = null;
      if (isPaused()) {
        // Asleep, locked or offline: do it on wake rather than into the void.
        slot.deferred = true;
        return;
      }
      fire(id, slot);
    }, delayMs);
  }

  return { arm, clear, fire };
}
