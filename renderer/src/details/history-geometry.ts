// Where everything in the history chart goes, as plain numbers: the SVG paths
// in a fixed viewBox, and the axis ticks as percentages of the plot so HTML
// labels can sit over a stretched SVG without distorted text. Scales, ticks
// and paths are d3's (scaleTime, scaleLinear().nice(), line, area); what is
// ours is the choice of what to show: gridlines on round figures of the shown
// currency, time labels in the user's locale, one line per exchange on demand.
import { scaleLinear, scaleTime } from 'd3-scale';
import { area as d3Area, line as d3Line } from 'd3-shape';
import type { HistoryPoint } from '../../../common/types';
import { timeLabeller } from './chart-time-labels';
import type { ExchangeSeries } from './history-series';

export const VIEW_W = 1000;
export const VIEW_H = 200;
/** Room above the top gridline and below the baseline, so neither line is clipped. */
const PAD_TOP = 6;
const PAD_BOTTOM = 2;
/** Time labels this close to an edge would be cut in half by the frame. */
const EDGE_PCT = 4;
/** About this many gridlines and time labels: enough to read a value, few enough to stay quiet. */
const VALUE_TICKS = 3;
const TIME_TICKS = 5;

export interface AxisTick<T> {
  value: T;
  /** Offset along the axis, 0–100. */
  pct: number;
}

export interface SeriesPath {
  connectionId: string;
  name: string;
  line: string;
}

export interface ChartGeometry {
  first: HistoryPoint;
  last: HistoryPoint;
  /** Lowest and highest total in the range (USD). */
  min: number;
  max: number;
  x(t: number): number;
  y(usd: number): number;
  line: string;
  area: string;
  /** One line per exchange, when asked for; gaps where it was not in the total. */
  series: SeriesPath[];
  /** Gridlines in USD (placed on round figures of the shown currency), lowest first. */
  valueTicks: AxisTick<number>[];
  timeTicks: AxisTick<string>[];
}

/** The shown-currency range the value axis spans: the data's, with a flat line padded so it sits inside the chart. */
function valueDomain(values: readonly number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low !== high) return [low, high];
  const pad = Math.abs(high) * 0.01 || 1;
  return [low - pad, high + pad];
}

/**
 * `rate` converts USD to the shown currency; null below two points (nothing
 * to draw). With `series`, the value axis also spans every exchange's line.
 */
export function chartGeometry(points: readonly HistoryPoint[], rate: number, locale: string, series: readonly ExchangeSeries[] = []): ChartGeometry | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  const totals = points.map((p) => p.totalUsd);
  const seriesValues = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  // Round figures of what is shown: $80K, or €75K, not the euro value of $80K.
  const shown = scaleLinear()
    .domain(valueDomain([...totals, ...seriesValues].map((usd) => usd * rate)))
    .range([VIEW_H - PAD_BOTTOM, PAD_TOP])
    .nice(VALUE_TICKS);
  const time = scaleTime()
    .domain([first.t, Math.max(last.t, first.t + 1)])
    .range([0, VIEW_W]);
  const x = (t: number): number => time(t);
  const y = (usd: number): number => shown(usd * rate);
  const baseline = VIEW_H - PAD_BOTTOM;
  const line = d3Line<HistoryPoint>((p) => x(p.t), (p) => y(p.totalUsd)).digits(1)(points) ?? '';
  const area = d3Area<HistoryPoint>((p) => x(p.t), baseline, (p) => y(p.totalUsd)).digits(1)(points) ?? '';
  const seriesPaths = series.map(({ connectionId, name, values }) => {
    const path = d3Line<number | null>()
      .defined((v) => v !== null)
      .x((_, i) => x(points[i]!.t))
      .y((v) => y(v ?? 0))
      .digits(1);
    return { connectionId, name, line: path(values) ?? '' };
  });
  const valueTicks = shown.ticks(VALUE_TICKS).map((value) => ({ value: value / rate, pct: (shown(value) / VIEW_H) * 100 }));
  const dates = time.ticks(TIME_TICKS);
  const label = timeLabeller(dates, locale);
  const timeTicks = dates
    .map((d) => ({ value: label(d), pct: (time(d) / VIEW_W) * 100 }))
    .filter((tick) => tick.pct >= EDGE_PCT && tick.pct <= 100 - EDGE_PCT);
  return { first, last, min: Math.min(...totals), max: Math.max(...totals), x, y, line, area, series: seriesPaths, valueTicks, timeTicks };
}
