// The words about an exchange connection's keys: their age, the rotation
// reminder, the guidance for making them, and a key that stopped working.

import { ageText } from './i18n';
import { readOnlyGuidance } from './key-guidance';

/** The mark on a connection (and the tab) whose keys are older than the rotation setting. */
export const ROTATION_DUE = 'Keys due for replacing';

/** "Keys added 92 d ago · last worked 5 min ago": the key card's first line. */
export function keyAgeText(setAt: number, lastSuccessAt: number | null, now: number): string {
  return `Keys set ${ageText(setAt, now)} · last worked ${ageText(lastSuccessAt, now)}`;
}

/** What matters when making keys for this exchange: read-only first, then the two rules every exchange shares. */
export function keyGuidance(exchangeId: string): string[] {
  return [
    readOnlyGuidance(exchangeId),
    'Never allow withdrawals or trading: Tallybar needs neither.',
    'Leave the IP allow-list empty: CoinStats calls the exchange from its own servers, so a list will likely break the connection.',
  ];
}

/** Keys the exchange now refuses after months of working: most likely revoked or expired, not mistyped. */
export function workedUntilText(lastSuccessAt: number, now: number): string {
  return `Worked until ${ageText(lastSuccessAt, now)} — was the key revoked or expired? Make a new read-only key and replace it.`;
}

/** The rotation reminder's notification. */
export function rotationReminderText(connectionName: string, days: number): { title: string; body: string } {
  return {
    title: `${connectionName}: time for new keys`,
    body: `${connectionName}'s API keys are more than ${days} days old. Make a new read-only key on the exchange and replace them in Exchanges.`,
  };
}

/** The accessible text of the Exchanges tab's badge. */
export function rotationDueCountText(count: number): string {
  return count === 1 ? '1 connection has keys due for replacing' : `${count} connections have keys due for replacing`;
}
