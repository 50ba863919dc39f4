// Base of the errors our services throw on purpose. The message is written for
// the user and never contains a secret, so toPlain() may cross IPC as is.
import type { ErrorCode, PlainError } from '../core/types';

export class ServiceError extends Error {
  override name = 'ServiceError';
  readonly code: ErrorCode;
  readonly action: string | undefined;

  constructor(code: ErrorCode, message: string, action?: string) {
    super(message);
    this.code = code;
    this.action = action;
  }

  toPlain(): PlainError {
    return this.action === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, action: this.action };
  }
}
