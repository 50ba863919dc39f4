// The words about an exchange connection's keys: their age, the rotation
// reminder, the guidance for making them, and a key that stopped working.
// Each is worded when called, in the language of the moment.

import { ageText, t } from './i18n';
import { readOnlyGuidance } from './key-guidance';

/** The mark on a connection (and the tab) whose keys are older than the rotation setting. */
export function rotationDueText(): string {
  return t('keys.rotationDue');
}

/** "Keys added 92 d ago · last worked 5 min ago": the key card's first line. */
export function keyAgeText(setAt: number, lastSuccessAt: number | null, now: number): string {
  return t('keys.age', { set: ageText(setAt, now), worked: ageText(lastSuccessAt, now) });
}

/** What matters when making keys for this exchange: read-only first, then the two rules every exchange shares. */
export function keyGuidance(exchangeId: string): string[] {
  return [readOnlyGuidance(exchangeId), t('keys.guidance.noWithdrawals'), t('keys.guidance.noIpList')];
}

/** Keys the exchange now refuses after months of working: most likely revoked or expired, not mistyped. */
export function workedUntilText(lastSuccessAt: number, now: number): string {
  return t('keys.workedUntil', { age: ageText(lastSuccessAt, now) });
}

/** The rotation reminder's notification. */
export function rotationReminderText(connectionName: string, days: number): { title: string; body: string } {
  return {
    title: t('keys.reminder.title', { name: connectionName }),
    body: t('keys.reminder.body', { name: connectionName, days }),
  };
}

/** The accessible text of the Exchanges tab's badge. */
export function rotationDueCountText(count: number): string {
  return t('keys.rotationDueCount', { count });
}
