// The history point a snapshot makes: the total, and each connection's part
// in it read from the total itself (the values of its coins), so the parts add
// up to the total and a change can be taken over the connections at both ends
// (common/history-change.ts).
import type { AppSnapshot, ConnectionView, HistoryConnection, HistoryPoint } from '../../common/types';

/** Each connection's value within the portfolio total, from the per-exchange splits of its rows. */
function valuesInTotal(portfolio: AppSnapshot['portfolio']): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of [...portfolio.rows, ...portfolio.dust.rows]) {
    for (const split of row.split) values.set(split.connectionId, (values.get(split.connectionId) ?? 0) + split.valueUsd);
  }
  return values;
}

/**
 * A connection's value in the point: undefined while its first sync runs (it
 * is not part of the history yet, so that sync's arrival reads "added", not
 * "counted again"); null when it is left out of the total (by the user, or
 * because it failed), or a coin of it is
 * (its value then lacks that coin: comparing it would count the gap as a loss).
 */
function partOf(connection: ConnectionView, value: number | undefined): number | null | undefined {
  if (connection.lastSyncAt === null) return undefined;
  if (!connection.countInTotal) return null;
  if (connection.flagged.some((row) => !row.kept)) return null;
  if (value !== undefined) return value;
  // No coin of it in the total: an account synced empty holds 0; a failing one, or one without balances, is left out.
  return connection.state === 'error' || connection.totalUsd === null ? null : 0;
}

export function historyPointOf(snapshot: AppSnapshot, now: number): HistoryPoint {
  const { portfolio } = snapshot;
  const values = valuesInTotal(portfolio);
  const connections: Record<string, HistoryConnection> = {};
  for (const connection of snapshot.connections) {
    const usd = partOf(connection, values.get(connection.id));
    if (usd !== undefined) connections[connection.id] = { name: connection.name, usd };
  }
  return { t: now, totalUsd: portfolio.totalUsd, totalBtc: portfolio.totalBtc, connections };
}
