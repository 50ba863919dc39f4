// When the tray next looks different with nothing but time passing: the icon
// turning stale, and the tooltip's "Updated N min ago" moving on. The tray is
// drawn on every state change; this is for the redraws in between, so main
// wakes only when something on screen would change. Neither the macOS title
// nor the menu's first line shows an age, so nothing else moves with time.

import { ageText } from '../../common/i18n';
import { isStale } from './schedule';
import { staleIconAgeMinutes } from './tray-text';

export interface TrayClockInput {
  /** The time the tray dates its data by (the snapshot's standing.syncedAt); null before the first sync. */
  syncedAt: number | null;
  now: number;
  freshnessMinutes: number;
  /**
   * Whether someone may read the tooltip now (the user is at the computer).
   * Only then does its age need to tick: while nobody is there, only the
   * icon, which can be seen without input, is kept on time.
   */
  tooltipRead: boolean;
}

/** The instant of the next change, or null if time alone never changes the tray. */
export function nextTrayChangeAt(input: TrayClockInput): number | null {
  const { syncedAt, now } = input;
  if (syncedAt === null) return null;
  const staleAge = staleIconAgeMinutes(input.freshnessMinutes);
  const changes = [firstChangeAfter(now, (t) => isStale(syncedAt, t, staleAge))];
  if (input.tooltipRead) changes.push(firstChangeAfter(now, (t) => ageText(syncedAt, t)));
  const due = changes.filter((t): t is number => t !== null);
  return due.length > 0 ? Math.min(...due) : null;
}

/**
 * Far enough for every change time alone can bring: the age label moves at
 * least daily, and the icon turns stale at most 2 × 24 h after a sync
 * (freshness is at most a day, common/settings.ts).
 */
const HORIZON_MS = 8 * 24 * 60 * 60_000;

/**
 * The first instant after `from` at which `valueAt` differs from its value at
 * `from`, to the millisecond; null if none within the horizon. It doubles the
 * step until the value changes, then halves the gap, so it follows the rules
 * themselves (ageText, isStale) instead of a copy of their thresholds. That
 * is sound because both only move forward: a label or state, once left, never
 * comes back.
 */
export function firstChangeAfter<T>(from: number, valueAt: (t: number) => T): number | null {
  const initial = valueAt(from);
  let lo = from;
  let step = 1_000;
  while (valueAt(from + step) === initial) {
    if (step >= HORIZON_MS) return null;
    lo = from + step;
    step *= 2;
  }
  let hi = from + step;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (valueAt(mid) === initial) lo = mid;
    else hi = mid;
  }
  return hi;
}
