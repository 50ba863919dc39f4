// The sentences that say how much of the total is known, for the tray and the
// windows alike (main/core/standing.ts decides which apply).

const names = (list: readonly string[]): string => list.join(', ');

/** "Syncing Binance — the first sync can take a few minutes": a number not known yet, never a zero. */
export function firstSyncText(connections: readonly string[]): string {
  return `Syncing ${names(connections)} — the first sync can take a few minutes`;
}

/** Why the total is not the whole story. */
export function partialText(failing: readonly string[], firstSync: readonly string[]): string {
  const parts = [
    ...(failing.length > 0 ? [`${names(failing)} failed`] : []),
    ...(firstSync.length > 0 ? [`${names(firstSync)} not synced yet`] : []),
  ];
  return `Partial: ${parts.length > 0 ? parts.join('; ') : 'a connection is failing'}`;
}
