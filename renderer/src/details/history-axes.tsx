// Axis labels for the history chart, as HTML over the stretched SVG so the
// text keeps its shape at any window width. Hidden from screen readers: the
// chart's label and the hidden table already carry every figure.
import type { Formatters } from '../shared/formatters';
import { VIEW_H, VIEW_W, type AxisTick } from './history-geometry';

/** Compact figures ("$84K") unless rounding makes two gridlines read the same. */
export function valueLabels(ticks: readonly AxisTick<number>[], fmt: Formatters): string[] {
  const compact = ticks.map((tick) => fmt.money(tick.value, { compact: true }));
  if (fmt.privacy || new Set(compact).size === compact.length) return compact;
  return ticks.map((tick) => fmt.money(tick.value));
}

export function ValueAxis({ ticks, labels }: { ticks: readonly AxisTick<number>[]; labels: readonly string[] }) {
  // Wide enough for the longest label; the labels are absolutely placed, so they cannot size the column.
  const width = Math.max(0, ...labels.map((label) => label.length));
  return (
    <div className="chart-y-axis" aria-hidden="true" style={{ minWidth: `${width + 1}ch` }}>
      {ticks.map((tick, i) => (
        <span key={tick.value} style={{ top: `${tick.pct}%` }}>
          {labels[i]}
        </span>
      ))}
    </div>
  );
}

export function TimeAxis({ ticks }: { ticks: readonly AxisTick<string>[] }) {
  return (
    <div className="chart-x-axis" aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick.pct} style={{ left: `${tick.pct}%` }}>
          {tick.value}
        </span>
      ))}
    </div>
  );
}

/** The lowest gridline is the baseline the area fill stands on: drawn a little stronger. */
export function Gridlines({ ticks }: { ticks: readonly AxisTick<number>[] }) {
  return ticks.map((tick, i) => {
    const y = (tick.pct / 100) * VIEW_H;
    return <line key={tick.value} className={i === 0 ? 'chart-grid chart-baseline' : 'chart-grid'} x1={0} x2={VIEW_W} y1={y} y2={y} />;
  });
}
