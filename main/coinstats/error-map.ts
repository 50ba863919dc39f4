// Turns an HTTP failure into a CoinStatsError: a stable code and the facts
// (status, CoinStats' own words, request id, which call and when). The words
// are error-words.ts'.
import type { AnswerProblem } from '../../common/answer-words';
import type { CostEndpoint } from './costs';
import { type ErrorBody, isCoinStatsKeyMessage } from './error-body';
import { CoinStatsError } from './errors';

/** Which call failed and when: what support needs when the answer carries no request id. */
export interface CallSite {
  /** Method and path, never the query: "POST /v1/exchange/balance". */
  request: string;
  at: number;
}

/** Maps a non-2xx, non-redirect answer. A 429 maps to rate_limited here; the client disambiguates it. */
export function mapHttpError(endpoint: CostEndpoint, status: number, body: ErrorBody, site?: CallSite): CoinStatsError {
  const base = { ...site, status, requestId: body.requestId, serverMessage: body.message };
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

export function invalidResponse(status: number, problem: AnswerProblem, site?: CallSite): CoinStatsError {
  return new CoinStatsError({ ...site, status, code: 'invalid_response', answerProblem: problem });
}

export const isRedirect = (status: number): boolean => status >= 300 && status < 400;

/** The API never redirects: a 3xx means a wrong base URL or something in between, so it is not followed. */
export function redirected(status: number, location: string | null, site: CallSite): CoinStatsError {
  return new CoinStatsError({ ...site, status, code: 'redirected', location });
}
