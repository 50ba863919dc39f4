// The one start time of the tests that run on a manual clock.
/** Monday 2 March 2026, 10:00 local time: mid-month, a working day. */
export const T0 = new Date(2026, 2, 2, 10, 0, 0).getTime();
export const MIN = 60_000;
