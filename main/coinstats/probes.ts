// A 401 or a 429 alone does not say what went wrong; the free credits call,
// which uses only the CoinStats key, does. Each explanation is handed that
// call as `probe`, made under the same prefix with the same key.
import type { z } from 'zod';
import type { Attempt } from './call';
import { CREDIT_COSTS, type CostEndpoint } from '../../common/credit-costs';
import { exchangeRejected, keyInvalid, outOfCredits, rateLimited } from './error-map';
import type { CoinStatsError } from './errors';
import type { creditUsageSchema } from './schemas';

export type CreditsProbe = () => Promise<Attempt<z.output<typeof creditUsageSchema>>>;

/**
 * A 401 on a balance call is our CoinStats key or the exchange refusing its
 * own key, passed through. Wording varies by exchange, so ask a free call
 * that uses only the CoinStats key: if that works, the exchange said no.
 */
export async function explain401(probe: CreditsProbe, error: CoinStatsError, message: string | null): Promise<CoinStatsError> {
  const base = { status: 401, requestId: error.requestId };
  const answer = await probe();
  if (answer.ok) return exchangeRejected(base, message);
  if (answer.error.code === 'coinstats_key_invalid') return keyInvalid(base, message);
  return error;
}

/** 429 means rate limit or no credits left; the free credits probe tells which. */
export async function explain429(
  probe: CreditsProbe,
  endpoint: CostEndpoint,
  error: CoinStatsError,
  message: string | null,
): Promise<CoinStatsError> {
  const base = { status: 429, requestId: error.requestId };
  const answer = await probe();
  // Fewer credits left than the call costs is as good as none: waiting will not help.
  if (answer.ok) return answer.value.remainingCredits < Math.max(1, CREDIT_COSTS[endpoint]) ? outOfCredits(base, answer.value) : rateLimited(base, message);
  // A refused free call is a rate limit; otherwise the message is all we have.
  if (answer.error.code === 'rate_limited') return rateLimited(base, message);
  return /credit/i.test(message ?? '') ? outOfCredits(base, null) : rateLimited(base, message);
}
