// The one error the CoinStats client throws. It holds only what is safe to
// show and keep: never the request, its headers (X-API-KEY) or its body (the
// exchange secrets), which ky's own errors carry.
import type { ApiErrorCode, PlainError } from '../core/types';

export interface CoinStatsErrorInit {
  code: ApiErrorCode;
  message: string;
  status?: number | null;
  requestId?: string | null;
  /** A suggested next step for the user. */
  action?: string;
}

export class CoinStatsError extends Error {
  override name = 'CoinStatsError';
  readonly code: ApiErrorCode;
  readonly status: number | null;
  readonly requestId: string | null;
  readonly action: string | undefined;

  constructor(init: CoinStatsErrorInit) {
    super(init.message);
    this.code = init.code;
    this.status = init.status ?? null;
    this.requestId = init.requestId ?? null;
    this.action = init.action;
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
  toJSON(): PlainError & { status: number | null } {
    return { ...this.toPlain(), status: this.status };
  }
}

export function isCoinStatsError(error: unknown): error is CoinStatsError {
  return error instanceof CoinStatsError;
}
