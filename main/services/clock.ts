// The one source of time for the sync engine and the credit governor. The app
// uses real timers; tests and the 30-day benchmark use a manual clock so a
// simulated month runs in seconds and never depends on the machine's speed.

export type TimerHandle = { readonly id: number };

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * Node's timers overflow above 2^31-1 ms (~24.8 days) and fire at once, so a
 * long wait (e.g. "until the credits reset next month") is split into hops.
 */
const MAX_TIMER_MS = 2_147_483_647;

export function createSystemClock(): Clock {
  let nextId = 1;
  const live = new Map<number, ReturnType<typeof globalThis.setTimeout>>();
  const arm = (id: number, dueAt: number, fn: () => void): void => {
    const wait = Math.max(0, Math.min(MAX_TIMER_MS, dueAt - Date.now()));
    live.set(
      id,
      globalThis.setTimeout(() => {
        if (Date.now() < dueAt) return arm(id, dueAt, fn);
        live.delete(id);
        fn();
      }, wait),
    );
  };
  return {
    now: () => Date.now(),
    setTimeout(fn, ms) {
      const id = nextId++;
      arm(id, Date.now() + Math.max(0, ms), fn);
      return { id };
    },
    clearTimeout(handle) {
      const t = live.get(handle.id);
      if (t !== undefined) globalThis.clearTimeout(t);
      live.delete(handle.id);
    },
  };
}

export interface ManualClock extends Clock {
  /**
   * Moves time forward by `ms`, firing every timer that falls due on the way,
   * in due order, each at its own due time. After each timer it awaits
   * `settle` (if set), so work a timer started (HTTP calls to the double, say)
   * finishes at that simulated instant before time moves on.
   */
  advance(ms: number): Promise<void>;
  /** Moves time to an absolute instant (no-op if it is in the past). */
  advanceTo(at: number): Promise<void>;
  /** Timers still waiting, for assertions. */
  pending(): number;
  /** Replaces the settle hook, e.g. `() => engine.whenIdle()`. */
  setSettle(settle: (() => Promise<void>) | null): void;
}

interface ManualTimer {
  id: number;
  dueAt: number;
  seq: number;
  fn: () => void;
}

/** Lets promise chains and already-resolved I/O callbacks run. */
export async function flushMicrotasks(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

export function createManualClock(start: number, options: { settle?: () => Promise<void> } = {}): ManualClock {
  let now = start;
  let nextId = 1;
  let seq = 0;
  let settle = options.settle ?? null;
  const timers = new Map<number, ManualTimer>();

  const earliestDue = (limit: number): ManualTimer | undefined => {
    let best: ManualTimer | undefined;
    for (const t of timers.values()) {
      if (t.dueAt > limit) continue;
      if (!best || t.dueAt < best.dueAt || (t.dueAt === best.dueAt && t.seq < best.seq)) best = t;
    }
    return best;
  };

  const advanceTo = async (target: number): Promise<void> => {
    await flushMicrotasks();
    if (settle) await settle();
    for (;;) {
      const due = earliestDue(target);
      if (!due) break;
      timers.delete(due.id);
      now = Math.max(now, due.dueAt);
      due.fn();
      await flushMicrotasks();
      if (settle) await settle();
    }
    now = Math.max(now, target);
    await flushMicrotasks();
  };

  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { id, dueAt: now + Math.max(0, Number.isFinite(ms) ? ms : 0), seq: seq++, fn });
      return { id };
    },
    clearTimeout(handle) {
      timers.delete(handle.id);
    },
    advance: (ms) => advanceTo(now + Math.max(0, ms)),
    advanceTo,
    pending: () => timers.size,
    setSettle(next) {
      settle = next;
    },
  };
}
