// The chart's points as a visually hidden table, for screen readers, with
// the changes in the set of connections the chart marks, and a column per
// exchange while their lines are shown (— where one was not counted).
import { t } from '../../../common/i18n';
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';
import type { ChartMark } from './history-marks';
import type { ExchangeSeries } from './history-series';

const MAX_TABLE_ROWS = 500;

/**
 * Every n-th point's index, so a years-long history does not put thousands of
 * rows in the DOM; the last point and every marked one are always kept.
 */
function sampledIndices(count: number, max: number, marks: readonly ChartMark[]): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  const step = count / max;
  const picked = new Set(Array.from({ length: max }, (_, i) => Math.floor(i * step)));
  picked.add(count - 1);
  for (const mark of marks) picked.add(mark.index);
  return [...picked].sort((a, b) => a - b);
}

interface TableProps {
  points: readonly HistoryPoint[];
  marks: readonly ChartMark[];
  /** The exchanges drawn: a column each. */
  series: readonly ExchangeSeries[];
  fmt: Formatters;
  date: Intl.DateTimeFormat;
}

export function HistoryTable({ points, marks, series, fmt, date }: TableProps) {
  const markAt = new Map(marks.map((mark) => [mark.index, mark.label]));
  return (
    <table className="visually-hidden">
      <caption>{t('history.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.table.time')}</th>
          <th scope="col">{t('history.table.total')}</th>
          <th scope="col">{t('history.table.totalBtc')}</th>
          {series.map((s) => (
            <th key={s.connectionId} scope="col">
              {s.name}
            </th>
          ))}
          <th scope="col">{t('history.table.exchanges')}</th>
        </tr>
      </thead>
      <tbody>
        {sampledIndices(points.length, MAX_TABLE_ROWS, marks).map((index) => {
          const p = points[index]!;
          return (
            <tr key={p.t}>
              <td>{date.format(p.t)}</td>
              <td>{fmt.money(p.totalUsd)}</td>
              <td>{fmt.btc(p.totalBtc)}</td>
              {series.map((s) => (
                <td key={s.connectionId}>{fmt.money(s.values[index] ?? null)}</td>
              ))}
              <td>{markAt.get(index) ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
