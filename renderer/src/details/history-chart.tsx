// A small hand-drawn SVG area chart of the total over time, with a value axis
// on round figures and a time axis suited to the span. Accessible three ways:
// an image with a summary label, a visually hidden table of the points, and a
// keyboard/mouse cursor whose readout is announced.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';
import { Gridlines, TimeAxis, ValueAxis, valueLabels } from './history-axes';
import { VIEW_H, VIEW_W, chartGeometry, rangeChange } from './history-geometry';
import { HistoryTable } from './history-table';

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

/** "+$1,234.56 (+1.50%)"; no sign on a masked amount, the percentage already tells the direction. */
function changeText(fmt: Formatters, usd: number, pct: number | null): string {
  const sign = usd > 0 && !fmt.privacy ? '+' : '';
  return `${sign}${fmt.money(usd)} (${fmt.percent(pct)})`;
}

export function HistoryChart({ points, fmt }: { points: readonly HistoryPoint[]; fmt: Formatters }) {
  const [cursor, setCursor] = useState<number | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  // useId's colons are not safe inside url(#…).
  const fillId = `chart-fill-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'medium', timeStyle: 'short' }), [fmt.locale]);
  const geometry = useMemo(() => chartGeometry(points, fmt.rate, fmt.locale), [points, fmt.rate, fmt.locale]);

  if (!geometry) return <p className="muted empty">Not enough history yet — Tallybar records a point after every refresh.</p>;
  const { first, last, min, max, x, y, line, area, valueTicks, timeTicks } = geometry;
  const change = rangeChange(first, last);
  const changed = changeText(fmt, change.usd, change.pct);
  const direction = change.usd > 0 ? 'up' : change.usd < 0 ? 'down' : 'flat';
  const summary = `Total from ${dateFormat.format(first.t)} to ${dateFormat.format(last.t)}: started at ${fmt.money(first.totalUsd)}, now ${fmt.money(last.totalUsd)}, low ${fmt.money(min)}, high ${fmt.money(max)}, change ${changed}.`;
  const active = cursor === null ? null : points[cursor];
  const marker = active ?? last;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const lastIndex = points.length - 1;
    const current = cursor ?? lastIndex;
    const step = Math.max(1, Math.round(points.length / 20));
    const moves: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      PageUp: current - step,
      PageDown: current + step,
      Home: 0,
      End: lastIndex,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setCursor(Math.max(0, Math.min(lastIndex, next)));
  };

  const onMouseMove = (event: MouseEvent<HTMLDivElement>): void => {
    const rect = (plotRef.current ?? event.currentTarget).getBoundingClientRect();
    if (rect.width <= 0) return;
    const fraction = Math.max(0, Math.min(1, (event.clientX - rect.left) / rect.width));
    setCursor(nearestIndex(points, first.t + fraction * (last.t - first.t)));
  };

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
        onKeyDown={onKeyDown}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setCursor(null)}
      >
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
        <ValueAxis ticks={valueTicks} labels={valueLabels(valueTicks, fmt)} />
        <TimeAxis ticks={timeTicks} />
      </div>
      <HistoryTable points={points} fmt={fmt} date={dateFormat} />
    </figure>
  );
}
