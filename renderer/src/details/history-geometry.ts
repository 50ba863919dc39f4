// Where everything in the history chart goes, as plain numbers: the SVG paths
// in a fixed viewBox, and the axis ticks as percentages of the plot so HTML
// labels can sit over a stretched SVG without distorted text.
import type { HistoryPoint } from '../../../common/types';
import { timeTicks } from './chart-time-ticks';
import { valueScale } from './chart-value-ticks';

export const VIEW_W = 1000;
export const VIEW_H = 200;
/** Room above the top gridline and below the baseline, so neither line is clipped. */
const PAD_TOP = 6;
const PAD_BOTTOM = 2;
/** Time labels this close to an edge would be cut in half by the frame. */
const EDGE_PCT = 4;

export interface AxisTick<T> {
  value: T;
  /** Offset along the axis, 0–100. */
  pct: number;
}

export interface ChartGeometry {
  first: HistoryPoint;
  last: HistoryPoint;
  min: number;
  max: number;
  x(t: number): number;
  y(usd: number): number;
  line: string;
  area: string;
  baseline: number;
  /** Gridlines in USD (placed on round figures of the shown currency), lowest first. */
  valueTicks: AxisTick<number>[];
  timeTicks: AxisTick<string>[];
}

/** `rate` converts USD to the shown currency; null below two points (nothing to draw). */
export function chartGeometry(points: readonly HistoryPoint[], rate: number, locale: string): ChartGeometry | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    min = Math.min(min, p.totalUsd);
    max = Math.max(max, p.totalUsd);
  }
  const scale = valueScale(min * rate, max * rate);
  const spanT = Math.max(1, last.t - first.t);
  const plotH = VIEW_H - PAD_TOP - PAD_BOTTOM;
  const x = (t: number): number => ((t - first.t) / spanT) * VIEW_W;
  const y = (usd: number): number => PAD_TOP + (1 - (usd * rate - scale.lo) / (scale.hi - scale.lo)) * plotH;
  const baseline = VIEW_H - PAD_BOTTOM;
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.totalUsd).toFixed(1)}`).join('');
  const area = `${line}L${x(last.t).toFixed(1)},${baseline}L${x(first.t).toFixed(1)},${baseline}Z`;
  const valueTicks = scale.ticks.map((shown) => {
    const usd = shown / rate;
    return { value: usd, pct: (y(usd) / VIEW_H) * 100 };
  });
  const times = timeTicks(first.t, last.t, locale)
    .map((tick) => ({ value: tick.label, pct: (x(tick.t) / VIEW_W) * 100 }))
    .filter((tick) => tick.pct >= EDGE_PCT && tick.pct <= 100 - EDGE_PCT);
  return { first, last, min, max, x, y, line, area, baseline, valueTicks, timeTicks: times };
}
