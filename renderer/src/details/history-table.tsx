// The chart's points as a visually hidden table, for screen readers.
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';

const MAX_TABLE_ROWS = 500;

/** Every n-th point, so a years-long history does not put thousands of rows in the DOM. */
function sample(points: readonly HistoryPoint[], max: number): readonly HistoryPoint[] {
  if (points.length <= max) return points;
  const step = points.length / max;
  return Array.from({ length: max }, (_, i) => points[Math.floor(i * step)]!).concat(points.at(-1)!);
}

export function HistoryTable({ points, fmt, date }: { points: readonly HistoryPoint[]; fmt: Formatters; date: Intl.DateTimeFormat }) {
  return (
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
            <td>{date.format(p.t)}</td>
            <td>{fmt.money(p.totalUsd)}</td>
            <td>{fmt.btc(p.totalBtc)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
