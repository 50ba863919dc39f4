// The one base of every error Tallybar throws on purpose, in every process,
// and its guard (as ky's KyError / isKyError). An error carries a code and
// facts; its words come from error-words.ts, so `message` and `toPlain()`
// never hold a secret, a stack or a cause and may cross IPC as they are.
import type { ErrorCode } from './error-codes';
import { describeError, type ErrorDescription, type ErrorFacts } from './error-words';
import type { PlainError } from './types';

export class TallybarError extends Error {
  override name = 'TallybarError';
  readonly code: ErrorCode;
  readonly facts: ErrorFacts;
  readonly action: string | undefined;
  /** CoinStats' request id, kept for support. */
  readonly requestId: string | null;

  /**
   * `words` is for an error that arrived already worded by this table in
   * another process (a window re-throwing what main answered).
   */
  constructor(code: ErrorCode, facts: ErrorFacts & { requestId?: string | null } = {}, words?: ErrorDescription) {
    const { message, action } = words ?? describeError(code, facts);
    super(message);
    this.code = code;
    this.facts = facts;
    this.action = action;
    this.requestId = facts.requestId ?? null;
  }

  /** An error main already worded, re-thrown (by a handler, or by a window that received it). */
  static fromPlain<T extends TallybarError>(
    this: new (code: ErrorCode, facts: ErrorFacts & { requestId?: string | null }, words: ErrorDescription) => T,
    plain: PlainError,
  ): T {
    return new this(plain.code, { requestId: plain.requestId ?? null }, plain);
  }

  toPlain(): PlainError {
    return {
      code: this.code,
      message: this.message,
      ...(this.action ? { action: this.action } : {}),
      ...(this.requestId ? { requestId: this.requestId } : {}),
    };
  }

  /** Same as toPlain(), so `JSON.stringify(error)` never drags a stack or a cause along. */
  toJSON(): PlainError {
    return this.toPlain();
  }
}

export function isTallybarError(error: unknown): error is TallybarError {
  return error instanceof TallybarError;
}
