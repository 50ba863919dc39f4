// Holdings: every coin across exchanges, sortable, filterable by typing,
// expandable per exchange, with the dust threshold and CSV export at hand.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { announce, run, useAppStore, useError, useFormatters } from '../shared/app-store';
import type { HoldingRow } from '../../../common/types';
import { ErrorText } from '../shared/error-text';
import { NumberSetting } from '../shared/number-setting';
import { filterRows, flattenRows, nextSort, prepareFilter, sortRows, type Sort, type SortKey } from './holdings-model';
import { HoldingsGrid } from './holdings-grid';
import { SETTING_RANGES } from '../../../common/settings';

const NO_ROWS: readonly HoldingRow[] = [];

export function HoldingsTab() {
  const fmt = useFormatters();
  const portfolio = useAppStore((s) => s.snapshot?.portfolio);
  const connections = useAppStore((s) => s.snapshot?.connections);
  const dustThreshold = useAppStore((s) => s.snapshot?.settings.dustThresholdUsd ?? 0);
  const exportError = useError('exportCsv');
  const exporting = useAppStore((s) => 'exportCsv' in s.busy);
  const [sort, setSort] = useState<Sort>({ key: 'value', dir: 'desc' });
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);

  const rows = portfolio?.rows ?? NO_ROWS;
  const dustRows = portfolio?.dust.rows ?? NO_ROWS;
  // One sort over listed and dust coins together (a sort of 10k rows is the
  // costly step), then split apart: the filter searches dust coins too and
  // shows a match as a normal row; otherwise they sit under the dust line.
  const { sortedAll, sorted, sortedDust } = useMemo(() => {
    if (dustRows.length === 0) return { sortedAll: sortRows(rows, sort), sorted: null, sortedDust: NO_ROWS };
    const isDust = new Set(dustRows);
    const all = sortRows([...rows, ...dustRows], sort);
    return { sortedAll: all, sorted: all.filter((r) => !isDust.has(r)), sortedDust: all.filter((r) => isDust.has(r)) };
  }, [rows, dustRows, sort]);
  const filtering = query.trim() !== '';
  // Filtered in the same render as the key press, not through useDeferredValue:
  // filtering 10k rows takes about a millisecond, while a deferred grid paints
  // a frame late on every key (issue 4 §4: filtered rows painted within 16 ms).
  const filtered = useMemo(
    () => (filtering ? filterRows(sortedAll, query) : (sorted ?? sortedAll)),
    [filtering, sortedAll, sorted, query],
  );
  const items = useMemo(
    () => flattenRows(filtered, expanded, filtering ? null : (portfolio?.dust ?? null), sortedDust),
    [filtered, expanded, filtering, portfolio?.dust, sortedDust],
  );
  // Each push brings new row objects; index them for the filter while the
  // window is idle so the first key press after a refresh is as quick as the rest.
  useEffect(() => {
    const all = dustRows.length > 0 ? [...rows, ...dustRows] : rows;
    if (all.length === 0) return;
    if (typeof requestIdleCallback !== 'function') return prepareFilter(all);
    const id = requestIdleCallback(() => prepareFilter(all));
    return () => cancelIdleCallback(id);
  }, [rows, dustRows]);
  const names = useMemo(() => new Map((connections ?? []).map((c) => [c.id, c.name])), [connections]);
  const connectionName = useCallback((id: string) => names.get(id) ?? 'Removed exchange', [names]);

  const onSort = useCallback((key: SortKey) => setSort((s) => nextSort(s, key)), []);
  const onToggle = useCallback((coinId: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(coinId)) next.add(coinId);
      return next;
    });
  }, []);
  const onTypeAhead = useCallback((text: string) => {
    setQuery((q) => q + text);
    filterRef.current?.focus();
  }, []);

  const exportCsv = async (): Promise<void> => {
    const result = await run('exportCsv', 'exportCsv');
    if (result.ok && result.value.saved) announce(`Holdings exported${result.value.path ? ` to ${result.value.path}` : ''}.`);
  };

  if (!portfolio) return null;
  const coinCount = filtered.length;
  return (
    <div className="holdings">
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
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <span className="muted" aria-live="polite">
          {filtering ? `${coinCount} of ${portfolio.rows.length + dustRows.length} coins` : `${portfolio.rows.length} coins`}
        </span>
        <span className="spacer" />
        <NumberSetting
          label="Dust below (USD)"
          value={dustThreshold}
          {...SETTING_RANGES.dustThresholdUsd}
          step={0.5}
          integer={false}
          onCommit={(value) => void run('dustThreshold', 'updateSettings', { dustThresholdUsd: value })}
        />
        <button type="button" onClick={() => void exportCsv()} disabled={exporting} aria-busy={exporting}>
          Export CSV
        </button>
      </div>
      <ErrorText error={exportError} />
      {items.length === 0 ? (
        <p className="muted empty">{filtering ? `No coin matches “${query.trim()}”.` : 'No holdings yet.'}</p>
      ) : (
        <HoldingsGrid
          items={items}
          sort={sort}
          onSort={onSort}
          selectedKey={selectedKey}
          onSelect={setSelectedKey}
          expanded={expanded}
          onToggle={onToggle}
          fmt={fmt}
          connectionName={connectionName}
          onTypeAhead={onTypeAhead}
        />
      )}
    </div>
  );
}
