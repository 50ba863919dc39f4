// A small hand-drawn SVG area chart of the total over time, with a value axis
// on round figures and a time axis suited to the span. Accessible three ways:
// an image with a summary label, a visually hidden table of the points, and a
// keyboard/mouse cursor whose readout is announced. Where the set of
// connections changed, a marker says so (history-marks), and the change
// figure counts only the connections at both ends of the range.
import { useId, useMemo, type RefObject } from 'react';
import { rangeChange, type RangeChange } from '../../../common/history-change';
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';
import { Gridlines, TimeAxis, ValueAxis, valueLabels } from './history-axes';
import { VIEW_H, VIEW_W, chartGeometry, type ChartGeometry } from './history-geometry';
import { MarkFlags, MarkLines, chartMarks, excludedNote, type ChartMark } from './history-marks';
import { HistoryTable } from './history-table';
import { useChartCursor } from './use-chart-cursor';

const UNKNOWN_CHANGE: Record<Extract<RangeChange, { known: false }>['why'], { figure: string; reason: string }> = {
  unrecorded: { figure: 'Change not known yet', reason: 'older points do not record which exchanges they include' },
  'nothing-in-common': { figure: 'No change to show', reason: 'no exchange is in the total at both ends of this range' },
};

/** "+$1,234.56 (+1.50%)"; no sign on a masked amount, the percentage already tells the direction. */
function changeText(fmt: Formatters, usd: number, pct: number | null): string {
  const sign = usd > 0 && !fmt.privacy ? '+' : '';
  return `${sign}${fmt.money(usd)} (${fmt.percent(pct)})`;
}

interface ChangeWords {
  /** The figure, or why there is none. */
  figure: string;
  direction: 'up' | 'down' | 'flat';
  /** Since when, and which connections the figure leaves out; or why there is no figure. */
  detail: string;
  /** The same as one sentence, for the chart's label. */
  sentence: string;
}

function changeWords(points: readonly HistoryPoint[], fmt: Formatters, date: Intl.DateTimeFormat): ChangeWords {
  const range = rangeChange(points);
  if (!range.known) {
    const { figure, reason } = UNKNOWN_CHANGE[range.why];
    return { figure, direction: 'flat', detail: `(${reason})`, sentence: `${figure}: ${reason}` };
  }
  const { usd, pct, excluded } = range.change;
  const figure = changeText(fmt, usd, pct);
  const since = `since ${date.format(range.from.t)}`;
  const note = excludedNote(excluded);
  return {
    figure,
    direction: usd > 0 ? 'up' : usd < 0 ? 'down' : 'flat',
    detail: note ? `${since} · ${note}` : since,
    sentence: `Change ${since}: ${figure}${note ? `, ${note}` : ''}`,
  };
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
  const marks = useMemo(() => chartMarks(points), [points]);
  const change = changeWords(points, fmt, dateFormat);
  const summary = `Total from ${dateFormat.format(first.t)} to ${dateFormat.format(last.t)}: started at ${fmt.money(first.totalUsd)}, now ${fmt.money(last.totalUsd)}, low ${fmt.money(min)}, high ${fmt.money(max)}. ${change.sentence}.`;
  const active = (cursor.index === null ? null : points[cursor.index]) ?? null;
  const activeMark = marks.find((mark) => mark.index === cursor.index);

  return (
    <figure className="chart">
      <figcaption className="chart-readout" aria-live="polite">
        {active ? (
          <>
            <strong>{fmt.money(active.totalUsd)}</strong>{' '}
            <span className="muted">
              ({fmt.btc(active.totalBtc)}) at {dateFormat.format(active.t)}
              {activeMark && ` · ${activeMark.label}`}
            </span>
          </>
        ) : (
          <>
            <strong>{fmt.money(last.totalUsd)}</strong> <span className={`chart-change ${change.direction}`}>{change.figure}</span>{' '}
            <span className="muted">
              {change.detail} · Low {fmt.money(min)} · High {fmt.money(max)}
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
        <ChartPlot geometry={geometry} marks={marks} active={active} summary={summary} plotRef={cursor.plotRef} />
        <ValueAxis ticks={valueTicks} labels={valueLabels(valueTicks, fmt)} />
        <TimeAxis ticks={timeTicks} />
      </div>
      <HistoryTable points={points} marks={marks} fmt={fmt} date={dateFormat} />
    </figure>
  );
}

interface PlotProps {
  geometry: ChartGeometry;
  marks: readonly ChartMark[];
  /** The point under the cursor; the dot sits on the last point without one. */
  active: HistoryPoint | null;
  /** The image's accessible name. */
  summary: string;
  plotRef: RefObject<HTMLDivElement | null>;
}

function ChartPlot({ geometry: { last, x, y, line, area, valueTicks }, marks, active, summary, plotRef }: PlotProps) {
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
        <Gridlines ticks={valueTicks} />
        <MarkLines marks={marks} x={x} />
        <path className="chart-area" d={area} fill={`url(#${fillId})`} />
        <path className="chart-line" d={line} />
        {active && <line className="chart-cursor" x1={x(active.t)} x2={x(active.t)} y1={0} y2={VIEW_H} />}
      </svg>
      {/* HTML, not an SVG circle: the SVG is stretched and would squash it into an ellipse. */}
      <span className="chart-dot" style={{ left: `${(x(dot.t) / VIEW_W) * 100}%`, top: `${(y(dot.totalUsd) / VIEW_H) * 100}%` }} />
      <MarkFlags marks={marks} x={x} />
    </div>
  );
}
