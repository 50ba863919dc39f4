// Keeps call starts at least 1000/rate ms apart across the whole app: the
// API allows about 2 requests a second and sends no rate-limit headers, so we
// must space calls ourselves rather than discover the limit by 429s.

export interface Pacer {
  schedule<T>(fn: () => Promise<T>): Promise<T>;
}

export interface PacerOptions {
  ratePerSecond?: number;
  /** Milliseconds, monotonic. Injected by tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createPacer({
  ratePerSecond = 2,
  now = () => performance.now(),
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
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
        markStarted(now());
        return fn();
      })();
    },
  };
}
