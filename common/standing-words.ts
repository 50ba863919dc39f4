// The sentences that say how much of the total is known, for the tray and the
// windows alike (main/core/standing.ts decides which apply). Worded when
// called, in the current language (the standing catalogue).

import { answerProblemText } from './answer-words';
import { namesText, t } from './i18n';
import type { FlaggedRow, Standing } from './types';

/** "Syncing Binance — the first sync can take a few minutes": a number not known yet, never a zero. */
export function firstSyncText(connections: readonly string[]): string {
  return t('standing.firstSync', { names: namesText(connections) });
}

/** Why the total is not the whole story. */
export function partialText({ failing, firstSync, leftOut }: Pick<Standing, 'failing' | 'firstSync' | 'leftOut'>): string {
  const parts = [
    ...(failing.length > 0 ? [t('standing.partial.failed', { names: namesText(failing) })] : []),
    ...(firstSync.length > 0 ? [t('standing.partial.firstSync', { names: namesText(firstSync) })] : []),
    ...(leftOut.length > 0 ? [t('standing.partial.leftOut', { names: namesText(leftOut) })] : []),
  ];
  const reasons = parts.length > 0 ? parts.join(t('standing.partial.separator')) : t('standing.partial.failing');
  return t('standing.partial', { reasons });
}

/** "2 exchanges not counted (Test account, Friend)": beside the total, so a smaller sum is never silent. */
export function notCountedText(names: readonly string[]): string {
  return t('standing.notCounted', { count: names.length, names: namesText(names) });
}

/**
 * What the freshness line says while the total has no sync in it: "Not synced
 * yet", unless every exchange was left out of the total on purpose.
 */
export function unsyncedText(standing: Pick<Standing, 'firstSync' | 'failing' | 'notCounted' | 'problem'>): string {
  const allLeftOut = standing.notCounted.length > 0 && standing.firstSync.length === 0 && standing.failing.length === 0 && standing.problem === null;
  return allLeftOut ? t('standing.noExchangeCounted') : t('standing.notSyncedYet');
}

/** The mark on a connection left out of the total. */
export function notInTotalText(): string {
  return t('standing.notInTotal');
}

/** "ethereum: CoinStats sent a bad row (price: expected a finite number ≥ 0, got null) — showing its last known value." */
export function flaggedText(row: FlaggedRow): string {
  const kept = row.kept ? 'yes' : 'no';
  const problem = answerProblemText(row.problem);
  return row.coinId === null
    ? t('standing.flaggedNoCoin', { problem, kept })
    : t('standing.flagged', { coin: row.coinId, problem, kept });
}
