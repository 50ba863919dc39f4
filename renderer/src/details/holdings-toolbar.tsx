// Above the Holdings grid: the filter box and its count, the dust threshold,
// and CSV export.
import type { RefObject } from 'react';
import { announce, run, useAppStore, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { NumberSetting } from '../shared/number-setting';

interface Props {
  filterRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (query: string) => void;
  /** The count beside the filter, e.g. "3 of 120 coins" while filtering. */
  countText: string;
}

export function HoldingsToolbar({ filterRef, query, onQuery, countText }: Props) {
  const dustThreshold = useAppStore((s) => s.snapshot?.settings.dustThresholdUsd ?? 0);
  const exportError = useError('exportCsv');
  const exporting = useAppStore((s) => 'exportCsv' in s.busy);

  const exportCsv = async (): Promise<void> => {
    const result = await run('exportCsv', 'exportCsv');
    if (result.ok && result.value.saved) announce(`Holdings exported${result.value.path ? ` to ${result.value.path}` : ''}.`);
  };

  return (
    <>
      <div className="toolbar">
        <div className="field inline">
          <label htmlFor="holdings-filter" className="visually-hidden">
            Filter coins
          </label>
          <input
            id="holdings-filter"
            ref={filterRef}
            type="search"
            placeholder="Filter by symbol or name"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => onQuery(event.target.value)}
          />
        </div>
        <span className="muted" aria-live="polite">
          {countText}
        </span>
        <span className="spacer" />
        <NumberSetting
          setting="dustThresholdUsd"
          label="Dust below (USD)"
          value={dustThreshold}
          onCommit={(value) => void run('dustThreshold', 'updateSettings', { dustThresholdUsd: value })}
        />
        <button type="button" onClick={() => void exportCsv()} disabled={exporting} aria-busy={exporting}>
          Export CSV
        </button>
      </div>
      <ErrorText error={exportError} />
    </>
  );
}
