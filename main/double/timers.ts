// Sleeps the double can cancel: close() must not wait for a parked 'slow' request.

export interface Timers {
  sleep(ms: number): Promise<void>;
  /** Cancels every pending sleep; their promises never settle. */
  clear(): void;
}

export function createTimers(): Timers {
  const timers = new Set<NodeJS.Timeout>();
  return {
    sleep: (ms) =>
      new Promise((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, ms);
        timers.add(t);
      }),
    clear() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
