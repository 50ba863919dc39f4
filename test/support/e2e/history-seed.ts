// A week of hourly history for e2e scenarios, through the app's own history
// store: two refreshes alone make a flat line, and a chart worth looking at
// (or scrubbing) needs a shape. A seeded walk (not Math.random) keeps the
// screenshots the same from run to run.
import { expect } from 'vitest';
import type { HistoryPoint } from '../../../common/types';
import { mulberry32 } from '../../../main/double/prng';
import { scaledPoint } from '../history-points';
import type { E2E } from './start-e2e';

const HOUR = 3_600_000;

/** Hourly totals for the week before the latest point, joining it without a jump; each connection scaled alike. */
export function seedWeekOfHistory(e: E2E): void {
  const history = e.app.session().history;
  const now = history.query('24h').at(-1);
  expect(now, 'onboarding recorded a history point').toBeDefined();
  const rng = mulberry32(20_240_611);
  const points: HistoryPoint[] = [];
  let factor = 1;
  // Walk backwards from now (drifting down into the past: a gentle rise over the week).
  for (let hoursAgo = 1; hoursAgo <= 7 * 24; hoursAgo++) {
    factor *= 1 + (rng() - 0.52) * 0.012;
    points.push(scaledPoint(now!, now!.t - hoursAgo * HOUR, factor));
  }
  history.appendMany(points.reverse());
  expect(history.query('7d').length).toBeGreaterThanOrEqual(7 * 24);
}
