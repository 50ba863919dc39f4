// Which connections are past the freshness target (the age of the number on
// screen is main/core/standing.ts's syncedAtOf).
import type { ConnectionMeta } from '../../../common/types';
import { isStale } from '../../core/schedule';
import type { ConnectionSync } from './connection-sync';

/** Ids of connections whose data (or last attempt) is older than the freshness target. */
export function staleIds(
  metas: readonly ConnectionMeta[],
  connections: Pick<ConnectionSync, 'isBlocked' | 'lastTouchedAt'>,
  now: number,
  freshnessMinutes: number,
): string[] {
  return metas
    .filter((meta) => !connections.isBlocked(meta.id))
    .filter((meta) => isStale(connections.lastTouchedAt(meta), now, freshnessMinutes))
    .map((meta) => meta.id);
}
