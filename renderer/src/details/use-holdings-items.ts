// The lines the Holdings grid draws, derived from the portfolio, the sort,
// the filter and which lines are open; memoised step by step, since on
// 10,000 coins each step costs real time.
import { useEffect, useMemo } from 'react';
import type { HoldingRow, PortfolioSummary } from '../../../common/types';
import { filterRows, flattenRows, prepareFilter, sortRows, type HoldingsItem, type Sort } from './holdings-model';

const NO_ROWS: readonly HoldingRow[] = [];

export interface HoldingsItems {
  items: HoldingsItem[];
  /** A filter is typed: dust coins are searched too and listed as normal lines. */
  filtering: boolean;
  /** Coins matching the filter (all listed coins while none is typed). */
  shown: number;
  /** Coins above the dust threshold, and all coins with the dust ones. */
  listed: number;
  all: number;
}

export function useHoldingsItems(portfolio: PortfolioSummary | undefined, sort: Sort, query: string, expanded: ReadonlySet<string>): HoldingsItems {
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
  return { items, filtering, shown: filtered.length, listed: rows.length, all: rows.length + dustRows.length };
}
