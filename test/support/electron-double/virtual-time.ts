// Simulated time for one launch of the main bundle, so a scenario can spend an
// hour of the app's life in a second. Once frozen, the timers the app arms
// (attributed to the launch by process-watch.ts) wait in this queue instead of
// Node's, and the ones already armed move here with the time they had left.
// `advance(ms)` fires them in due order, each at its own due instant, letting
// the app's I/O settle in between — what services/clock.ts's ManualClock does
// for the services alone, here for the whole built bundle and everything it
// imports. `thaw()` hands them back to Node's timers, the clock staying where
// it got to.
//
// What moves: Date.now() for the whole test process, so the app, the CoinStats
// double and the harness agree on the time, as programs on one machine do.
// What does not: `new Date()`, performance.now(), Node's internal I/O timers,
// and the pages in Chromium, whose clocks are their own.

type Callback = (...args: unknown[]) => void;

export interface RealTimers {
  setTimeout(fn: Callback, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: Callback, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

interface Entry {
  fn: Callback;
  dueAt: number;
  /** Milliseconds between runs of a setInterval; null for a setTimeout. */
  every: number | null;
  seq: number;
}

const realNow = Date.now.bind(Date);
let offset = 0;
let installed = 0;

/** Node runs a timer of 0 (or less, or NaN) ms after 1 ms; an interval likewise. */
const nodeDelay = (ms: number | undefined): number => (ms !== undefined && ms >= 1 && Number.isFinite(ms) ? ms : 1);

export class VirtualTime {
  private readonly queue = new Map<object, Entry>();
  /** Keys of timers handed back to Node by thaw(), and the real handle each now has. */
  private readonly thawed = new Map<object, unknown>();
  private seq = 0;
  private frozenNow = false;
  /** Whether this clock moved Date.now() (and so must put it back). */
  private installedDateNow = false;

  constructor(private readonly real: RealTimers, private readonly settle: () => Promise<void>) {}

  get frozen(): boolean {
    return this.frozenNow;
  }

  freeze(): void {
    if (this.frozenNow) return;
    this.frozenNow = true;
    if (this.installedDateNow) return;
    this.installedDateNow = true;
    if (installed++ === 0) Date.now = () => realNow() + offset;
  }

  /** Queues a timer under `key`, the handle the app holds (a fresh one, or a real one moved here). */
  arm(key: object, fn: Callback, delayMs: number | undefined, options: { every?: number; dueAt?: number } = {}): void {
    const every = options.every === undefined ? null : nodeDelay(options.every);
    this.queue.set(key, { fn, dueAt: options.dueAt ?? Date.now() + nodeDelay(delayMs), every, seq: this.seq++ });
  }

  /** clearTimeout/clearInterval of a key this clock holds or handed back; false if it is not one of them. */
  cancel(key: object): boolean {
    if (this.queue.delete(key)) return true;
    const real = this.thawed.get(key);
    if (real === undefined) return false;
    this.real.clearTimeout(real);
    this.real.clearInterval(real);
    this.thawed.delete(key);
    return true;
  }

  /** Timers waiting, with their due times: what an idle app still has armed. */
  pending(): { dueAt: number; every: number | null }[] {
    return [...this.queue.values()].map(({ dueAt, every }) => ({ dueAt, every })).sort((a, b) => a.dueAt - b.dueAt);
  }

  async advance(ms: number): Promise<void> {
    if (!this.frozenNow) throw new Error('VirtualTime: freeze() before advance()');
    const target = Date.now() + Math.max(0, ms);
    await this.settle();
    for (let next = this.earliest(target); next; next = this.earliest(target)) {
      const [key, entry] = next;
      this.jumpTo(entry.dueAt);
      if (entry.every === null) this.queue.delete(key);
      else entry.dueAt += entry.every;
      entry.fn();
      await this.settle();
    }
    this.jumpTo(target);
    await this.settle();
  }

  /** Back to Node's timers from now on; Date.now() keeps the time simulated so far. */
  thaw(): void {
    if (!this.frozenNow) return;
    this.frozenNow = false;
    for (const [key, entry] of this.queue) {
      const wait = Math.max(0, entry.dueAt - Date.now());
      const every = entry.every;
      if (every === null) this.thawed.set(key, this.real.setTimeout(entry.fn, wait));
      else
        this.thawed.set(key, this.real.setTimeout(() => {
          this.thawed.set(key, this.real.setInterval(entry.fn, every));
          entry.fn();
        }, wait));
    }
    this.queue.clear();
  }

  /** Ends the simulation for good: timers back to Node, Date.now() back to the machine's clock. */
  dispose(): void {
    this.thaw();
    if (!this.installedDateNow) return;
    this.installedDateNow = false;
    if (--installed === 0) {
      Date.now = realNow;
      offset = 0;
    }
  }

  private earliest(limit: number): [object, Entry] | null {
    let best: [object, Entry] | null = null;
    for (const pair of this.queue) {
      const e = pair[1];
      if (e.dueAt > limit) continue;
      if (!best || e.dueAt < best[1].dueAt || (e.dueAt === best[1].dueAt && e.seq < best[1].seq)) best = pair;
    }
    return best;
  }

  private jumpTo(t: number): void {
    offset += Math.max(0, t - Date.now());
  }
}
