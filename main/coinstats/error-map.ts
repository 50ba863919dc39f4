// Turns an HTTP failure into a CoinStatsError with a stable code, a message a
// user can act on, and a suggested next step.
import type { CostEndpoint } from './costs';
import { type ErrorBody, isCoinStatsKeyMessage } from './error-body';
import { CoinStatsError } from './errors';

export const ACTIONS = {
  checkKey: 'Check the CoinStats API key in Settings, or create a new one at https://openapi.coinstats.app.',
  exchangeKey:
    'Check the key and secret on the exchange and enter them again. Use a read-only key. ' +
    'If the key is restricted to IP addresses it will likely be rejected: CoinStats publishes no IP addresses to allow, so remove the IP restriction.',
  exchangeFields: 'Check that every field of the exchange form matches what the exchange shows (key, secret, passphrase).',
  plan: 'Your CoinStats plan does not include this; upgrade the plan at https://openapi.coinstats.app.',
  waitSync: 'CoinStats is still syncing this exchange; Tallybar will check again later.',
  slowDown: 'Nothing to fix: Tallybar slows down and tries again shortly.',
  credits: 'Wait for the monthly reset or upgrade your CoinStats plan; Tallybar pauses refreshing until then.',
  later: 'CoinStats or the exchange is having trouble; Tallybar keeps the last-known balances and tries again later.',
  network: 'Check the internet connection; Tallybar tries again on its own.',
  report: 'This looks like a change on CoinStats\u2019 side; Tallybar keeps the last-known balances. Report it if it persists.',
} as const;

const suffix = (body: ErrorBody): string => (body.message ? `: ${body.message}` : '.');

/** Maps a non-2xx answer. A 429 maps to rate_limited here; the client disambiguates it. */
export function mapHttpError(endpoint: CostEndpoint, status: number, body: ErrorBody): CoinStatsError {
  const base = { status, requestId: body.requestId };
  if (body.htmlTitle) {
    return new CoinStatsError({
      ...base,
      code: status >= 500 ? 'unavailable' : 'invalid_response',
      message: `CoinStats answered with an HTML page ("${body.htmlTitle}", HTTP ${status}) instead of JSON: the service or a proxy in front of it is failing.`,
      action: ACTIONS.later,
    });
  }
  const isBalance = endpoint === 'balance';
  switch (status) {
    case 400:
      return new CoinStatsError({
        ...base,
        code: 'bad_request',
        message: isBalance ? `The exchange connection was refused${suffix(body)}` : `CoinStats refused the request${suffix(body)}`,
        ...(isBalance ? { action: ACTIONS.exchangeFields } : {}),
      });
    case 401:
      // Only a balance call passes an exchange's own verdict through; on any
      // other call a 401 can only be about the CoinStats key.
      // The client confirms a balance call's verdict with a credits probe.
      return isBalance && !isCoinStatsKeyMessage(body.message) ? exchangeRejected(base, body.message) : keyInvalid(base, body.message);
    case 402:
    case 403:
    case 406:
      return new CoinStatsError({ ...base, code: 'plan_forbidden', message: `Not allowed by your CoinStats plan${suffix(body)}`, action: ACTIONS.plan });
    case 404:
      return new CoinStatsError({ ...base, code: 'not_found', message: `CoinStats could not find it${suffix(body)}` });
    case 409:
      return new CoinStatsError({ ...base, code: 'not_synced', message: `Not synced yet${suffix(body)}`, action: ACTIONS.waitSync });
    case 429:
      return rateLimited(base, body.message);
    default:
      if (status >= 500) {
        return new CoinStatsError({ ...base, code: 'unavailable', message: `CoinStats is unavailable (HTTP ${status})${suffix(body)}`, action: ACTIONS.later });
      }
      return new CoinStatsError({ ...base, code: 'bad_request', message: `CoinStats refused the request (HTTP ${status})${suffix(body)}` });
  }
}

type Base = { status: number; requestId: string | null };

export function keyInvalid(base: Base, message: string | null): CoinStatsError {
  return new CoinStatsError({ ...base, code: 'coinstats_key_invalid', message: `CoinStats rejected the API key${message ? `: ${message}` : '.'}`, action: ACTIONS.checkKey });
}

/** Exchanges word this themselves ("Binance rejected the API key: …"); keep their words. */
export function exchangeRejected(base: Base, message: string | null): CoinStatsError {
  const text = !message ? 'The exchange rejected its API key.' : /rejected/i.test(message) ? message : `The exchange rejected its API key: ${message}`;
  return new CoinStatsError({ ...base, code: 'exchange_rejected', message: text, action: ACTIONS.exchangeKey });
}

export function rateLimited(base: Base, message: string | null): CoinStatsError {
  return new CoinStatsError({
    ...base,
    code: 'rate_limited',
    message: `CoinStats is rate-limiting requests${message ? `: ${message}` : '.'}`,
    action: ACTIONS.slowDown,
  });
}

export function outOfCredits(base: Base, usage: { totalCredits: number; usedCredits: number } | null): CoinStatsError {
  const detail = usage ? ` (${usage.usedCredits} of ${usage.totalCredits} used)` : '';
  return new CoinStatsError({
    ...base,
    code: 'out_of_credits',
    message: `Your CoinStats plan has no credits left this month${detail}.`,
    action: ACTIONS.credits,
  });
}

export function invalidResponse(status: number, problem: string): CoinStatsError {
  return new CoinStatsError({ status, code: 'invalid_response', message: `CoinStats sent an unexpected answer: ${problem}`, action: ACTIONS.report });
}
