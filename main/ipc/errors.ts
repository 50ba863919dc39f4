// Turns anything a handler threw into the plain `{ code, message }` that may
// cross IPC. Our own errors (every TallybarError) are worded from the one
// table and hold no secret; anything else is an unknown error whose message
// could carry one (ky's HTTPError holds the request headers, a TypeError may
// quote a decrypted value), so only a generic sentence crosses. An error worded
// from its facts alone takes them along, so the window that holds it can word
// it again when the language changes (what the facts may hold: error-facts.ts),
// except what a server wrote: that stays in the words main showed it in.
import { API_ERROR_CODES, APP_ERROR_CODES, type ErrorCode } from '../../common/error-codes';
import { storedFacts, type ErrorFacts } from '../../common/error-facts';
import { isTallybarError } from '../../common/tallybar-error';
import { t } from '../../common/i18n';
import type { PlainError } from '../../common/types';

/** The error a window is told about anything unexpected, in the current language. */
export function internalError(): PlainError {
  return { code: 'internal', message: t('errors.internal.message') };
}

/** Facts a server wrote (its message, a page's title): shown only as main worded them, never handed over to be worded again. */
const SERVER_WORDS = ['serverMessage', 'htmlTitle'] as const satisfies readonly (keyof ErrorFacts)[];

function withoutServerWords(facts: ErrorFacts): ErrorFacts {
  const own = { ...facts };
  for (const key of SERVER_WORDS) delete own[key];
  return own;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...API_ERROR_CODES, ...APP_ERROR_CODES]);

/**
 * Re-builds a PlainError field by field so nothing extra (a `cause`, the
 * request, a stack) rides along, and rejects one whose code we do not know.
 */
function copyPlain(value: unknown): PlainError | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, message, action, requestId, facts } = value as Record<string, unknown>;
  if (typeof code !== 'string' || !KNOWN_CODES.has(code)) return null;
  if (typeof message !== 'string' || message.length === 0) return null;
  const plain: PlainError = { code: code as ErrorCode, message };
  if (typeof action === 'string') plain.action = action;
  if (typeof requestId === 'string') plain.requestId = requestId;
  const known = facts === undefined ? null : storedFacts(facts);
  if (known) plain.facts = withoutServerWords(known);
  return plain;
}

/** What the renderer is told about an error a handler threw. */
export function errorForIpc(error: unknown): PlainError {
  if (!isTallybarError(error)) return internalError();
  try {
    return copyPlain(error.toStored()) ?? internalError();
  } catch {
    // A broken toPlain() override must not turn into an exception that escapes the gate.
    return internalError();
  }
}
