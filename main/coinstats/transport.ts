// The HTTP half of an attempt: one ky instance, the shared pacer, and a
// bounded read of the body (body-reader.ts). It answers with the response and
// its text, or with a CoinStatsError for a failure below HTTP, never with ky's
// own errors (they carry the request, X-API-KEY included). Redirects are not
// followed: the API has none, and following one sent the POST on as a GET to
// wherever it pointed (issue 9); the 3xx is handed back like any answer.
import ky from 'ky';
import { readBody } from './body-reader';
import type { ApiPrefix, CallRequest } from './call';
import type { CallOutcome } from './costs';
import type { CoinStatsError } from './errors';
import type { Pacer } from './pacer';
import { mapBodyFailure, mapTransportError } from './transport-errors';

export type Delivery =
  | { ok: true; response: Response; text: string }
  | { ok: false; error: CoinStatsError; outcome: CallOutcome };

export type Transport = (request: CallRequest, prefix: ApiPrefix, apiKey: string) => Promise<Delivery>;

export interface TransportOptions {
  baseUrl: string;
  /** Per attempt, headers and body each. */
  timeoutMs: number;
  pacer: Pacer;
  signal: AbortSignal | undefined;
}

export function createTransport({ baseUrl, timeoutMs, pacer, signal }: TransportOptions): Transport {
  // Retries live in the client's send loop rather than ky: each attempt must
  // go through the shared pacer and the ledger, and a 429 needs an async
  // credits probe before we know whether waiting can help.
  const api = ky.create({
    prefix: baseUrl,
    timeout: timeoutMs,
    retry: 0,
    throwHttpErrors: false,
    redirect: 'manual',
    headers: { accept: 'application/json' },
    hooks: {
      beforeRequest: [
        ({ request, options }) => {
          const { apiKey } = options.context;
          if (typeof apiKey === 'string') request.headers.set('X-API-KEY', apiKey);
        },
      ],
    },
  });

  return async (request, prefix, apiKey) => {
    let response: Response;
    try {
      response = await pacer.schedule(() =>
        api(`${prefix}${request.path}`, {
          method: request.method,
          ...(request.json !== undefined ? { json: request.json } : {}),
          ...(request.searchParams ? { searchParams: request.searchParams } : {}),
          ...(signal ? { signal } : {}),
          context: { apiKey },
        }),
      );
    } catch (error) {
      return { ok: false, ...mapTransportError(error, timeoutMs) };
    }
    const body = await readBody(response, timeoutMs);
    if (body.ok) return { ok: true, response, text: body.text };
    // The status arrived, so CoinStats did the work of a 2xx (and refused a 4xx) whatever became of the body.
    return { ok: false, outcome: response.ok ? 'answered' : 'http_error', error: mapBodyFailure(body, response.status, timeoutMs) };
  };
}
