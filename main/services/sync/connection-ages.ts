// How old what the user sees is: which connections are past the freshness
// target, and the oldest sync of all.
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

/** Oldest `lastSyncAt` over all connections: the age of what the user sees. */
export function oldestSyncAt(metas: readonly ConnectionMeta[]): number | null {
  let oldest: number | null = null;
  for (const meta of metas) {
    if (meta.lastSyncAt === null) continue;
    oldest = oldest === null ? meta.lastSyncAt : Math.min(oldest, meta.lastSyncAt);
  }
  return oldest;
}
