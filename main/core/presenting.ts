// When the screen is probably being shown to others: a display was just added
// (a projector, a TV, a meeting-room screen), or displays became mirrored.
//
// Electron has no "mirrored" flag: screen.md and structures/display.md list
// each display's `bounds` in DIP points, and a mirrored pair shows the same
// desktop, so it reports the same bounds. We treat two displays with identical
// bounds as mirrored. (macOS may instead fold a mirror set into one display;
// then 'display-added' has already fired for it when it was plugged in.)
import type { Rect } from './popover-position';

const sameRect = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Two or more of the displays show the same desktop area. */
export function isMirrored(displays: readonly { bounds: Rect }[]): boolean {
  return displays.some((a, i) => displays.slice(i + 1).some((b) => sameRect(a.bounds, b.bounds)));
}

/**
 * Whether a display change starts presenting: any added display, or metrics
 * that made displays mirrored when they were not before (a change while
 * already mirrored — a work area, a scale — is not a new presentation).
 */
export function startsPresenting(change: 'added' | 'metrics', wasMirrored: boolean, nowMirrored: boolean): boolean {
  return change === 'added' || (nowMirrored && !wasMirrored);
}
