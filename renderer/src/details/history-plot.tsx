// The history chart's drawing: gridlines, connection-set markers, the total's
// area and line, a line per exchange when shown, the cursor, and the span
// being compared. The SVG is one image with a summary label; the figures it
// draws are in the readout and the hidden table.
import { useId, type RefObject } from 'react';
import type { HistoryPoint } from '../../../common/types';
import { Gridlines } from './history-axes';
import { VIEW_H, VIEW_W, type ChartGeometry } from './history-geometry';
import { MarkFlags, MarkLines, type ChartMark } from './history-marks';

/** The colours the palette has for exchange lines (theme.css `.series-N`); more exchanges reuse them. */
export const SERIES_COLOURS = 5;
export const seriesClass = (i: number): string => `series-${(i % SERIES_COLOURS) + 1}`;

interface PlotProps {
  geometry: ChartGeometry;
  marks: readonly ChartMark[];
  /** The point under the cursor; the dot sits on the last point without one. */
  active: HistoryPoint | null;
  /** The point a comparison runs from. */
  anchor: HistoryPoint | null;
  /** The image's accessible name. */
  summary: string;
  plotRef: RefObject<HTMLDivElement | null>;
}

export function ChartPlot({ geometry, marks, active, anchor, summary, plotRef }: PlotProps) {
  const { last, x, y, line, area, series, valueTicks } = geometry;
  // useId's colons are not safe inside url(#…).
  const fillId = `chart-fill-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const dot = active ?? last;
  return (
    <div className="chart-plot" ref={plotRef}>
      <svg viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <defs>
          <linearGradient id={fillId} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" className="chart-fill-top" />
            <stop offset="1" className="chart-fill-bottom" />
          </linearGradient>
        </defs>
        {anchor && <CompareSpan from={x(anchor.t)} to={x(dot.t)} />}
        <Gridlines ticks={valueTicks} />
        <MarkLines marks={marks} x={x} />
        <path className="chart-area" d={area} fill={`url(#${fillId})`} />
        {series.map((s, i) => (
          <path key={s.connectionId} className={`chart-series ${seriesClass(i)}`} d={s.line} data-testid="exchange-line" />
        ))}
        <path className="chart-line" d={line} />
        {active && <line className="chart-cursor" x1={x(active.t)} x2={x(active.t)} y1={0} y2={VIEW_H} />}
      </svg>
      {/* HTML, not an SVG circle: the SVG is stretched and would squash it into an ellipse. */}
      <span className="chart-dot" style={{ left: `${(x(dot.t) / VIEW_W) * 100}%`, top: `${(y(dot.totalUsd) / VIEW_H) * 100}%` }} />
      <MarkFlags marks={marks} x={x} />
    </div>
  );
}

/** The compared span, shaded, with a solid line where it starts (the marked point). */
function CompareSpan({ from, to }: { from: number; to: number }) {
  return (
    <g data-testid="compare-span">
      <rect className="chart-compare" x={Math.min(from, to)} width={Math.abs(to - from)} y={0} height={VIEW_H} />
      <line className="chart-anchor" x1={from} x2={from} y1={0} y2={VIEW_H} />
    </g>
  );
}
