// One attempt at a call: sent through the transport, charged to the ledger
// once, and turned into a validated value or a CoinStatsError that holds no
// secret. A 401 or 429 is explained by a free probe before it is returned.
import { type AttemptCall, type Attempt, type Call, type CostEntry, CREDITS_CALL, type ApiPrefix } from './call';
import { type CallOutcome, type CostEndpoint, chargedCredits } from './costs';
import { isNoSuchRoute, readErrorBody, redact } from './error-body';
import { invalidResponse, mapHttpError } from './error-map';
import { explain401, explain429 } from './probes';
import * as schemas from './schemas';
import type { Transport } from './transport';

export interface AttemptOptions {
  transport: Transport;
  /** Called once per HTTP attempt, failed ones included. */
  onCost: (entry: CostEntry) => void;
}

export function createAttempt({ transport, onCost }: AttemptOptions): AttemptCall {
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
    if (!response.ok) return refused(call, response, text, prefix, apiKey);
    return answered(call, response.status, text);
  };

  async function refused<T>(call: Call<T>, response: Response, text: string, prefix: ApiPrefix, apiKey: string): Promise<Attempt<T>> {
    const { endpoint } = call;
    report(endpoint, 'http_error', false);
    const body = readErrorBody(redact(text, [apiKey, ...(call.secrets ?? [])]), response.headers.get('content-type'));
    const error = mapHttpError(endpoint, response.status, body);
    if (isNoSuchRoute(response.status, body)) return { ok: false, error, noRoute: true };
    const probe = () => attempt(CREDITS_CALL, prefix, apiKey);
    if (response.status === 429 && endpoint !== 'credits') return { ok: false, error: await explain429(probe, endpoint, error, body.message) };
    if (response.status === 401 && endpoint === 'balance') return { ok: false, error: await explain401(probe, error, body.message) };
    return { ok: false, error };
  }

  function answered<T>(call: Call<T>, status: number, text: string): Attempt<T> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      report(call.endpoint, 'answered', false);
      const looksHtml = /^\s*</.test(text);
      return {
        ok: false,
        error: invalidResponse(status, looksHtml ? 'expected JSON, got an HTML page' : `the body is not valid JSON (${text.length} bytes; it looks cut off)`),
      };
    }
    const parsed = schemas.parseWith(call.schema, data);
    report(call.endpoint, 'answered', parsed.ok);
    return parsed.ok ? parsed : { ok: false, error: invalidResponse(status, parsed.problem) };
  }

  return attempt;
}
