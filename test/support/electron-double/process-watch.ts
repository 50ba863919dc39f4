// What a real Electron process would make obvious and one Node process does
// not: which timers the app left running and how often they woke it, which
// promises it let reject unhandled, and what it logged. Timers are attributed
// to a launch by their creation stack, which passes through that launch's
// module URLs; the same attribution lets a scenario move the launch onto
// simulated time (virtual-time.ts) while the harness keeps real time.
import { stackIsLaunch } from './module-loader';
import { VirtualTime } from './virtual-time';

type Callback = (...args: unknown[]) => void;

interface TrackedTimer {
  kind: 'timeout' | 'interval';
  stack: string;
  done: boolean;
  /** What moving it to simulated time needs: the callback as armed (counting its runs), its delay, when it was armed. */
  run: Callback;
  ms: number | undefined;
  armedAt: number;
  handle: object;
  watch: ProcessWatch;
}

/** One run of one of the app's timers: a wake-up of the main process. */
export interface TimerRun {
  kind: 'timeout' | 'interval';
  /** The delay it was armed with. */
  ms: number | undefined;
  /** Date.now() when it ran (simulated time while frozen). */
  at: number;
  /** Where it was armed, a few frames of the bundle's code. */
  where: string;
}

const original = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
};

const watches = new Set<ProcessWatch>();
const byHandle = new WeakMap<object, TrackedTimer>();
let installed = false;

function creationStack(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return stack;
}

/** A few frames of the app's code, past the patched timer functions. */
const frames = (stack: string): string =>
  stack
    .split('\n')
    .slice(1)
    .filter((line) => !line.includes('/process-watch.'))
    .slice(0, 4)
    .map((line) => line.trim())
    .join(' | ');

/** The watch of the launch whose code is arming a timer now, if any. */
function watchArming(): { watch: ProcessWatch; stack: string } | null {
  if (watches.size === 0) return null;
  const stack = creationStack();
  for (const watch of watches) if (stackIsLaunch(stack, watch.launch)) return { watch, stack };
  return null;
}

/** A handle for a timer that only simulated time will run: the parts of Node's Timeout that code calls. */
function virtualHandle(refresh: () => void): object {
  const handle = { ref: () => handle, unref: () => handle, hasRef: () => true, refresh: () => (refresh(), handle), [Symbol.toPrimitive]: () => NaN };
  return handle;
}

function arm(kind: TrackedTimer['kind'], fn: Callback, ms: number | undefined, args: unknown[]): unknown {
  const owner = watchArming();
  let timer: TrackedTimer | undefined;
  const run: Callback = () => {
    if (timer && kind === 'timeout') timer.done = true;
    if (timer) timer.watch.runs.push({ kind, ms, at: Date.now(), where: frames(timer.stack) });
    fn(...args);
  };
  let handle: object;
  if (owner?.watch.time.frozen) {
    const time = owner.watch.time;
    handle = virtualHandle(() => time.arm(handle, run, ms, kind === 'interval' ? { every: ms } : {}));
    time.arm(handle, run, ms, kind === 'interval' ? { every: ms } : {});
  } else {
    handle = (kind === 'timeout' ? original.setTimeout(run, ms) : original.setInterval(run, ms)) as unknown as object;
  }
  if (owner) {
    timer = { kind, stack: owner.stack, done: false, run, ms, armedAt: Date.now(), handle, watch: owner.watch };
    byHandle.set(handle, timer);
    owner.watch.timers.push(timer);
  }
  return handle;
}

function install(): void {
  if (installed) return;
  installed = true;
  const g = globalThis as unknown as Record<string, unknown>;
  g.setTimeout = (fn: Callback, ms?: number, ...args: unknown[]) => arm('timeout', fn, ms, args);
  g.setInterval = (fn: Callback, ms?: number, ...args: unknown[]) => arm('interval', fn, ms, args);
  const clear = (handle: unknown): boolean => {
    if (typeof handle !== 'object' || handle === null) return false;
    const timer = byHandle.get(handle);
    if (timer) timer.done = true;
    return timer?.watch.time.cancel(handle) ?? false;
  };
  g.clearTimeout = (handle: Parameters<typeof clearTimeout>[0]) => {
    if (!clear(handle)) original.clearTimeout(handle);
  };
  g.clearInterval = (handle: Parameters<typeof clearInterval>[0]) => {
    if (!clear(handle)) original.clearInterval(handle);
  };
}

/** Lets work a timer started (pushes to pages, file writes, HTTP to the double) finish before time moves on. */
async function settleRealTime(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => original.setTimeout(resolve, 5));
  }
}

export class ProcessWatch {
  readonly timers: TrackedTimer[] = [];
  /** Every run of the app's timers, in order: its wake-ups. */
  readonly runs: TimerRun[] = [];
  /** Simulated time for this launch (see virtual-time.ts); real until freezeTime(). */
  readonly time = new VirtualTime(original as unknown as ConstructorParameters<typeof VirtualTime>[0], settleRealTime);
  readonly unhandled: string[] = [];
  readonly logs: string[] = [];
  private readonly onRejection = (reason: unknown): void => {
    this.unhandled.push(reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));
  };
  private readonly restoreConsole: () => void;

  constructor(readonly launch: number) {
    install();
    watches.add(this);
    process.on('unhandledRejection', this.onRejection);
    const { log, error, warn } = console;
    // The bundle logs `[tallybar] …` lines; keep them for assertions, out of the test output.
    const capture = (fallback: (...args: unknown[]) => void) => (...args: unknown[]) => {
      const line = args.map(String).join(' ');
      if (line.startsWith('[tallybar]')) this.logs.push(line);
      else fallback(...args);
    };
    console.log = capture(log);
    console.error = capture(error);
    console.warn = capture(warn);
    this.restoreConsole = () => Object.assign(console, { log, error, warn });
  }

  /** Creation stacks of the app's timers that are still armed. */
  runningTimers(): string[] {
    return this.timers.filter((t) => !t.done).map((t) => `${t.kind}: ${t.stack.split('\n').slice(2, 6).join(' | ')}`);
  }

  /**
   * From now on the app's timers run only when the scenario advances time
   * (`time.advance(ms)`); the ones already armed move there with what they had left.
   */
  freezeTime(): void {
    if (this.time.frozen) return;
    this.time.freeze();
    const now = Date.now();
    for (const timer of this.timers) {
      if (timer.done) continue;
      const ms = timer.ms !== undefined && timer.ms >= 1 ? timer.ms : 1;
      if (timer.kind === 'timeout') {
        original.clearTimeout(timer.handle as Parameters<typeof clearTimeout>[0]);
        this.time.arm(timer.handle, timer.run, ms, { dueAt: timer.armedAt + ms });
      } else {
        original.clearInterval(timer.handle as Parameters<typeof clearInterval>[0]);
        const dueAt = timer.armedAt + ms * (Math.floor((now - timer.armedAt) / ms) + 1);
        this.time.arm(timer.handle, timer.run, ms, { every: ms, dueAt });
      }
    }
  }

  /** Runs of the app's timers since `since` (Date.now() of the simulated clock). */
  runsSince(since: number): TimerRun[] {
    return this.runs.filter((run) => run.at >= since);
  }

  stop(): void {
    this.time.dispose();
    watches.delete(this);
    process.off('unhandledRejection', this.onRejection);
    this.restoreConsole();
  }
}

/** Timers the harness itself needs, never counted as the app's. */
export const harnessTimers = { setTimeout: original.setTimeout, clearTimeout: original.clearTimeout };
