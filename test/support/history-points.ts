// History points for tests, shaped as the recorder makes them: the total is
// the sum of the connections counted in it, each named as in the app.
import type { HistoryConnection, HistoryPoint } from '../../common/types';

export const CONNECTION_NAMES: Record<string, string> = { 'c-binance': 'Binance', 'c-kucoin': 'KuCoin', 'c-kraken': 'Kraken' };

/** `parts`: USD value by connection id, null for one left out of the total. */
export function pointOf(t: number, parts: Record<string, number | null>): HistoryPoint {
  const connections: Record<string, HistoryConnection> = {};
  let totalUsd = 0;
  for (const [id, usd] of Object.entries(parts)) {
    connections[id] = { name: CONNECTION_NAMES[id] ?? id, usd };
    totalUsd += usd ?? 0;
  }
  return { t, totalUsd, totalBtc: totalUsd / 100_000, connections };
}

/** A point from before connections were recorded. */
export const legacyPoint = (t: number, totalUsd: number): HistoryPoint => ({ t, totalUsd, totalBtc: totalUsd / 100_000 });

/** `point` moved to time `t` with every figure (total and each connection) scaled by `factor`: a seeded past that counts. */
export function scaledPoint(point: HistoryPoint, t: number, factor: number): HistoryPoint {
  const connections = point.connections
    ? Object.fromEntries(Object.entries(point.connections).map(([id, c]) => [id, { ...c, usd: c.usd === null ? null : c.usd * factor }]))
    : undefined;
  return { t, totalUsd: point.totalUsd * factor, totalBtc: point.totalBtc * factor, ...(connections ? { connections } : {}) };
}
