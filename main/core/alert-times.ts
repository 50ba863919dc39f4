// The clock side of alerts, in the user's local time: whether quiet hours are
// on (a span may cross midnight, 22:00–08:00), when they end, and when the
// daily digest is due. Pure; the watcher owns the one timer.
import type { DayMinute, DigestSettings, QuietHours } from '../../common/alerts';

/** Minutes after local midnight of an instant. */
export function dayMinuteOf(t: number): DayMinute {
  const d = new Date(t);
  return d.getHours() * 60 + d.getMinutes();
}

/** Whether notifications are held at `t`. Start equal to end is no span at all. */
export function inQuietHours(t: number, quiet: QuietHours): boolean {
  if (!quiet.enabled || quiet.start === quiet.end) return false;
  const m = dayMinuteOf(t);
  return quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
}

/** The first instant after `t` whose local time is `minute` (date arithmetic, so a DST change shifts nothing). */
export function nextLocalMinute(t: number, minute: DayMinute): number {
  const d = new Date(t);
  d.setHours(Math.floor(minute / 60), minute % 60, 0, 0);
  if (d.getTime() <= t) d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** The latest instant at or before `t` whose local time is `minute`. */
export function lastLocalMinute(t: number, minute: DayMinute): number {
  const d = new Date(t);
  d.setHours(Math.floor(minute / 60), minute % 60, 0, 0);
  if (d.getTime() > t) d.setDate(d.getDate() - 1);
  return d.getTime();
}

/** When the quiet hours running at `t` end, or null when they are not on. */
export function quietEndsAt(t: number, quiet: QuietHours): number | null {
  return inQuietHours(t, quiet) ? nextLocalMinute(t, quiet.end) : null;
}

/**
 * Whether a digest is due at `now`: its time of day passed since the last one
 * was sent (or since it was turned on, so turning it on never sends
 * yesterday's at once).
 */
export function digestDue(now: number, digest: DigestSettings, lastSentAt: number): boolean {
  return digest.enabled && lastLocalMinute(now, digest.at) > lastSentAt;
}
