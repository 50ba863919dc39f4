// The one base of every error Tallybar throws on purpose, in every process,
// and its guard (as ky's KyError / isKyError). An error carries a code and
// facts; its words come from error-words.ts, so `message` and `toPlain()`
// never hold a secret, a stack or a cause and may cross IPC as they are.
import type { ErrorCode } from './error-codes';
import { storedFacts, type ErrorFacts } from './error-facts';
import { describeError, type ErrorDescription } from './error-words';
import type { PlainError } from './types';

export class TallybarError extends Error {
  override name = 'TallybarError';
  readonly code: ErrorCode;
  readonly facts: ErrorFacts;
  readonly action: string | undefined;
  /** CoinStats' request id, kept for support. */
  readonly requestId: string | null;
  /** Whether `facts` alone word this error again (in another language): false for words given by a caller. */
  readonly rewordable: boolean;

  /**
   * `words` is for an error that arrived already worded by this table in
   * another process (a window re-throwing what main answered).
   */
  constructor(code: ErrorCode, facts: ErrorFacts & { requestId?: string | null } = {}, words?: ErrorDescription & { facts?: ErrorFacts }) {
    const { message, action } = words ?? describeError(code, facts);
    super(message);
    this.code = code;
    this.facts = facts;
    this.action = action;
    this.requestId = facts.requestId ?? null;
    // Words that came with the facts they were made from (a PlainError re-thrown) can be made again from them.
    this.rewordable = words === undefined || words.facts !== undefined;
  }

  /** An error main already worded, re-thrown (by a handler, or by a window that received it). */
  static fromPlain<T extends TallybarError>(
    this: new (code: ErrorCode, facts: ErrorFacts & { requestId?: string | null }, words: ErrorDescription & { facts?: ErrorFacts }) => T,
    plain: PlainError,
  ): T {
    return new this(plain.code, { ...plain.facts, requestId: plain.requestId ?? null }, plain);
  }

  toPlain(): PlainError {
    return {
      code: this.code,
      message: this.message,
      ...(this.action ? { action: this.action } : {}),
      ...(this.requestId ? { requestId: this.requestId } : {}),
    };
  }

  /**
   * toPlain() with the facts its words were made from, for an error that is
   * kept (the store, runtime state): rewordError words it again in the
   * language of the day. Only for errors whose facts hold no one's words
   * but ours (connectionError keeps only those).
   */
  toStored(): PlainError {
    const { requestId: _requestId, ...facts } = this.facts as ErrorFacts & { requestId?: string | null };
    return { ...this.toPlain(), ...(this.rewordable ? { facts } : {}) };
  }

  /** Same as toPlain(), so `JSON.stringify(error)` never drags a stack or a cause along. */
  toJSON(): PlainError {
    return this.toPlain();
  }
}

export function isTallybarError(error: unknown): error is TallybarError {
  return error instanceof TallybarError;
}

/**
 * A stored or held error in the current language, without its facts (what a
 * window is shown). One stored without facts (by an older version, or worded
 * by its caller) keeps the words it was stored with; so does one whose facts
 * from disk no longer make a sentence.
 */
export function rewordError(plain: PlainError): PlainError {
  const { facts: kept, ...stored } = plain;
  const facts = kept === undefined ? null : storedFacts(kept);
  if (facts === null) return stored;
  try {
    // The request id travels beside the facts (toStored): the support advice names it.
    const { message, action } = describeError(plain.code, { ...facts, requestId: plain.requestId ?? null });
    return {
      code: plain.code,
      message,
      ...(action ? { action } : {}),
      ...(plain.requestId ? { requestId: plain.requestId } : {}),
    };
  } catch {
    return stored;
  }
}
