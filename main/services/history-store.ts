// History of portfolio totals, one point per refresh, in its own file so a
// corrupt history never costs the user their settings. Compacted on every
// write (full resolution 48 h, hourly to 90 days, daily beyond; see
// core/history-compaction), which keeps years of use far under 2 MB. Each
// point keeps its connections' values (core/history-codec says how), so a
// change can be taken over the same connections at both ends; a file from
// before that reads as it is, its points with their set of connections unknown.
import { decodePoint, encodePoints, type ConnectionTable, type StoredPoint } from '../core/history-codec';
import { compactHistory, queryHistory, type HistoryRange } from '../core/history-compaction';
import type { HistoryPoint } from '../../common/types';
import { openRecoverable, type OpenStore } from './local-store';
import type { StoreNotice } from './store-recovery';

type HistoryData = { points: StoredPoint[]; connections: ConnectionTable };

const SCHEMA = {
  points: {
    type: 'array',
    items: {
      type: 'object',
      required: ['t', 'totalUsd', 'totalBtc'],
      properties: {
        t: { type: 'number' },
        totalUsd: { type: 'number' },
        totalBtc: { type: 'number' },
        c: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
      },
    },
  },
  connections: {
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'string' }, name: { type: 'string' } },
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
      defaults: { points: [], connections: {} },
      // Compact JSON: this file is data, not something people edit, and
      // indentation would be a third of its size.
      serialize: (value) => JSON.stringify(value),
    },
    'history',
    now,
  );

  // A file written before connections were kept has no table.
  const table = (): ConnectionTable => store.get('connections') ?? {};

  // Two keys, two writes: the grown table goes first, so a crash in between
  // leaves a spare table entry, never a point whose connections cannot be read.
  function appendMany(points: HistoryPoint[]): void {
    const fresh = encodePoints(points, table());
    if (fresh.changed) store.set('connections', fresh.table);
    store.set('points', compactHistory([...store.get('points'), ...fresh.points], now()));
  }

  return {
    path: store.path,
    append: (point) => appendMany([point]),
    appendMany,
    query: (range) => {
      const connections = table();
      return queryHistory(store.get('points'), range, now()).map((point) => decodePoint(point, connections));
    },
    size: () => store.get('points').length,
    notices: () => (notice ? [notice] : []),
  };
}
