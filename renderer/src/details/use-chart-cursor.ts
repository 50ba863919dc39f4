// The history chart's cursor: the point read out, moved with the keyboard
// (arrows a point, Page keys a twentieth of the range, Home/End the ends) or
// by the mouse over the plot; none while neither is in use. And the anchor a
// comparison runs from: Enter or Space (or a click, or the start of a drag)
// marks the point under the cursor, Escape clears it. The anchor is kept by
// time, so a refresh that adds a point keeps it; a range without that point drops it.
import { useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { HistoryPoint } from '../../../common/types';

export function nearestIndex(points: readonly HistoryPoint[], t: number): number {
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid]?.t ?? 0) < t) lo = mid;
    else hi = mid;
  }
  const a = points[lo];
  const b = points[hi];
  if (!a || !b) return lo;
  return Math.abs(a.t - t) <= Math.abs(b.t - t) ? lo : hi;
}

/** Where `key` moves a cursor at `current` among `count` points (unclamped), or undefined for other keys. */
function keyTarget(key: string, current: number, count: number): number | undefined {
  const step = Math.max(1, Math.round(count / 20));
  const moves: Record<string, number> = {
    ArrowLeft: current - 1,
    ArrowRight: current + 1,
    PageUp: current - step,
    PageDown: current + step,
    Home: 0,
    End: count - 1,
  };
  return moves[key];
}

export interface ChartCursor {
  /** The index of the point read out, or null for the summary. */
  index: number | null;
  /** The index of the point a comparison runs from, or null when none is marked. */
  anchor: number | null;
  clearAnchor: () => void;
  /** The plot the mouse position is measured against. */
  plotRef: RefObject<HTMLDivElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onMouseMove: (event: MouseEvent<HTMLDivElement>) => void;
  onMouseDown: (event: MouseEvent<HTMLDivElement>) => void;
  onMouseLeave: () => void;
}

export function useChartCursor(points: readonly HistoryPoint[], first: HistoryPoint, last: HistoryPoint): ChartCursor {
  const [index, setIndex] = useState<number | null>(null);
  const [anchorT, setAnchorT] = useState<number | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const lastIndex = points.length - 1;
  const found = anchorT === null ? -1 : points.findIndex((p) => p.t === anchorT);
  const anchor = found === -1 ? null : found;

  const markAt = (at: number): void => setAnchorT(points[at]?.t ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys start from the last point, the one the summary reads out.
    const current = index !== null && index <= lastIndex ? index : lastIndex;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      markAt(current);
      setIndex(current);
      return;
    }
    if (event.key === 'Escape' && anchor !== null) {
      event.preventDefault();
      setAnchorT(null);
      return;
    }
    const next = keyTarget(event.key, current, points.length);
    if (next === undefined) return;
    event.preventDefault();
    setIndex(Math.max(0, Math.min(lastIndex, next)));
  };

  const pointUnder = (event: MouseEvent<HTMLDivElement>): number | null => {
    const rect = (plotRef.current ?? event.currentTarget).getBoundingClientRect();
    if (rect.width <= 0) return null;
    const fraction = Math.max(0, Math.min(1, (event.clientX - rect.left) / rect.width));
    return nearestIndex(points, first.t + fraction * (last.t - first.t));
  };

  const onMouseMove = (event: MouseEvent<HTMLDivElement>): void => {
    const at = pointUnder(event);
    if (at !== null) setIndex(at);
  };

  const onMouseDown = (event: MouseEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    const at = pointUnder(event);
    if (at === null) return;
    markAt(at);
    setIndex(at);
  };

  // A new range may have fewer points than the one the cursor was on.
  const shown = index !== null && index <= lastIndex ? index : null;
  return { index: shown, anchor, clearAnchor: () => setAnchorT(null), plotRef, onKeyDown, onMouseMove, onMouseDown, onMouseLeave: () => setIndex(null) };
}
