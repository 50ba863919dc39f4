// History: the total over 24 h / 7 d / 30 d / all, from local snapshots.
// Asks again when the range changes or a refresh lands a new point.
import { useEffect, useState } from 'react';
import type { HistoryPoint } from '../../../common/types';
import { call, toUiError, type UiError } from '../shared/api';
import { useAppStore, useFormatters } from '../shared/app-store';
import { HISTORY_RANGES, type HistoryRange } from '../../../common/contract';
import { t, type MessageId } from '../../../common/i18n';
import { ErrorText } from '../shared/error-text';
import { HistoryChart } from './history-chart';

const RANGE_LABELS: Record<HistoryRange, MessageId> = {
  '24h': 'history.range.24h',
  '7d': 'history.range.7d',
  '30d': 'history.range.30d',
  all: 'history.range.all',
};

export function HistoryTab() {
  const fmt = useFormatters();
  const syncedAt = useAppStore((s) => s.snapshot?.standing.syncedAt ?? null);
  const [range, setRange] = useState<HistoryRange>('7d');
  const [points, setPoints] = useState<HistoryPoint[] | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  useEffect(() => {
    let live = true;
    call('queryHistory', { range }).then(
      (answer) => {
        if (!live) return;
        setPoints(answer);
        setError(null);
      },
      (caught: unknown) => live && setError(toUiError(caught)),
    );
    return () => {
      live = false;
    };
  }, [range, syncedAt]);

  return (
    <div className="history">
      <div className="toolbar" role="group" aria-label={t('history.range.label')}>
        {HISTORY_RANGES.map((r) => (
          <button key={r} type="button" className="segment" aria-pressed={range === r} onClick={() => setRange(r)}>
            {t(RANGE_LABELS[r])}
          </button>
        ))}
      </div>
      <ErrorText error={error} />
      {points === null && !error ? <p className="muted" aria-busy="true">{t('history.loading')}</p> : points && <HistoryChart points={points} fmt={fmt} />}
    </div>
  );
}
