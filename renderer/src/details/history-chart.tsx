// A small hand-drawn SVG area chart of the total over time. Accessible three
// ways: an image with a summary label, a visually hidden table of the points,
// and a keyboard/mouse cursor whose readout is announced.
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { HistoryPoint } from '../../../main/core/types';
import type { Formatters } from '../shared/formatters';

const W = 640;
const H = 220;
const PAD = { top: 12, right: 12, bottom: 24, left: 12 };
const MAX_TABLE_ROWS = 500;

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

/** Every n-th point, so a years-long history does not put thousands of rows in the DOM. */
function sample(points: readonly HistoryPoint[], max: number): readonly HistoryPoint[] {
  if (points.length <= max) return points;
  const step = points.length / max;
  return Array.from({ length: max }, (_, i) => points[Math.floor(i * step)]!).concat(points.at(-1)!);
}

export function HistoryChart({ points, fmt }: { points: readonly HistoryPoint[]; fmt: Formatters }) {
  const [cursor, setCursor] = useState<number | null>(null);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'medium', timeStyle: 'short' }), [fmt.locale]);

  const geometry = useMemo(() => {
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) return null;
    let min = Infinity;
    let max = -Infinity;
    for (const p of points) {
      min = Math.min(min, p.totalUsd);
      max = Math.max(max, p.totalUsd);
    }
    const spanT = Math.max(1, last.t - first.t);
    const spanV = max - min || Math.max(1, Math.abs(max) * 0.1);
    const x = (t: number): number => PAD.left + ((t - first.t) / spanT) * (W - PAD.left - PAD.right);
    const y = (v: number): number => PAD.top + (1 - (v - min) / spanV) * (H - PAD.top - PAD.bottom);
    const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.totalUsd).toFixed(1)}`).join('');
    const area = `${line}L${x(last.t).toFixed(1)},${H - PAD.bottom}L${x(first.t).toFixed(1)},${H - PAD.bottom}Z`;
    return { first, last, min, max, x, y, line, area };
  }, [points]);

  if (!geometry) return <p className="muted empty">No history in this range yet: it grows with every refresh.</p>;
  const { first, last, min, max, x, y, line, area } = geometry;
  const summary = `Total from ${dateFormat.format(first.t)} to ${dateFormat.format(last.t)}: started at ${fmt.money(first.totalUsd)}, now ${fmt.money(last.totalUsd)}, low ${fmt.money(min)}, high ${fmt.money(max)}.`;
  const active = cursor === null ? null : points[cursor];

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
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width <= 0) return;
    const fraction = (event.clientX - rect.left) / rect.width;
    const svgX = fraction * W;
    const t = first.t + ((svgX - PAD.left) / (W - PAD.left - PAD.right)) * (last.t - first.t);
    setCursor(nearestIndex(points, t));
  };

  return (
    <figure className="chart">
      <div
        className="chart-surface"
        tabIndex={0}
        role="group"
        aria-label="History chart. Use the left and right arrow keys to read values."
        onKeyDown={onKeyDown}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setCursor(null)}
      >
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
          <path className="chart-area" d={area} />
          <path className="chart-line" d={line} />
          {active && (
            <>
              <line className="chart-cursor" x1={x(active.t)} x2={x(active.t)} y1={PAD.top} y2={H - PAD.bottom} />
              <circle className="chart-dot" cx={x(active.t)} cy={y(active.totalUsd)} r={4} />
            </>
          )}
        </svg>
      </div>
      <figcaption className="chart-readout" aria-live="polite">
        {active ? (
          <>
            <strong>{fmt.money(active.totalUsd)}</strong> <span className="muted">({fmt.btc(active.totalBtc)}) at {dateFormat.format(active.t)}</span>
          </>
        ) : (
          <span className="muted">
            Low {fmt.money(min)} · High {fmt.money(max)} · Now {fmt.money(last.totalUsd)}
          </span>
        )}
      </figcaption>
      <table className="visually-hidden">
        <caption>Total over time</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Total</th>
            <th scope="col">Total in BTC</th>
          </tr>
        </thead>
        <tbody>
          {sample(points, MAX_TABLE_ROWS).map((p) => (
            <tr key={p.t}>
              <td>{dateFormat.format(p.t)}</td>
              <td>{fmt.money(p.totalUsd)}</td>
              <td>{fmt.btc(p.totalBtc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
