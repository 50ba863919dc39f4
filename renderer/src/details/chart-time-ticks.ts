// Time-axis labels that suit the span shown: hours for a day ("6:00 PM",
// with the weekday at midnight), weekdays for a week, dates for a month,
// months beyond. Ticks fall on local clock boundaries (whole hours, local
// midnight, the 1st), because that is how people read a time axis.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'month';
interface Step {
  unit: Unit;
  n: number;
  /** Rough length, only to pick the step. */
  ms: number;
}

const STEPS: Step[] = [
  ...[5, 10, 15, 30].map((n) => ({ unit: 'minute' as const, n, ms: n * MINUTE })),
  ...[1, 2, 3, 6, 12].map((n) => ({ unit: 'hour' as const, n, ms: n * HOUR })),
  ...[1, 2, 7, 14].map((n) => ({ unit: 'day' as const, n, ms: n * DAY })),
  ...[1, 2, 3, 6, 12].map((n) => ({ unit: 'month' as const, n, ms: n * 30 * DAY })),
];

export interface TimeTick {
  t: number;
  label: string;
}

/** The first boundary of `step` at or after `t`, in local time. */
function firstBoundary(t: number, { unit, n }: Step): Date {
  const d = new Date(t);
  d.setSeconds(0, 0);
  if (unit === 'minute') d.setMinutes(Math.ceil(d.getMinutes() / n) * n);
  else if (unit === 'hour') d.setHours(Math.ceil((d.getHours() + (d.getMinutes() > 0 ? 1 : 0)) / n) * n, 0);
  else {
    d.setHours(0, 0);
    if (d.getTime() < t) d.setDate(d.getDate() + 1);
    if (unit === 'month') {
      if (d.getDate() !== 1) d.setMonth(d.getMonth() + 1, 1);
      d.setMonth(Math.ceil(d.getMonth() / n) * n, 1);
    }
  }
  return d;
}

/** Setters rather than adding milliseconds, so DST days and short months stay on the boundary. */
function advance(d: Date, { unit, n }: Step): void {
  if (unit === 'minute') d.setMinutes(d.getMinutes() + n);
  else if (unit === 'hour') d.setHours(d.getHours() + n);
  else if (unit === 'day') d.setDate(d.getDate() + n);
  else d.setMonth(d.getMonth() + n);
}

function labeller(step: Step, locale: string): (d: Date) => string {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const date = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric' });
  switch (step.unit) {
    case 'minute':
    case 'hour':
      return (d) => (d.getHours() === 0 && d.getMinutes() === 0 ? weekday.format(d) : time.format(d));
    case 'day':
      return (d) => (step.n === 1 ? weekday.format(d) : date.format(d));
    case 'month':
      if (step.n === 12) return (d) => year.format(d);
      return (d) => (d.getMonth() === 0 ? monthYear.format(d) : month.format(d));
  }
}

/** At most `maxTicks` labelled times between `start` and `end` (epoch ms). */
export function timeTicks(start: number, end: number, locale: string, maxTicks = 7): TimeTick[] {
  if (!(end > start)) return [];
  const span = end - start;
  const step = STEPS.find((s) => span / s.ms <= maxTicks) ?? STEPS.at(-1)!;
  const label = labeller(step, locale);
  const ticks: TimeTick[] = [];
  for (const d = firstBoundary(start, step); d.getTime() <= end && ticks.length <= maxTicks; advance(d, step)) {
    ticks.push({ t: d.getTime(), label: label(d) });
  }
  return ticks;
}
