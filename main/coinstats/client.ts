// The CoinStats Public API client: one ky instance, every call paced, costed,
// validated, and failing only with a CoinStatsError that holds no secret.
import ky from 'ky';
import type { z } from 'zod';
import type { CoinMeta, CreditUsage, CurrencyRates, ExchangeBalance, PortfolioSyncStatus, SupportedExchange } from '../../common/types';
import { CREDIT_COSTS, type CallOutcome, type CostEndpoint, chargedCredits } from './costs';
import { isNoSuchRoute, readErrorBody, redact } from './error-body';
import { exchangeRejected, invalidResponse, keyInvalid, mapHttpError, outOfCredits, rateLimited } from './error-map';
import { CoinStatsError } from './errors';
import { type Pacer, abortableSleep, createPacer } from './pacer';
import * as schemas from './schemas';
import { BodyTimeout, mapTransportError } from './transport-errors';

export const DEFAULT_BASE_URL = 'https://openapiv1.coinstats.app';

export interface CostEntry {
  endpoint: CostEndpoint;
  credits: number;
  at: number;
  ok: boolean;
}

export type ApiPrefix = '/v1' | '';

export interface CoinStatsClientOptions {
  /** Default: TALLYBAR_API_BASE_URL, else https://openapiv1.coinstats.app */
  baseUrl?: string;
  /** Default '/v1'; the other form is tried once on a "no such route" 404. */
  prefix?: ApiPrefix;
  getApiKey: () => Promise<string | null>;
  /** Per attempt, headers and body each. Default 15000. */
  timeoutMs?: number;
  /** Aborted when the session closes: requests in flight stop and none start. */
  signal?: AbortSignal;
  /** Share one pacer across everything that calls CoinStats. Default: a new one at 2/s. */
  pacer?: Pacer;
  /** Called once per HTTP attempt, failed ones included. */
  onCost?: (entry: CostEntry) => void;
  /** Default { limit: 2, baseDelayMs: 500 }. */
  retry?: { limit: number; baseDelayMs: number };
  onPrefixLearned?: (prefix: ApiPrefix) => void;
}

export interface BalanceRequest {
  connectionId: string;
  connectionFields: Record<string, string>;
  name?: string;
}

export interface CoinStatsClient {
  getExchangeBalance(req: BalanceRequest): Promise<ExchangeBalance>;
  getSupportedExchanges(): Promise<SupportedExchange[]>;
  getExchangeStatus(portfolioId: string): Promise<{ status: PortfolioSyncStatus }>;
  getCoins(ids: string[]): Promise<CoinMeta[]>;
  getCurrencies(): Promise<CurrencyRates>;
  /** Pass `apiKey` to validate a key before storing it. Costs 0 credits. */
  getCreditUsage(opts?: { apiKey?: string }): Promise<CreditUsage>;
}

interface Call<T> {
  endpoint: CostEndpoint;
  method: 'GET' | 'POST';
  path: string;
  schema: z.ZodType<T>;
  json?: unknown;
  searchParams?: Record<string, string>;
  /** Values to scrub from anything the server echoes back. */
  secrets?: string[];
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: CoinStatsError; noRoute?: boolean };

/** Ids per /coins call: one call for many ids, but a URL stays well under common limits. */
const COINS_PER_CALL = 200;

/**
 * Only these heal by waiting. Timeouts are not retried: a slow CoinStats stays
 * slow for a while, and a timed-out balance call may already have been charged.
 */
function isRetriable(error: CoinStatsError): boolean {
  if (error.code === 'network' || error.code === 'rate_limited') return true;
  return error.code === 'unavailable' && (error.status === 502 || error.status === 503 || error.status === 504);
}

export function createCoinStatsClient(opts: CoinStatsClientOptions): CoinStatsClient {
  const baseUrl = (opts.baseUrl || process.env.TALLYBAR_API_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const retry = opts.retry ?? { limit: 2, baseDelayMs: 500 };
  const { signal } = opts;
  const pacer = opts.pacer ?? createPacer(signal ? { signal } : {});
  let prefix: ApiPrefix = opts.prefix ?? '/v1';

  // Retries live in send() rather than ky: each attempt must go through the
  // shared pacer and the ledger, and a 429 needs an async credits probe
  // before we know whether waiting can help.
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

  function report(endpoint: CostEndpoint, outcome: CallOutcome, ok: boolean): void {
    opts.onCost?.({ endpoint, credits: chargedCredits(endpoint, outcome), at: Date.now(), ok });
  }

  async function readBody(response: Response): Promise<string> {
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

  async function attempt<T>(call: Call<T>, usePrefix: ApiPrefix, apiKey: string): Promise<Attempt<T>> {
    const { endpoint } = call;
    let response: Response;
    let text: string;
    try {
      response = await pacer.schedule(() =>
        api(`${usePrefix}${call.path}`, {
          method: call.method,
          ...(call.json !== undefined ? { json: call.json } : {}),
          ...(call.searchParams ? { searchParams: call.searchParams } : {}),
          ...(signal ? { signal } : {}),
          context: { apiKey },
        }),
      );
      text = await readBody(response);
    } catch (error) {
      const mapped = mapTransportError(error, timeoutMs);
      report(endpoint, mapped.outcome, false);
      return { ok: false, error: mapped.error };
    }

    if (!response.ok) {
      report(endpoint, 'http_error', false);
      const body = readErrorBody(redact(text, [apiKey, ...(call.secrets ?? [])]), response.headers.get('content-type'));
      const error = mapHttpError(endpoint, response.status, body);
      if (isNoSuchRoute(response.status, body)) return { ok: false, error, noRoute: true };
      if (response.status === 429 && endpoint !== 'credits') return { ok: false, error: await explain429(endpoint, error, body.message, usePrefix, apiKey) };
      if (response.status === 401 && endpoint === 'balance') return { ok: false, error: await explain401(error, body.message, usePrefix, apiKey) };
      return { ok: false, error };
    }

    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      report(endpoint, 'answered', false);
      const looksHtml = /^\s*</.test(text);
      return {
        ok: false,
        error: invalidResponse(response.status, looksHtml ? 'expected JSON, got an HTML page' : `the body is not valid JSON (${text.length} bytes; it looks cut off)`),
      };
    }
    const parsed = schemas.parseWith(call.schema, data);
    report(endpoint, 'answered', parsed.ok);
    return parsed.ok ? parsed : { ok: false, error: invalidResponse(response.status, parsed.problem) };
  }

  /**
   * A 401 on a balance call is our CoinStats key or the exchange refusing its
   * own key, passed through. Wording varies by exchange, so ask a free call
   * that uses only the CoinStats key: if that works, the exchange said no.
   */
  async function explain401(error: CoinStatsError, message: string | null, usePrefix: ApiPrefix, apiKey: string): Promise<CoinStatsError> {
    const base = { status: 401, requestId: error.requestId };
    const probe = await attempt({ endpoint: 'credits', method: 'GET', path: '/usage/credits', schema: schemas.creditUsageSchema }, usePrefix, apiKey);
    if (probe.ok) return exchangeRejected(base, message);
    if (probe.error.code === 'coinstats_key_invalid') return keyInvalid(base, message);
    return error;
  }

  /** 429 means rate limit or no credits left; the free credits probe tells which. */
  async function explain429(endpoint: CostEndpoint, error: CoinStatsError, message: string | null, usePrefix: ApiPrefix, apiKey: string): Promise<CoinStatsError> {
    const base = { status: 429, requestId: error.requestId };
    const probe = await attempt({ endpoint: 'credits', method: 'GET', path: '/usage/credits', schema: schemas.creditUsageSchema }, usePrefix, apiKey);
    // Fewer credits left than the call costs is as good as none: waiting will not help.
    if (probe.ok) return probe.value.remainingCredits < Math.max(1, CREDIT_COSTS[endpoint]) ? outOfCredits(base, probe.value) : rateLimited(base, message);
    // A refused free call is a rate limit; otherwise the message is all we have.
    if (probe.error.code === 'rate_limited') return rateLimited(base, message);
    return /credit/i.test(message ?? '') ? outOfCredits(base, null) : rateLimited(base, message);
  }

  async function send<T>(call: Call<T>, apiKeyOverride?: string): Promise<T> {
    const apiKey = apiKeyOverride ?? (await opts.getApiKey());
    if (!apiKey) {
      throw new CoinStatsError({ code: 'no_api_key' });
    }
    let usePrefix = prefix;
    let triedOtherPrefix = false;
    for (let retries = 0; ; ) {
      const result = await attempt(call, usePrefix, apiKey);
      if (result.ok) {
        if (usePrefix !== prefix) {
          prefix = usePrefix;
          opts.onPrefixLearned?.(usePrefix);
        }
        return result.value;
      }
      if (result.noRoute && !triedOtherPrefix) {
        // The docs disagree on /v1; the server's "Cannot GET" says which is wrong.
        triedOtherPrefix = true;
        usePrefix = usePrefix === '/v1' ? '' : '/v1';
        continue;
      }
      if (!isRetriable(result.error) || retries >= retry.limit || signal?.aborted) throw result.error;
      retries += 1;
      const delay = retry.baseDelayMs * 2 ** (retries - 1);
      // "Equal jitter": never less than half the backoff, never in lockstep with other clients.
      await abortableSleep(delay / 2 + Math.random() * (delay / 2), signal).catch(() => {
        throw result.error;
      });
    }
  }

  return {
    getExchangeBalance: (req) =>
      send({
        endpoint: 'balance',
        method: 'POST',
        path: '/exchange/balance',
        schema: schemas.exchangeBalanceSchema,
        json: { connectionId: req.connectionId, connectionFields: req.connectionFields, ...(req.name ? { name: req.name } : {}) },
        secrets: Object.values(req.connectionFields),
      }),
    getSupportedExchanges: () => send({ endpoint: 'support', method: 'GET', path: '/exchange/support', schema: schemas.supportedExchangesSchema }),
    getExchangeStatus: (portfolioId) =>
      send({ endpoint: 'status', method: 'GET', path: '/exchange/status', searchParams: { portfolioId }, schema: schemas.exchangeStatusSchema }),
    async getCoins(ids) {
      const unique = [...new Set(ids.filter(Boolean))];
      const out: CoinMeta[] = [];
      for (let i = 0; i < unique.length; i += COINS_PER_CALL) {
        const coinIds = unique.slice(i, i + COINS_PER_CALL).join(',');
        out.push(...(await send({ endpoint: 'coins', method: 'GET', path: '/coins', searchParams: { coinIds }, schema: schemas.coinsSchema })));
      }
      return out;
    },
    getCurrencies: () => send({ endpoint: 'currencies', method: 'GET', path: '/currencies', schema: schemas.currenciesSchema }),
    getCreditUsage: (options) =>
      send({ endpoint: 'credits', method: 'GET', path: '/usage/credits', schema: schemas.creditUsageSchema }, options?.apiKey),
  };
}
