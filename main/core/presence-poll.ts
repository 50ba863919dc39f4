// When to look again at whether the user is at the computer and the machine
// is online. Electron's main process has no event for either: powerMonitor's
// 'user-did-become-active' / 'user-did-resign-active' (_macOS_ only) are about
// fast user switching (NSWorkspaceSessionDidBecomeActiveNotification), not
// input, and net offers only `net.isOnline()` / `net.online`, no change event
// (docs/api/power-monitor.md, docs/api/net.md). So the adapter polls, and these
// rules keep the polls to what is needed: often while someone is there to see
// the result, seldom while nobody is, never while asleep or locked where the
// OS will say when that ends ('resume' everywhere, 'unlock-screen' on macOS
// and Windows only).
import type { Platform } from './popover-position';

/** Five minutes without input counts as away: background refreshes pause. */
export const IDLE_THRESHOLD_S = 300;
/** While the user is present: how often online status is read (as before this file existed). */
export const PRESENT_LOOK_MS = 30_000;
/** The first look after the user went away; each later one waits twice as long… */
export const AWAY_FIRST_LOOK_MS = 60_000;
/**
 * …up to this. It bounds both the cost of an absence (about 12 looks an hour)
 * and how late a return is noticed: the popover refreshes stale data when it
 * opens anyway, so only the background refresh waits this long to resume.
 */
export const AWAY_MAX_LOOK_MS = 5 * 60_000;

/** powerMonitor.getSystemIdleState's answer ("locked is available on supported systems only"). */
export type IdleState = 'active' | 'idle' | 'locked' | 'unknown';

export interface PresenceReading {
  state: IdleState;
  /** powerMonitor.getSystemIdleTime(): seconds since the last input. */
  idleSeconds: number;
}

/** Whether 'lock-screen' / 'unlock-screen' are emitted here (power-monitor.md: _macOS_ _Windows_). */
export function hasLockEvents(platform: Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/**
 * 'idle' and 'locked' are away. 'unknown' (power-monitor.md: an OS that cannot
 * tell, e.g. a Wayland compositor without an idle protocol) counts as at the
 * computer: not knowing must not stop background refresh for good; the credit
 * governor still bounds what it costs.
 */
export const isPresent = (state: IdleState): boolean => state === 'active' || state === 'unknown';

/**
 * Milliseconds until the next look, or null when an OS event will end the
 * wait instead. `awayLooks` counts the looks in a row (this one included)
 * that did not find the user active.
 */
export function nextLookMs(reading: PresenceReading, options: { awayLooks: number; lockEvents: boolean }): number | null {
  // 'unknown' counts as present but cannot turn idle: looking often would learn nothing, so it is looked at as rarely as away.
  if (reading.state === 'active') {
    // Nobody turns idle before the threshold: looking at that moment notices it at once.
    const untilIdleMs = (IDLE_THRESHOLD_S - clampSeconds(reading.idleSeconds)) * 1000;
    return Math.max(1000, Math.min(PRESENT_LOOK_MS, untilIdleMs));
  }
  if (reading.state === 'locked' && options.lockEvents) return null;
  const doublings = Math.max(0, Math.floor(options.awayLooks) - 1);
  return Math.min(AWAY_MAX_LOOK_MS, AWAY_FIRST_LOOK_MS * 2 ** Math.min(doublings, 16));
}

function clampSeconds(seconds: number): number {
  return Number.isFinite(seconds) ? Math.min(IDLE_THRESHOLD_S, Math.max(0, seconds)) : 0;
}
