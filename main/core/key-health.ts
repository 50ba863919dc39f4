// Rules about a connection's keys: when a rotation reminder is due, and when
// an exchange's rejection means keys that worked for a long while were
// revoked or expired (not mistyped). Pure: the time comes in as `now`.
import type { ErrorCode } from '../../common/error-codes';
import type { ConnectionMeta, KeyHealth, PlainError } from '../../common/types';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Keys that succeeded this long after they were set had proven themselves: a rejection now is news. */
export const LONG_SUCCESS_MS = 7 * DAY_MS;

/** The exchange itself refusing the keys (not CoinStats' key, not a network failure). */
const KEY_REJECTIONS: ReadonlySet<ErrorCode> = new Set(['exchange_rejected']);

/**
 * The instant the rotation period the keys are in began to be due: setAt plus
 * the largest whole number (≥ 1) of periods not after now. Null while not due,
 * or when reminders are off (0 days). Each period is reminded once, so keys
 * left in place are reminded again one period later.
 */
export function rotationDueSince(setAt: number, rotationDays: number, now: number): number | null {
  if (!(rotationDays > 0)) return null;
  const period = rotationDays * DAY_MS;
  const periods = Math.floor((now - setAt) / period);
  return periods >= 1 ? setAt + periods * period : null;
}

/** The last success of keys the exchange now refuses after a long run of working; null otherwise. */
export function workedUntil(keys: { setAt: number; lastSyncAt: number | null; lastError: PlainError | null }): number | null {
  const { setAt, lastSyncAt, lastError } = keys;
  if (!lastError || !KEY_REJECTIONS.has(lastError.code)) return null;
  if (lastSyncAt === null || lastSyncAt - setAt < LONG_SUCCESS_MS) return null;
  return lastSyncAt;
}

/** What the snapshot says about one connection's keys. */
export function keyHealthOf(
  meta: Pick<ConnectionMeta, 'keysSetAt' | 'lastSyncAt'>,
  lastError: PlainError | null,
  rotationDays: number,
  now: number,
): KeyHealth {
  return {
    setAt: meta.keysSetAt,
    rotationDue: rotationDueSince(meta.keysSetAt, rotationDays, now) !== null,
    workedUntil: workedUntil({ setAt: meta.keysSetAt, lastSyncAt: meta.lastSyncAt, lastError }),
  };
}
