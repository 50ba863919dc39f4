// A small hand-drawn SVG area chart of the total over time, with a value axis
// on round figures and a time axis suited to the span. Accessible three ways:
// an image with a summary label, a visually hidden table of the points, and a
// keyboard/mouse cursor whose readout is announced.
import { useId, useMemo, type RefObject } from 'react';
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';
import { Gridlines, TimeAxis, ValueAxis, valueLabels } from './history-axes';
import { VIEW_H, VIEW_W, chartGeometry, rangeChange, type ChartGeometry } from './history-geometry';
import { HistoryTable } from './history-table';
import { useChartCursor } from './use-chart-cursor';

/** "+$1,234.56 (+1.50%)"; no sign on a masked amount, the percentage already tells the direction. */
function changeText(fmt: Formatters, usd: number, pct: number | null): string {
  const sign = usd > 0 && !fmt.privacy ? '+' : '';
  return `${sign}${fmt.money(usd)} (${fmt.percent(pct)})`;
}

export function HistoryChart({ points, fmt }: { points: readonly HistoryPoint[]; fmt: Formatters }) {
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'medium', timeStyle: 'short' }), [fmt.locale]);
  const geometry = useMemo(() => chartGeometry(points, fmt.rate, fmt.locale), [points, fmt.rate, fmt.locale]);
  if (!geometry) return <p className="muted empty">Not enough history yet — Tallybar records a point after every refresh.</p>;
  return <ChartFigure points={points} geometry={geometry} fmt={fmt} dateFormat={dateFormat} />;
}

interface FigureProps {
  points: readonly HistoryPoint[];
  geometry: ChartGeometry;
  fmt: Formatters;
  dateFormat: Intl.DateTimeFormat;
}

function ChartFigure({ points, geometry, fmt, dateFormat }: FigureProps) {
  const { first, last, min, max, valueTicks, timeTicks } = geometry;
  const cursor = useChartCursor(points, first, last);
  const change = rangeChange(first, last);
  const changed = changeText(fmt, change.usd, change.pct);
  const direction = change.usd > 0 ? 'up' : change.usd < 0 ? 'down' : 'flat';
  const summary = `Total from ${dateFormat.format(first.t)} to ${dateFormat.format(last.t)}: started at ${fmt.money(first.totalUsd)}, now ${fmt.money(last.totalUsd)}, low ${fmt.money(min)}, high ${fmt.money(max)}, change ${changed}.`;
  const active = (cursor.index === null ? null : points[cursor.index]) ?? null;

  return (
    <figure className="chart">
      <figcaption className="chart-readout" aria-live="polite">
        {active ? (
          <>
            <strong>{fmt.money(active.totalUsd)}</strong> <span className="muted">({fmt.btc(active.totalBtc)}) at {dateFormat.format(active.t)}</span>
          </>
        ) : (
          <>
            <strong>{fmt.money(last.totalUsd)}</strong> <span className={`chart-change ${direction}`}>{changed}</span>{' '}
            <span className="muted">
              since {dateFormat.format(first.t)} · Low {fmt.money(min)} · High {fmt.money(max)}
            </span>
          </>
        )}
      </figcaption>
      <div
        className="chart-surface"
        tabIndex={0}
        role="group"
        aria-label="History chart. Use the left and right arrow keys to read values."
        onKeyDown={cursor.onKeyDown}
        onMouseMove={cursor.onMouseMove}
        onMouseLeave={cursor.onMouseLeave}
      >
        <ChartPlot geometry={geometry} active={active} summary={summary} plotRef={cursor.plotRef} />
        <ValueAxis ticks={valueTicks} labels={valueLabels(valueTicks, fmt)} />
        <TimeAxis ticks={timeTicks} />
      </div>
      <HistoryTable points={points} fmt={fmt} date={dateFormat} />
    </figure>
  );
}

interface PlotProps {
  geometry: ChartGeometry;
  /** The point under the cursor; the dot sits on the last point without one. */
  active: HistoryPoint | null;
  /** The image's accessible name. */
  summary: string;
  plotRef: RefObject<HTMLDivElement | null>;
}

function ChartPlot({ geometry: { last, x, y, line, area, valueTicks }, active, summary, plotRef }: PlotProps) {
  // useId's colons are not safe inside url(#…).
  const fillId = `chart-fill-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const marker = active ?? last;
  return (
    <div className="chart-plot" ref={plotRef}>
      <svg viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <defs>
          <linearGradient id={fillId} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" className="chart-fill-top" />
            <stop offset="1" className="chart-fill-bottom" />
          </linearGradient>
        </defs>
        <Gridlines ticks={valueTicks} />
        <path className="chart-area" d={area} fill={`url(#${fillId})`} />
        <path className="chart-line" d={line} />
        {active && <line className="chart-cursor" x1={x(active.t)} x2={x(active.t)} y1={0} y2={VIEW_H} />}
      </svg>
      {/* HTML, not an SVG circle: the SVG is stretched and would squash it into an ellipse. */}
      <span className="chart-dot" style={{ left: `${(x(marker.t) / VIEW_W) * 100}%`, top: `${(y(marker.totalUsd) / VIEW_H) * 100}%` }} />
    </div>
  );
}
