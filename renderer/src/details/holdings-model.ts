// Pure row logic for the Holdings table: sort, filter and flatten (coin rows
// plus the per-exchange split of expanded ones). Kept out of React so the
// 10,000-row cases are cheap to reason about and to test.
import type { CoinSplit, DustLine, HoldingRow } from '../../../common/types';

export const SORT_KEYS = ['name', 'amount', 'price', 'value', 'share', 'change'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

/** Numbers read best largest-first; names A→Z. */
export function defaultDir(key: SortKey): SortDir {
  return key === 'name' ? 'asc' : 'desc';
}

export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, dir: defaultDir(key) };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function numeric(row: HoldingRow, key: Exclude<SortKey, 'name'>): number {
  switch (key) {
    case 'amount':
      return row.amount;
    case 'price':
      return row.priceUsd;
    case 'value':
      return row.valueUsd;
    case 'share':
      return row.share;
    case 'change':
      return row.change24h ?? Number.NEGATIVE_INFINITY;
  }
}

/** A sorted copy; ties fall back to the symbol so the order is stable and predictable. */
export function sortRows(rows: readonly HoldingRow[], sort: Sort): HoldingRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const out = rows.slice();
  if (sort.key === 'name') {
    out.sort((a, b) => sign * (collator.compare(a.name, b.name) || collator.compare(a.symbol, b.symbol)));
  } else {
    const key = sort.key;
    out.sort((a, b) => {
      const d = numeric(a, key) - numeric(b, key);
      return d !== 0 && !Number.isNaN(d) ? sign * Math.sign(d) : collator.compare(a.symbol, b.symbol);
    });
  }
  return out;
}

// Lower-cased "symbol\nname\nid" per row, made once per pushed row object:
// lower-casing 30,000 strings on every key press cost more than the rest of
// the filter's render (issue 4 §4 allows 16 ms for it). Rows are replaced,
// never mutated, by each snapshot, so a WeakMap cannot go stale.
const haystacks = new WeakMap<HoldingRow, string>();

function haystack(row: HoldingRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = `${row.symbol}\n${row.name}\n${row.coinId}`.toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

/** Builds the search text of `rows` ahead of the first key press (call when idle). */
export function prepareFilter(rows: readonly HoldingRow[]): void {
  for (const row of rows) haystack(row);
}

/** Case-insensitive match on symbol, name or coin id. */
export function filterRows(rows: readonly HoldingRow[], query: string): readonly HoldingRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return rows;
  // A query with a newline would match across fields; no field holds one.
  if (q.includes('\n')) return [];
  return rows.filter((r) => haystack(r).includes(q));
}

export type HoldingsItem =
  | { kind: 'coin'; key: string; row: HoldingRow; level: 1 | 2 }
  | { kind: 'split'; key: string; row: HoldingRow; split: CoinSplit; parentKey: string; level: 2 | 3 }
  | { kind: 'dust'; key: string; dust: DustLine };

/** Key of the folded dust line; its coins are keyed under it so they never clash with a listed coin. */
export const DUST_KEY = '#dust';
export const dustCoinKey = (coinId: string): string => `${DUST_KEY}/${coinId}`;

function pushCoin(items: HoldingsItem[], row: HoldingRow, key: string, level: 1 | 2, expanded: ReadonlySet<string>): void {
  items.push({ kind: 'coin', key, row, level });
  if (!expanded.has(key)) return;
  for (const split of row.split) {
    items.push({ kind: 'split', key: `${key}/${split.connectionId}`, row, split, parentKey: key, level: level === 1 ? 2 : 3 });
  }
}

/**
 * The rows the virtual list draws: coins, the split under each expanded coin,
 * then the dust line, and its coins (in `dustRows` order) when it is expanded.
 */
export function flattenRows(
  rows: readonly HoldingRow[],
  expanded: ReadonlySet<string>,
  dust: DustLine | null,
  dustRows: readonly HoldingRow[] = dust?.rows ?? [],
): HoldingsItem[] {
  const items: HoldingsItem[] = [];
  for (const row of rows) pushCoin(items, row, row.coinId, 1, expanded);
  if (dust && dust.count > 0) {
    items.push({ kind: 'dust', key: DUST_KEY, dust });
    if (expanded.has(DUST_KEY)) for (const row of dustRows) pushCoin(items, row, dustCoinKey(row.coinId), 2, expanded);
  }
  return items;
}
