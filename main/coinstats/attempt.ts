// One attempt at a call: sent through the transport, charged to the ledger
// once, and turned into a validated value or a CoinStatsError that holds no
// secret. A 401 or 429 is explained by a free probe before it is returned
// (for a 429, one probe per storm: rate-limit-storm.ts).
import type { AnswerProblem } from '../../common/answer-words';
import { type AttemptCall, type Attempt, type Call, type CostEntry, CREDITS_CALL, type ApiPrefix } from './call';
import { type CallOutcome, type CostEndpoint, chargedCredits } from './costs';
import { isNoSuchRoute, readErrorBody, redact, redirectTarget, retryAfterMs } from './error-body';
import { type CallSite, invalidResponse, isRedirect, mapHttpError, redirected } from './error-map';
import { explain401 } from './probes';
import type { RateLimitStorm } from './rate-limit-storm';
import * as schemas from './schemas';
import type { Transport } from './transport';

export interface AttemptOptions {
  transport: Transport;
  /** Called once per HTTP attempt, failed ones included. */
  onCost: (entry: CostEntry) => void;
  /** The client's one storm state: every attempt's 429s and answers feed it. */
  storm: RateLimitStorm;
}

export function createAttempt({ transport, onCost, storm }: AttemptOptions): AttemptCall {
  function report(endpoint: CostEndpoint, outcome: CallOutcome, ok: boolean): void {
    onCost({ endpoint, credits: chargedCredits(endpoint, outcome), at: Date.now(), ok });
  }

  const attempt: AttemptCall = async (call, prefix, apiKey) => {
    const delivery = await transport(call, prefix, apiKey);
    if (!delivery.ok) {
      report(call.endpoint, delivery.outcome, false);
      return { ok: false, error: delivery.error };
    }
    const { response, text } = delivery;
    const site: CallSite = { request: `${call.method} ${prefix}${call.path}`, at: Date.now() };
    if (!response.ok) return refused(call, response, text, site, prefix, apiKey);
    // The probe answering says nothing about the storm: CoinStats may exempt the free call.
    if (call.endpoint !== 'credits') storm.calm();
    return answered(call, response.status, text, site);
  };

  async function refused<T>(call: Call<T>, response: Response, text: string, site: CallSite, prefix: ApiPrefix, apiKey: string): Promise<Attempt<T>> {
    const { endpoint } = call;
    const { status, headers } = response;
    report(endpoint, 'http_error', false);
    const secrets = [apiKey, ...(call.secrets ?? [])];
    if (isRedirect(status)) return { ok: false, error: redirected(status, redirectTarget(headers.get('location'), response.url, secrets), site) };
    const body = readErrorBody(redact(text, secrets), headers.get('content-type'));
    const error = mapHttpError(endpoint, status, body, site);
    if (isNoSuchRoute(status, body)) return { ok: false, error, noRoute: true };
    const probe = () => attempt(CREDITS_CALL, prefix, apiKey);
    if (status === 429) return { ok: false, error: await storm.explain(endpoint, error, body.message, retryAfterMs(headers.get('retry-after')), probe) };
    if (status === 401 && endpoint === 'balance') return { ok: false, error: await explain401(probe, error, body.message) };
    return { ok: false, error };
  }

  function answered<T>(call: Call<T>, status: number, text: string, site: CallSite): Attempt<T> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      report(call.endpoint, 'answered', false);
      const problem: AnswerProblem = /^\s*</.test(text) ? { id: 'html_page' } : { id: 'cut_off', bytes: text.length };
      return { ok: false, error: invalidResponse(status, problem, site) };
    }
    const parsed = schemas.parseWith(call.schema, data);
    report(call.endpoint, 'answered', parsed.ok);
    return parsed.ok ? parsed : { ok: false, error: invalidResponse(status, parsed.problem, site) };
  }

  return attempt;
}
