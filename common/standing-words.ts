// The sentences that say how much of the total is known, for the tray and the
// windows alike (main/core/standing.ts decides which apply).

import type { FlaggedRow, Standing } from './types';

const names = (list: readonly string[]): string => list.join(', ');

/** "Syncing Binance — the first sync can take a few minutes": a number not known yet, never a zero. */
export function firstSyncText(connections: readonly string[]): string {
  return `Syncing ${names(connections)} — the first sync can take a few minutes`;
}

/** Why the total is not the whole story. */
export function partialText({ failing, firstSync, leftOut }: Pick<Standing, 'failing' | 'firstSync' | 'leftOut'>): string {
  const parts = [
    ...(failing.length > 0 ? [`${names(failing)} failed`] : []),
    ...(firstSync.length > 0 ? [`${names(firstSync)} not synced yet`] : []),
    ...(leftOut.length > 0 ? [`a coin of ${names(leftOut)} left out`] : []),
  ];
  return `Partial: ${parts.length > 0 ? parts.join('; ') : 'a connection is failing'}`;
}

/** "2 exchanges not counted (Test account, Friend)": beside the total, so a smaller sum is never silent. */
export function notCountedText(names: readonly string[]): string {
  return `${names.length === 1 ? '1 exchange' : `${names.length} exchanges`} not counted (${names.join(', ')})`;
}

/**
 * What the freshness line says while the total has no sync in it: "Not synced
 * yet", unless every exchange was left out of the total on purpose.
 */
export function unsyncedText(standing: Pick<Standing, 'firstSync' | 'failing' | 'notCounted' | 'problem'>): string {
  const allLeftOut = standing.notCounted.length > 0 && standing.firstSync.length === 0 && standing.failing.length === 0 && standing.problem === null;
  return allLeftOut ? 'No exchange counted' : 'Not synced yet';
}

/** The mark on a connection left out of the total. */
export const NOT_IN_TOTAL = 'Not in total';

/** "ethereum: CoinStats sent a bad row (price: expected a finite number ≥ 0, got null) — showing its last known value." */
export function flaggedText(row: FlaggedRow): string {
  const coin = row.coinId ?? 'A coin';
  return `${coin}: CoinStats sent a bad row (${row.problem}) — ${row.kept ? 'showing its last known value' : 'left out of the total'}.`;
}
