// History of portfolio totals, one point per refresh, in its own file so a
// corrupt history never costs the user their settings. Compacted on every
// write (full resolution 48 h, hourly to 90 days, daily beyond; see
// core/history-compaction), which keeps years of use far under 2 MB.
import { compactHistory, queryHistory, type HistoryRange } from '../core/history-compaction';
import type { HistoryPoint } from '../../common/types';
import { openRecoverable, type OpenStore } from './local-store';
import type { StoreNotice } from './store-recovery';

type HistoryData = { points: HistoryPoint[] };

const SCHEMA = {
  points: {
    type: 'array',
    items: {
      type: 'object',
      required: ['t', 'totalUsd', 'totalBtc'],
      properties: { t: { type: 'number' }, totalUsd: { type: 'number' }, totalBtc: { type: 'number' } },
    },
  },
} as const;

export interface HistoryStoreOptions {
  openStore: OpenStore;
  dir: string;
  now?: () => number;
  name?: string;
}

export interface HistoryStore {
  append(point: HistoryPoint): void;
  /** Many points in one write (imports, benchmarks, tests of long use). */
  appendMany(points: HistoryPoint[]): void;
  query(range: HistoryRange): HistoryPoint[];
  /** Number of stored points (for diagnostics and tests). */
  size(): number;
  readonly path: string;
  notices(): StoreNotice[];
}

export function createHistoryStore(options: HistoryStoreOptions): HistoryStore {
  const now = options.now ?? Date.now;
  const { store, notice } = openRecoverable<HistoryData>(
    options.openStore,
    {
      name: options.name ?? 'history',
      cwd: options.dir,
      schema: SCHEMA,
      defaults: { points: [] },
      // Compact JSON: this file is data, not something people edit, and
      // indentation would be a third of its size.
      serialize: (value) => JSON.stringify(value),
    },
    'history',
    now,
  );

  function appendMany(points: HistoryPoint[]): void {
    const fresh = points.map(({ t, totalUsd, totalBtc }) => ({ t, totalUsd, totalBtc }));
    store.set('points', compactHistory([...store.get('points'), ...fresh], now()));
  }

  return {
    path: store.path,
    append: (point) => appendMany([point]),
    appendMany,
    query: (range) => queryHistory(store.get('points'), range, now()),
    size: () => store.get('points').length,
    notices: () => (notice ? [notice] : []),
  };
}
