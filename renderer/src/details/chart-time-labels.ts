// Words for the time axis. Where the ticks fall is d3's scaleTime (local clock
// boundaries: whole hours, local midnight, Sundays, the 1st); d3's own labels
// are English only, so each tick is named here with Intl in the user's locale,
// by the step between ticks: hours for a day ("6:00 PM", with the weekday at
// midnight), weekdays or dates for a week or month, months beyond.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Labeller = (d: Date) => string;

const atMidnight = (d: Date): boolean => d.getHours() === 0 && d.getMinutes() === 0;

/** One labeller for all of an axis's ticks, picked by the (smallest) step between them. */
export function timeLabeller(ticks: readonly Date[], locale: string): Labeller {
  const steps = ticks.slice(1).map((d, i) => d.getTime() - ticks[i]!.getTime());
  const step = steps.length > 0 ? Math.min(...steps) : DAY;
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const date = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric' });
  // DST makes a day 23 or 25 hours: compare with a little slack.
  if (step < DAY - 2 * HOUR) return (d) => (atMidnight(d) ? weekday.format(d) : time.format(d));
  if (step < 2 * DAY - 2 * HOUR) return (d) => weekday.format(d);
  if (step < 28 * DAY) return (d) => date.format(d);
  if (step < 360 * DAY) return (d) => (d.getMonth() === 0 ? monthYear.format(d) : month.format(d));
  return (d) => year.format(d);
}
