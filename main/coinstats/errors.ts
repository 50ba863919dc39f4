// The one error the CoinStats client throws. It holds only what is safe to
// show and keep — a code, the HTTP status, the request id and vetted facts —
// never the request, its headers (X-API-KEY) or its body (the exchange
// secrets), which ky's own errors carry.
import type { ApiErrorCode } from '../../common/error-codes';
import type { ErrorFacts } from '../../common/error-facts';
import { TallybarError } from '../../common/tallybar-error';

/** The API's codes, and `no_api_key` when there is no key to send. */
export type CoinStatsErrorCode = ApiErrorCode | 'no_api_key';

export interface CoinStatsErrorInit extends ErrorFacts {
  code: CoinStatsErrorCode;
}

export class CoinStatsError extends TallybarError {
  override name = 'CoinStatsError';
  declare readonly code: CoinStatsErrorCode;
  readonly status: number | null;

  constructor({ code, ...facts }: CoinStatsErrorInit) {
    super(code, facts);
    this.status = facts.status ?? null;
  }
}

export function isCoinStatsError(error: unknown): error is CoinStatsError {
  return error instanceof CoinStatsError;
}
