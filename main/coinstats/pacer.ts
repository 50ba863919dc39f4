// Keeps call starts at least 1000/rate ms apart across the whole app: the
// API allows about 2 requests a second and sends no rate-limit headers, so we
// must space calls ourselves rather than discover the limit by 429s.

export interface Pacer {
  schedule<T>(fn: () => Promise<T>): Promise<T>;
}

export interface PacerOptions {
  ratePerSecond?: number;
  /** Once aborted (the session closing), waiting calls stop waiting and reject. */
  signal?: AbortSignal;
  /** Milliseconds, monotonic. Injected by tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createPacer({
  ratePerSecond = 2,
  now = () => performance.now(),
  signal,
  sleep = (ms) => abortableSleep(ms, signal),
}: PacerOptions = {}): Pacer {
  if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond)) {
    throw new Error(`createPacer: ratePerSecond must be a positive number, got ${ratePerSecond}`);
  }
  const interval = 1000 / ratePerSecond;
  // Each call waits for the actual start of the one before it (not a reserved
  // slot), so a late timer never squeezes two starts closer than `interval`.
  let previousStart: Promise<number> = Promise.resolve(Number.NEGATIVE_INFINITY);

  return {
    schedule<T>(fn: () => Promise<T>): Promise<T> {
      const waitFor = previousStart;
      let markStarted: (t: number) => void = () => undefined;
      previousStart = new Promise((resolve) => {
        markStarted = resolve;
      });
      return (async () => {
        const target = (await waitFor) + interval;
        // setTimeout may wake a hair early; a few passes settle it. Bounded so
        // an injected sleep that does not move the clock cannot spin forever.
        for (let pass = 0; pass < 3 && now() < target; pass++) await sleep(Math.ceil(target - now()));
        signal?.throwIfAborted();
        markStarted(now());
        return fn();
      })();
    },
  };
}

/** A wait that ends early, rejecting, when `signal` aborts: no timer outlives a closed session. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
