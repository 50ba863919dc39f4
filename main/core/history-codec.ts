// How history points sit in history.json. Each connection's id and name are
// kept once, in a table under a short key ("0", "1", …), and a point holds
// only each key's value: a uuid and a name on every one of ~4,000 points
// would be most of the file. A key stays with its connection for good (the
// history keeps a daily point forever, so some point always refers to it),
// which lets compaction work on stored points as they are.
import type { HistoryConnection, HistoryPoint } from '../../common/types';
import type { Timed } from './history-compaction';

export interface StoredPoint extends Timed {
  /** USD value by key of the connection table, null when left out; absent on points from before connections were kept. */
  c?: Record<string, number | null>;
}

export interface StoredConnection {
  id: string;
  name: string;
}

/** Connections by short key. */
export type ConnectionTable = Record<string, StoredConnection>;

function freeKey(table: ConnectionTable): string {
  let n = 0;
  while (table[n.toString(36)]) n += 1;
  return n.toString(36);
}

/**
 * `points` in stored form, and the table they need: the one given, grown by
 * their new connections and with names renewed by the newest point (a rename
 * is not a new connection). `changed` says whether the table must be written.
 */
export function encodePoints(points: readonly HistoryPoint[], given: ConnectionTable): { points: StoredPoint[]; table: ConnectionTable; changed: boolean } {
  const table: ConnectionTable = { ...given };
  const keyOf = new Map(Object.entries(table).map(([key, entry]) => [entry.id, key]));
  let changed = false;
  const byTime = [...points].sort((a, b) => a.t - b.t);
  const stored = byTime.map(({ t, totalUsd, totalBtc, connections }): StoredPoint => {
    if (!connections) return { t, totalUsd, totalBtc };
    const c: Record<string, number | null> = {};
    for (const [id, { name, usd }] of Object.entries(connections)) {
      let key = keyOf.get(id);
      if (key === undefined) {
        key = freeKey(table);
        keyOf.set(id, key);
      }
      if (table[key]?.name !== name) {
        table[key] = { id, name };
        changed = true;
      }
      // JSON would write a non-finite value as null anyway; saying so here keeps "left out" the only meaning of null.
      c[key] = usd !== null && Number.isFinite(usd) ? usd : null;
    }
    return { t, totalUsd, totalBtc, c };
  });
  return { points: stored, table, changed };
}

/** A stored point as the app uses it. A key the table lacks leaves its set unknown: a guessed set could count money as gain. */
export function decodePoint({ t, totalUsd, totalBtc, c }: StoredPoint, table: ConnectionTable): HistoryPoint {
  if (!c) return { t, totalUsd, totalBtc };
  const connections: Record<string, HistoryConnection> = {};
  for (const [key, usd] of Object.entries(c)) {
    const entry = table[key];
    if (!entry) return { t, totalUsd, totalBtc };
    connections[entry.id] = { name: entry.name, usd };
  }
  return { t, totalUsd, totalBtc, connections };
}
