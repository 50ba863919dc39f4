// The CoinStats Public API client: one ky instance, every call paced, costed,
// validated, and failing only with a CoinStatsError that holds no secret.
// This file wires the parts and names the calls: the HTTP request (transport),
// one attempt with its charging, parsing and 401/429 probes (attempt, probes),
// the client-wide state of a 429 storm (rate-limit-storm), the path prefix
// that works (prefix-discovery) and the waits between attempts (retry).
import type { CoinMeta, CreditUsage, CurrencyRates, ExchangeBalance, PortfolioSyncStatus, SupportedExchange } from '../../common/types';
import { createAttempt } from './attempt';
import { type ApiPrefix, type Call, type CostEntry, CREDITS_CALL } from './call';
import { invalidResponse } from './error-map';
import { CoinStatsError } from './errors';
import { type Pacer, createPacer } from './pacer';
import { createPrefixMemory } from './prefix-discovery';
import { createRateLimitStorm } from './rate-limit-storm';
import { type RetryOptions, startBackoff } from './retry';
import * as schemas from './schemas';
import { createTransport } from './transport';

export type { ApiPrefix, CostEntry } from './call';

export const DEFAULT_BASE_URL = 'https://openapiv1.coinstats.app';

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
  /** Default { limit: 2, baseDelayMs: 500 }. Rate limits are retried within the same limit, waiting at least twice as long. */
  retry?: RetryOptions;
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

/** Ids per /coins call: one call for many ids, but a URL stays well under common limits. */
export const COINS_PER_CALL = 200;

export function createCoinStatsClient(opts: CoinStatsClientOptions): CoinStatsClient {
  const baseUrl = (opts.baseUrl || process.env.TALLYBAR_API_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const retry = opts.retry ?? { limit: 2, baseDelayMs: 500 };
  const { signal } = opts;
  const pacer = opts.pacer ?? createPacer(signal ? { signal } : {});
  const storm = createRateLimitStorm({ baseDelayMs: retry.baseDelayMs });
  const attempt = createAttempt({
    transport: createTransport({ baseUrl, timeoutMs, pacer, signal }),
    onCost: (entry) => opts.onCost?.(entry),
    storm,
  });
  const prefixes = createPrefixMemory(opts.prefix ?? '/v1', (learned) => opts.onPrefixLearned?.(learned));

  async function send<T>(call: Call<T>, apiKeyOverride?: string): Promise<T> {
    const apiKey = apiKeyOverride ?? (await opts.getApiKey());
    if (!apiKey) {
      throw new CoinStatsError({ code: 'no_api_key' });
    }
    await storm.admit(signal);
    const route = prefixes.begin();
    const backoff = startBackoff(retry, signal, storm.pauseForCall);
    for (;;) {
      const result = await attempt(call, route.prefix, apiKey);
      if (result.ok) {
        route.worked();
        return result.value;
      }
      // The docs disagree on /v1; the server's "Cannot GET" says which is wrong.
      if (result.noRoute && route.switchOnce()) continue;
      await backoff.wait(result.error);
    }
  }

  return {
    async getExchangeBalance(req) {
      const answer = await send({
        endpoint: 'balance',
        method: 'POST',
        path: '/exchange/balance',
        schema: schemas.exchangeBalanceSchema,
        json: { connectionId: req.connectionId, connectionFields: req.connectionFields, ...(req.name ? { name: req.name } : {}) },
        secrets: Object.values(req.connectionFields),
      });
      // An answer about another exchange must never be stored as this one's balance.
      if (answer.portfolio.connectionId !== req.connectionId) {
        throw invalidResponse(200, { id: 'other_exchange', connectionId: req.connectionId });
      }
      return answer;
    },
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
    getCreditUsage: (options) => send(CREDITS_CALL, options?.apiKey),
  };
}
