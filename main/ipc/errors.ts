// Turns anything a handler threw into the plain `{ code, message }` that may
// cross IPC. Our own error classes (CoinStatsError, VaultError, …) know how to
// describe themselves to the user through `toPlain()`; everything else is an
// unknown error whose message could carry a secret (ky's HTTPError holds the
// request headers, a TypeError may quote a decrypted value), so only a generic
// sentence crosses.
import { API_ERROR_CODES, APP_ERROR_CODES, type ErrorCode, type PlainError } from '../core/types';

export const INTERNAL_ERROR: PlainError = Object.freeze({
  code: 'internal',
  message: 'Something went wrong inside Tallybar.',
}) as PlainError;

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...API_ERROR_CODES, ...APP_ERROR_CODES]);

interface SelfDescribing {
  toPlain(): unknown;
}

function isSelfDescribing(value: unknown): value is SelfDescribing {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toPlain?: unknown }).toPlain === 'function'
  );
}

/**
 * Re-builds a PlainError field by field so nothing extra (a `cause`, the
 * request, a stack) rides along, and rejects one whose code we do not know.
 */
function copyPlain(value: unknown): PlainError | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, message, action, requestId } = value as Record<string, unknown>;
  if (typeof code !== 'string' || !KNOWN_CODES.has(code)) return null;
  if (typeof message !== 'string' || message.length === 0) return null;
  const plain: PlainError = { code: code as ErrorCode, message };
  if (typeof action === 'string') plain.action = action;
  if (typeof requestId === 'string') plain.requestId = requestId;
  return plain;
}

export function toPlainError(error: unknown): PlainError {
  if (!isSelfDescribing(error)) return { ...INTERNAL_ERROR };
  try {
    return copyPlain(error.toPlain()) ?? { ...INTERNAL_ERROR };
  } catch {
    // A broken toPlain() must not turn into an exception that escapes the gate.
    return { ...INTERNAL_ERROR };
  }
}
