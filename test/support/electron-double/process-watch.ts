// What a real Electron process would make obvious and one Node process does
// not: which timers the app left running, which promises it let reject
// unhandled, and what it logged. Timers are attributed to a launch by their
// creation stack, which passes through that launch's module URLs.
import { stackIsLaunch } from './module-loader';

interface TrackedTimer {
  kind: 'timeout' | 'interval';
  stack: string;
  done: boolean;
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

function track(kind: TrackedTimer['kind'], handle: unknown): void {
  if (watches.size === 0 || typeof handle !== 'object' || handle === null) return;
  const stack = creationStack();
  for (const watch of watches) {
    if (!stackIsLaunch(stack, watch.launch)) continue;
    const timer: TrackedTimer = { kind, stack, done: false };
    byHandle.set(handle, timer);
    watch.timers.push(timer);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  const g = globalThis as unknown as Record<string, unknown>;
  g.setTimeout = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    let handle: object | null = null;
    handle = original.setTimeout(
      (...inner: unknown[]) => {
        const timer = handle ? byHandle.get(handle) : undefined;
        if (timer) timer.done = true;
        fn(...inner);
      },
      ms,
      ...args,
    ) as unknown as object;
    track('timeout', handle);
    return handle;
  };
  g.setInterval = (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const handle = original.setInterval(fn, ms, ...args);
    track('interval', handle);
    return handle;
  };
  const clear = (handle: unknown): void => {
    if (typeof handle === 'object' && handle !== null) {
      const timer = byHandle.get(handle);
      if (timer) timer.done = true;
    }
  };
  g.clearTimeout = (handle: Parameters<typeof clearTimeout>[0]) => {
    clear(handle);
    original.clearTimeout(handle);
  };
  g.clearInterval = (handle: Parameters<typeof clearInterval>[0]) => {
    clear(handle);
    original.clearInterval(handle);
  };
}

export class ProcessWatch {
  readonly timers: TrackedTimer[] = [];
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

  stop(): void {
    watches.delete(this);
    process.off('unhandledRejection', this.onRejection);
    this.restoreConsole();
  }
}

/** Timers the harness itself needs, never counted as the app's. */
export const harnessTimers = { setTimeout: original.setTimeout, clearTimeout: original.clearTimeout };
