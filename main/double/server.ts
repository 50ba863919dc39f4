// A local stand-in for the CoinStats Public API on 127.0.0.1: the documented
// routes, shapes, errors, credits and rate limit, plus faults on demand.
// Used by tests, the end-to-end suite, benchmarks and the app's demo mode, so
// it depends on nothing but Node.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BalanceRow } from '../../common/types';
import { hasValidApiKey } from './auth';
import { largeBalances } from './balances';
import { buildUniverse } from './catalog';
import { CreditMeter } from './credits';
import { type DoubleRoute, type Fault, FaultBook, applyDrift, withLargeBalances } from './faults';
import * as handlers from './handlers';
import { iconSvg } from './icons';
import { RateLimiter } from './rate-limit';
import { HTML_ERROR_PAGE, MESSAGES, defaultMessage, errorBody, noRouteBody, sendJson, sendRaw } from './responses';

export type { DoubleRoute, Fault } from './faults';

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

export interface RequestLogEntry {
  method: string;
  path: string;
  /** Arrival time, ms since the epoch with sub-ms precision. */
  at: number;
  status: number;
}

export interface CoinStatsDouble {
  url: string;
  port: number;
  setFault(route: DoubleRoute, fault: Fault | null, times?: number): void;
  clearFaults(): void;
  creditsUsed(): number;
  setCreditsUsed(n: number): void;
  requests(): ReadonlyArray<RequestLogEntry>;
  /** The rows a fully synced portfolio of these credentials holds. */
  expectedBalance(exchangeId: string, connectionFields: Record<string, string>): BalanceRow[];
  close(): Promise<void>;
}

const ROUTES: Record<string, DoubleRoute> = {
  'POST /exchange/balance': 'balance',
  'GET /exchange/support': 'support',
  'GET /exchange/status': 'status',
  'GET /coins': 'coins',
  'GET /currencies': 'currencies',
  'GET /usage/credits': 'credits',
};

const MAX_BODY_BYTES = 1024 * 1024;
/** Demo mode runs for days: keep the request log bounded. */
const MAX_LOG_ENTRIES = 20_000;

export async function startDouble(opts: DoubleOptions = {}): Promise<CoinStatsDouble> {
  const apiKey = opts.apiKey ?? 'demo-key';
  const prefixes = opts.prefixes ?? ['/v1', ''];
  const seed = opts.seed ?? 1;
  const faults = new FaultBook();
  const limiter = new RateLimiter(opts.rateLimit === undefined ? { requests: 2, perMs: 1000 } : opts.rateLimit);
  const log: RequestLogEntry[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';
  const state: handlers.DoubleState = {
    seed,
    syncPolls: opts.syncPolls ?? 2,
    universe: buildUniverse(seed),
    meter: new CreditMeter(opts.quota ?? 20_000),
    polls: new Map(),
    iconBase: () => baseUrl,
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function routeOf(method: string, pathname: string): DoubleRoute | null {
    for (const prefix of prefixes) {
      if (prefix && !pathname.startsWith(`${prefix}/`)) continue;
      const route = ROUTES[`${method} ${pathname.slice(prefix.length)}`];
      if (route) return route;
    }
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const icon = /^\/icons\/(coins|exchanges)\/([\w.-]+)\.svg$/.exec(url.pathname);
    if (method === 'GET' && icon?.[2]) return sendRaw(res, 200, 'image/svg+xml', iconSvg(icon[2]));
    const route = routeOf(method, url.pathname);
    if (!route) return sendJson(res, 404, noRouteBody(method, url.pathname));
    const fail = (status: number, message: string): void => sendJson(res, status, errorBody(status, message, url.pathname));

    // Faults come first: they stand for the network and the gateway in front of the API.
    const fault = faults.take(route);
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'html') return sendRaw(res, 502, 'text/html; charset=utf-8', HTML_ERROR_PAGE);
    if (fault?.kind === 'status') {
      if (typeof fault.body === 'string') return sendRaw(res, fault.status, 'text/html; charset=utf-8', fault.body);
      if (fault.body !== undefined) return sendJson(res, fault.status, fault.body);
      return fail(fault.status, defaultMessage(fault.status));
    }

    if (!hasValidApiKey(req.headers, apiKey)) return fail(401, MESSAGES.apiKeyInvalid);
    if (!limiter.tryAcquire(entry.at)) return fail(429, MESSAGES.rateLimited);
    if (state.meter.wouldExceed(route)) return fail(429, MESSAGES.outOfCredits);
    // Slow means slow processing: the request was admitted and will be charged.
    if (fault?.kind === 'slow') await sleep(fault.ms);

    let body: unknown;
    if (method === 'POST') {
      const parsed = await readJson(req);
      if (!parsed.ok) return fail(400, parsed.message);
      body = parsed.value;
    }
    const answer = answerFor(route, body, url.searchParams);
    if (answer.status >= 400) {
      const message = (answer.body as { message: string }).message;
      return fail(answer.status, message);
    }
    state.meter.charge(route);
    let out = answer.body;
    if (fault?.kind === 'drift') out = applyDrift(out, fault.variant);
    if (fault?.kind === 'large' && route === 'balance') out = withLargeBalances(out, largeBalances(seed, state.universe, fault.rows));
    const text = JSON.stringify(out);
    if (fault?.kind === 'truncated') {
      // Complete HTTP, incomplete JSON: what a proxy cutting a body short delivers.
      return sendRaw(res, answer.status, 'application/json; charset=utf-8', text.slice(0, Math.floor(text.length / 2)));
    }
    sendRaw(res, answer.status, 'application/json; charset=utf-8', text);
  }

  function answerFor(route: DoubleRoute, body: unknown, query: URLSearchParams): handlers.Answer {
    switch (route) {
      case 'balance': return handlers.handleBalance(state, body);
      case 'status': return handlers.handleStatus(state, query);
      case 'support': return handlers.handleSupport(state);
      case 'coins': return handlers.handleCoins(state, query);
      case 'currencies': return handlers.handleCurrencies();
      case 'credits': return handlers.handleCredits(state);
    }
  }

  const server = createServer((req, res) => {
    const entry: RequestLogEntry = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      at: performance.timeOrigin + performance.now(),
      status: 0,
    };
    if (log.length >= MAX_LOG_ENTRIES) log.splice(0, log.length - MAX_LOG_ENTRIES + 1);
    log.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    handle(req, res, entry).catch(() => {
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
    clearFaults: () => faults.clear(),
    creditsUsed: () => state.meter.used,
    setCreditsUsed: (n) => {
      state.meter.used = n;
    },
    requests: () => log,
    expectedBalance: (exchangeId, fields) => handlers.expectedRows(state, exchangeId, fields),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets (and requests parked by a 'slow' fault) would hold close() open.
        server.closeAllConnections();
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { ok: false, message: 'Request body is too large.' };
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { ok: false, message: 'Request body is not valid JSON.' };
  }
}
