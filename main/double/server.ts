// A local stand-in for the CoinStats Public API on 127.0.0.1: the documented
// routes, shapes, errors, credits and rate limit, plus faults on demand.
// Used by tests, the end-to-end suite, benchmarks and the app's demo mode, so
// it depends on nothing but Node. This file builds the state and the server;
// request-handler.ts takes one request through it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BalanceRow } from '../../common/types';
import { buildUniverse } from './catalog';
import { CreditMeter } from './credits';
import { type DoubleRoute, type Fault, FaultBook } from './faults';
import * as handlers from './handlers';
import { RateLimiter } from './rate-limit';
import { type RequestContext, handleRequest } from './request-handler';
import { type RequestLogEntry, createRequestLog } from './request-log';
import { defaultMessage, errorBody, sendJson } from './responses';
import { Storm, type StormOptions } from './storm';
import { createTimers } from './timers';

export type { DoubleRoute, Fault } from './faults';
export type { RequestLogEntry } from './request-log';
export type { StormOptions } from './storm';

export interface DoubleOptions {
  port?: number;
  seed?: number;
  /** The CoinStats key the double accepts; default 'demo-key'. */
  apiKey?: string;
  /** Status polls a new portfolio stays 'syncing'; default 2. */
  syncPolls?: number;
  /** Monthly credits; default 20000 (the free plan). */
  quota?: number;
  /** Default 2 per 1000 ms; null disables. */
  rateLimit?: { requests: number; perMs: number } | null;
  /** Path forms served; default both, as the docs disagree on the prefix. */
  prefixes?: Array<'/v1' | ''>;
}

export interface CoinStatsDouble {
  url: string;
  port: number;
  setFault(route: DoubleRoute, fault: Fault | null, times?: number): void;
  /** Clears every fault, and ends a storm. */
  clearFaults(): void;
  /** Every request answers 429 for `ms` from now (see StormOptions); null ends the storm at once. */
  storm(options: StormOptions | null): void;
  creditsUsed(): number;
  setCreditsUsed(n: number): void;
  requests(): ReadonlyArray<RequestLogEntry>;
  /** The rows a fully synced portfolio of these credentials holds. */
  expectedBalance(exchangeId: string, connectionFields: Record<string, string>): BalanceRow[];
  close(): Promise<void>;
}

export async function startDouble(opts: DoubleOptions = {}): Promise<CoinStatsDouble> {
  const seed = opts.seed ?? 1;
  const timers = createTimers();
  const log = createRequestLog();
  let baseUrl = '';
  const ctx: RequestContext = {
    state: {
      seed,
      syncPolls: opts.syncPolls ?? 2,
      universe: buildUniverse(seed),
      meter: new CreditMeter(opts.quota ?? 20_000),
      polls: new Map(),
      iconBase: () => baseUrl,
    },
    apiKey: opts.apiKey ?? 'demo-key',
    prefixes: opts.prefixes ?? ['/v1', ''],
    faults: new FaultBook(),
    limiter: new RateLimiter(opts.rateLimit === undefined ? { requests: 2, perMs: 1000 } : opts.rateLimit),
    storm: new Storm(),
    sleep: timers.sleep,
  };
  const { state, faults } = ctx;

  const server = createServer((req, res) => {
    const entry = log.record(req, res);
    handleRequest(ctx, req, res, entry).catch(() => {
      if (!res.headersSent) sendJson(res, 500, errorBody(500, defaultMessage(500), entry.path));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    setFault: (route, fault, times) => faults.set(route, fault, times),
    clearFaults: () => {
      faults.clear();
      ctx.storm.start(null, log.now());
    },
    storm: (options) => ctx.storm.start(options, log.now()),
    creditsUsed: () => state.meter.used,
    setCreditsUsed: (n) => {
      state.meter.used = n;
    },
    requests: () => log.entries(),
    expectedBalance: (exchangeId, fields) => handlers.expectedRows(state, exchangeId, fields),
    close: () =>
      new Promise<void>((resolve, reject) => {
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets (and requests parked by a 'slow' fault) would hold close() open.
        server.closeAllConnections();
      }),
  };
}
