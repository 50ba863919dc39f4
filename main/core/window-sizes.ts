// The sizes of Tallybar's windows, electron-free so the test harnesses render
// pages at exactly the size the app's windows have.

/** The popover: a fixed-size window. */
export const POPOVER_SIZE = { width: 360, height: 540 } as const;

/** The details window on first open (it remembers what the user makes of it). */
export const DETAILS_DEFAULT_SIZE = { width: 960, height: 640 } as const;

/** The smallest the details window may be made. */
export const DETAILS_MIN_SIZE = { width: 640, height: 420 } as const;
