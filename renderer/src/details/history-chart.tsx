// A small SVG area chart of the total over time, with a value axis on round
// figures and a time axis suited to the span, to explore: scrub it with the
// mouse or keys for the value at a point, mark a point to compare from, show
// each exchange's line. Accessible three ways: an image with a summary label,
// a visually hidden table of the points, and a readout that is announced.
// Where the set of connections changed, a marker says so (history-marks), and
// every change figure counts only the connections at both of its ends.
import { useMemo, useState } from 'react';
import { t } from '../../../common/i18n';
import type { HistoryPoint } from '../../../common/types';
import { useLanguage } from '../shared/app-store';
import type { Formatters } from '../shared/formatters';
import { TimeAxis, ValueAxis, valueLabels } from './history-axes';
import { chartGeometry, type ChartGeometry } from './history-geometry';
import { chartMarks } from './history-marks';
import { ChartPlot, seriesClass } from './history-plot';
import { HistoryReadout } from './history-readout';
import { exchangeSeries, type ExchangeSeries } from './history-series';
import { HistoryTable } from './history-table';
import { rangeWords } from './history-words';
import { useChartCursor } from './use-chart-cursor';

const NO_SERIES: readonly ExchangeSeries[] = [];

export function HistoryChart({ points, fmt }: { points: readonly HistoryPoint[]; fmt: Formatters }) {
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'medium', timeStyle: 'short' }), [fmt.locale]);
  const [byExchange, setByExchange] = useState(false);
  const allSeries = useMemo(() => exchangeSeries(points), [points]);
  const series = byExchange ? allSeries : NO_SERIES;
  const geometry = useMemo(() => chartGeometry(points, fmt.rate, fmt.locale, series), [points, fmt.rate, fmt.locale, series]);
  if (!geometry) return <p className="muted empty">{t('history.notEnough')}</p>;
  return (
    <>
      {allSeries.length > 0 && (
        <label className="chart-option">
          <input type="checkbox" checked={byExchange} onChange={(event) => setByExchange(event.target.checked)} /> {t('history.showEachExchange')}
        </label>
      )}
      <ChartFigure points={points} geometry={geometry} series={series} fmt={fmt} dateFormat={dateFormat} />
    </>
  );
}

interface FigureProps {
  points: readonly HistoryPoint[];
  geometry: ChartGeometry;
  series: readonly ExchangeSeries[];
  fmt: Formatters;
  dateFormat: Intl.DateTimeFormat;
}

function ChartFigure({ points, geometry, series, fmt, dateFormat }: FigureProps) {
  const { first, last, min, max, valueTicks, timeTicks } = geometry;
  const cursor = useChartCursor(points, first, last);
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- language: the marks' labels are words
  const marks = useMemo(() => chartMarks(points), [points, language]);
  const range = rangeWords(points, fmt, dateFormat);
  const summary = t('history.summary', {
    from: dateFormat.format(first.t),
    to: dateFormat.format(last.t),
    start: fmt.money(first.totalUsd),
    now: fmt.money(last.totalUsd),
    low: fmt.money(min),
    high: fmt.money(max),
    change: range.sentence,
  });
  const active = (cursor.index === null ? null : points[cursor.index]) ?? null;
  const anchor = (cursor.anchor === null ? null : points[cursor.anchor]) ?? null;

  return (
    <figure className="chart">
      <figcaption className="chart-readout" aria-live="polite">
        <HistoryReadout points={points} index={cursor.index} anchor={cursor.anchor} marks={marks} series={series} range={range} min={min} max={max} fmt={fmt} date={dateFormat} />
      </figcaption>
      <div
        className="chart-surface"
        tabIndex={0}
        role="group"
        aria-label={t('history.surfaceLabel')}
        onKeyDown={cursor.onKeyDown}
        onMouseMove={cursor.onMouseMove}
        onMouseDown={cursor.onMouseDown}
        onMouseLeave={cursor.onMouseLeave}
      >
        <ChartPlot geometry={geometry} marks={marks} active={active} anchor={anchor} summary={summary} plotRef={cursor.plotRef} />
        <ValueAxis ticks={valueTicks} labels={valueLabels(valueTicks, fmt)} />
        <TimeAxis ticks={timeTicks} />
      </div>
      <div className="chart-footer">
        {series.length > 0 && <SeriesLegend series={series} />}
        {anchor && (
          <button type="button" className="link-button" onClick={cursor.clearAnchor}>
            {t('history.clearComparison')}
          </button>
        )}
      </div>
      <HistoryTable points={points} marks={marks} series={series} fmt={fmt} date={dateFormat} />
    </figure>
  );
}

/** Which line is which: the total, then each exchange in its colour. */
function SeriesLegend({ series }: { series: readonly ExchangeSeries[] }) {
  return (
    <ul className="chart-legend" aria-label={t('history.legend.label')}>
      <li>
        <span className="legend-swatch total" aria-hidden="true" />
        {t('history.legend.total')}
      </li>
      {series.map((s, i) => (
        <li key={s.connectionId}>
          <span className={`legend-swatch ${seriesClass(i)}`} aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
