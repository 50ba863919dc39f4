// The line over the history chart, spoken as it changes: the summary of the
// range while nothing is pointed at; the value and time under the cursor
// while scrubbing; and, once a point is marked, the change from it to the
// cursor (or to now). With the exchanges shown, each one's value at that point.
import { t } from '../../../common/i18n';
import type { HistoryPoint } from '../../../common/types';
import type { Formatters } from '../shared/formatters';
import type { ChartMark } from './history-marks';
import type { ExchangeSeries } from './history-series';
import { compareWords, type ChangeWords } from './history-words';

interface ReadoutProps {
  points: readonly HistoryPoint[];
  /** The point under the cursor, or null. */
  index: number | null;
  /** The point a comparison runs from, or null. */
  anchor: number | null;
  marks: readonly ChartMark[];
  /** The exchanges drawn: empty while only the total is. */
  series: readonly ExchangeSeries[];
  range: ChangeWords;
  min: number;
  max: number;
  fmt: Formatters;
  date: Intl.DateTimeFormat;
}

/** " · Binance $40,000.00 · KuCoin $44,000.00" at point `at`, for the exchanges counted there. */
function seriesText(series: readonly ExchangeSeries[], at: number, fmt: Formatters): string {
  return series
    .map((s) => ({ name: s.name, usd: s.values[at] ?? null }))
    .filter((part) => part.usd !== null)
    .map((part) => t('history.readout.seriesPart', { name: part.name, value: fmt.money(part.usd) }))
    .join('');
}

export function HistoryReadout({ points, index, anchor, marks, series, range, min, max, fmt, date }: ReadoutProps) {
  const lastIndex = points.length - 1;
  const last = points[lastIndex]!;
  const at = index ?? lastIndex;
  const point = points[at]!;
  const from = anchor === null ? undefined : points[anchor];
  if (from) {
    const words = compareWords(from, point, last, fmt, date);
    return (
      <>
        <strong>{fmt.money(point.totalUsd)}</strong> <span className={`chart-change ${words.direction}`}>{words.figure}</span>{' '}
        <span className="muted">
          {words.detail}
          {seriesText(series, at, fmt)}
        </span>
      </>
    );
  }
  if (index !== null) {
    const mark = marks.find((m) => m.index === index);
    return (
      <>
        <strong>{fmt.money(point.totalUsd)}</strong>{' '}
        <span className="muted">
          {t('history.readout.btcAt', { btc: fmt.btc(point.totalBtc), date: date.format(point.t) })}
          {mark && t('history.readout.mark', { mark: mark.label })}
          {seriesText(series, at, fmt)}
        </span>
      </>
    );
  }
  return (
    <>
      <strong>{fmt.money(last.totalUsd)}</strong> <span className={`chart-change ${range.direction}`}>{range.figure}</span>{' '}
      <span className="muted">
        {t('history.readout.lowHigh', { detail: range.detail, low: fmt.money(min), high: fmt.money(max) })}
      </span>
    </>
  );
}
