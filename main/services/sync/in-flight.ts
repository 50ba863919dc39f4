// The engine's work in flight (balance calls, polls, refresh runs), so
// `whenIdle()` can wait for all of it.
export interface InFlight {
  /** Registers work and hands it back. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once no tracked work is left. */
  whenIdle(): Promise<void>;
}

export function createInFlight(): InFlight {
  const inFlight = new Set<Promise<unknown>>();
  return {
    track(work) {
      inFlight.add(work);
      const done = (): void => void inFlight.delete(work);
      work.then(done, done);
      return work;
    },
    async whenIdle() {
      // Work can start more work (a poll starts a balance call), so loop until none is left.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
