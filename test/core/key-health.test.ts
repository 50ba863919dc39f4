// The key health rules: when a rotation period is due (once per period, off
// at 0) and when a rejection reads "worked until" (only after a long success).
import { describe, expect, it } from 'vitest';
import { keyAgeText, keyGuidance, workedUntilText } from '../../common/key-words';
import type { PlainError } from '../../common/types';
import { DAY_MS, keyHealthOf, rotationDueSince, workedUntil } from '../../main/core/key-health';

const SET = Date.UTC(2026, 0, 1);
const rejected: PlainError = { code: 'exchange_rejected', message: 'Binance rejected the API key.' };

describe('rotation due', () => {
  it('is not due before the period ends, due from its first instant, and names the period it is in', () => {
    expect(rotationDueSince(SET, 90, SET + 90 * DAY_MS - 1)).toBeNull();
    expect(rotationDueSince(SET, 90, SET + 90 * DAY_MS)).toBe(SET + 90 * DAY_MS);
    expect(rotationDueSince(SET, 90, SET + 179 * DAY_MS)).toBe(SET + 90 * DAY_MS);
    expect(rotationDueSince(SET, 90, SET + 180 * DAY_MS)).toBe(SET + 180 * DAY_MS);
  });

  it('is never due when the reminder is off (0 days)', () => {
    expect(rotationDueSince(SET, 0, SET + 10_000 * DAY_MS)).toBeNull();
  });
});

describe('worked until', () => {
  it('is the last success when the exchange rejects keys that worked for a week or more', () => {
    expect(workedUntil({ setAt: SET, lastSyncAt: SET + 30 * DAY_MS, lastError: rejected })).toBe(SET + 30 * DAY_MS);
    expect(workedUntil({ setAt: SET, lastSyncAt: SET + 7 * DAY_MS, lastError: rejected })).toBe(SET + 7 * DAY_MS);
  });

  it('is null for keys that never worked long, never worked, or an error that is not the exchange refusing them', () => {
    expect(workedUntil({ setAt: SET, lastSyncAt: SET + 6 * DAY_MS, lastError: rejected })).toBeNull();
    expect(workedUntil({ setAt: SET, lastSyncAt: null, lastError: rejected })).toBeNull();
    expect(workedUntil({ setAt: SET, lastSyncAt: SET + 30 * DAY_MS, lastError: { code: 'network', message: 'offline' } satisfies PlainError })).toBeNull();
    expect(workedUntil({ setAt: SET, lastSyncAt: SET + 30 * DAY_MS, lastError: null })).toBeNull();
  });

  it('feeds the snapshot with the rotation flag', () => {
    const meta = { keysSetAt: SET, lastSyncAt: SET + 100 * DAY_MS };
    expect(keyHealthOf(meta, null, 90, SET + 100 * DAY_MS)).toEqual({ setAt: SET, rotationDue: true, workedUntil: null });
    expect(keyHealthOf(meta, rejected, 0, SET + 103 * DAY_MS)).toEqual({ setAt: SET, rotationDue: false, workedUntil: SET + 100 * DAY_MS });
  });
});

describe('key words', () => {
  it('say the age, the last success and the question a revoked key raises', () => {
    expect(keyAgeText(SET, SET + 99 * DAY_MS, SET + 100 * DAY_MS)).toBe('Keys set 100 days ago · last worked 1 day ago');
    expect(keyAgeText(SET, null, SET + 5 * 60_000)).toBe('Keys set 5 min. ago · last worked never');
    expect(workedUntilText(SET, SET + 3 * DAY_MS)).toMatch(/^Worked until 3 days ago — was the key revoked or expired\?/);
  });

  it('give the exchange its own read-only step, a general one for an exchange not in the table, and always the shared rules', () => {
    expect(keyGuidance('binance')[0]).toBe('Tick "Enable Reading" only.');
    expect(keyGuidance('somewhere-new')[0]).toBe('Make the key read-only: Tallybar only reads balances.');
    // An id that is a property of every object is still an unknown exchange.
    expect(keyGuidance('constructor')[0]).toBe('Make the key read-only: Tallybar only reads balances.');
    for (const id of ['kraken', 'somewhere-new']) {
      expect(keyGuidance(id).join(' ')).toMatch(/withdrawals/);
      expect(keyGuidance(id).join(' ')).toMatch(/IP allow-list.*will likely break/);
    }
  });
});
