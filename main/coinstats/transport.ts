// The HTTP half of an attempt: one ky instance, the shared pacer, and a
// deadline on reading the body. It answers with the response and its text, or
// with a CoinStatsError for a failure below HTTP, never with ky's own errors
// (they carry the request, X-API-KEY included).
import ky from 'ky';
import type { ApiPrefix, CallRequest } from './call';
import type { CallOutcome } from './costs';
import type { CoinStatsError } from './errors';
import type { Pacer } from './pacer';
import { BodyTimeout, mapTransportError } from './transport-errors';

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
    try {
      const response = await pacer.schedule(() =>
        api(`${prefix}${request.path}`, {
          method: request.method,
          ...(request.json !== undefined ? { json: request.json } : {}),
          ...(request.searchParams ? { searchParams: request.searchParams } : {}),
          ...(signal ? { signal } : {}),
          context: { apiKey },
        }),
      );
      const text = await readBody(response, timeoutMs);
      return { ok: true, response, text };
    } catch (error) {
      return { ok: false, ...mapTransportError(error, timeoutMs) };
    }
  };
}

/** ky's timeout covers only the headers; a body that trickles in gets its own deadline. */
async function readBody(response: Response, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyTimeout()), timeoutMs);
  });
  try {
    return await Promise.race([response.text(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
