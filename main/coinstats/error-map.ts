// Turns an HTTP failure into a CoinStatsError: a stable code and the facts
// (status, CoinStats' own words, request id). The words are error-words.ts'.
import type { CostEndpoint } from './costs';
import { type ErrorBody, isCoinStatsKeyMessage } from './error-body';
import { CoinStatsError } from './errors';

/** Maps a non-2xx answer. A 429 maps to rate_limited here; the client disambiguates it. */
export function mapHttpError(endpoint: CostEndpoint, status: number, body: ErrorBody): CoinStatsError {
  const base = { status, requestId: body.requestId, serverMessage: body.message };
  if (body.htmlTitle) {
    return new CoinStatsError({ ...base, code: status >= 500 ? 'unavailable' : 'invalid_response', htmlTitle: body.htmlTitle });
  }
  switch (status) {
    case 400:
      return new CoinStatsError({ ...base, code: 'bad_request' });
    case 401:
      // Only a balance call passes an exchange's own verdict through; on any
      // other call a 401 can only be about the CoinStats key.
      // The client confirms a balance call's verdict with a credits probe.
      return endpoint === 'balance' && !isCoinStatsKeyMessage(body.message) ? exchangeRejected(base, body.message) : keyInvalid(base, body.message);
    case 402:
    case 403:
    case 406:
      return new CoinStatsError({ ...base, code: 'plan_forbidden' });
    case 404:
      return new CoinStatsError({ ...base, code: 'not_found' });
    case 409:
      return new CoinStatsError({ ...base, code: 'not_synced' });
    case 429:
      return rateLimited(base, body.message);
    default:
      return new CoinStatsError({ ...base, code: status >= 500 ? 'unavailable' : 'bad_request' });
  }
}

type Base = { status: number; requestId: string | null };

export function keyInvalid(base: Base, message: string | null): CoinStatsError {
  return new CoinStatsError({ ...base, code: 'coinstats_key_invalid', serverMessage: message });
}

/** Exchanges word this themselves ("Binance rejected the API key: …"): their words are kept as a fact. */
export function exchangeRejected(base: Base, message: string | null): CoinStatsError {
  return new CoinStatsError({ ...base, code: 'exchange_rejected', serverMessage: message });
}

export function rateLimited(base: Base, message: string | null): CoinStatsError {
  return new CoinStatsError({ ...base, code: 'rate_limited', serverMessage: message });
}

export function outOfCredits(base: Base, usage: { totalCredits: number; usedCredits: number } | null): CoinStatsError {
  return new CoinStatsError({ ...base, code: 'out_of_credits', usage });
}

export function invalidResponse(status: number, problem: string): CoinStatsError {
  return new CoinStatsError({ status, code: 'invalid_response', answerProblem: problem });
}
