// The double on its own, over plain fetch: routes, shapes, errors, data,
// syncing, credits and rate limit behave as coinstats-api.md documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CoinStatsDouble, startDouble } from '../../../main/double/server';

const KEY = 'demo-key';
const BINANCE = { apiKey: 'demo1', apiSecret: 'demo2' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test assertions walk arbitrary JSON
  headers: Headers;
}

async function call(double: CoinStatsDouble, method: string, path: string, body?: unknown, key: string | null = KEY): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers['x-api-key'] = key;
  const res = await fetch(`${double.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

const balance = (double: CoinStatsDouble, connectionId: string, connectionFields: Record<string, string>, extra: object = {}): Promise<Reply> =>
  call(double, 'POST', '/v1/exchange/balance', { connectionId, connectionFields, ...extra });

let double: CoinStatsDouble;
beforeAll(async () => {
  double = await startDouble({ rateLimit: null, syncPolls: 0 });
});
afterAll(() => double.close());

describe('routes', () => {
  it('serves every route with and without /v1', async () => {
    const { body: first } = await balance(double, 'binance', BINANCE);
    for (const prefix of ['/v1', '']) {
      expect((await call(double, 'POST', `${prefix}/exchange/balance`, { connectionId: 'binance', connectionFields: BINANCE })).status).toBe(200);
      expect((await call(double, 'GET', `${prefix}/exchange/support`)).status).toBe(200);
      expect((await call(double, 'GET', `${prefix}/exchange/status?portfolioId=${first.portfolio.id}`)).status).toBe(200);
      expect((await call(double, 'GET', `${prefix}/coins?coinIds=bitcoin`)).status).toBe(200);
      expect((await call(double, 'GET', `${prefix}/currencies`)).status).toBe(200);
      expect((await call(double, 'GET', `${prefix}/usage/credits`)).status).toBe(200);
    }
  });

  it('answers unknown routes like NestJS: "Cannot GET /foo"', async () => {
    expect(await call(double, 'GET', '/foo')).toMatchObject({ status: 404, body: { statusCode: 404, message: 'Cannot GET /foo', error: 'Not Found' } });
    expect((await call(double, 'GET', '/v1/exchange/balance')).body.message).toBe('Cannot GET /v1/exchange/balance');
    expect((await call(double, 'GET', '/v2/currencies')).status).toBe(404);
  });

  it('can serve only one prefix form', async () => {
    const only = await startDouble({ rateLimit: null, prefixes: [''] });
    try {
      expect((await call(only, 'GET', '/currencies')).status).toBe(200);
      expect((await call(only, 'GET', '/v1/currencies')).body.message).toBe('Cannot GET /v1/currencies');
    } finally {
      await only.close();
    }
  });

  it('serves icons for the exchanges and coins it names', async () => {
    const { body } = await call(double, 'GET', '/v1/exchange/support');
    const res = await fetch(body[0].icon);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg/);
  });
});

describe('auth and validation', () => {
  it('401 with the documented body for a missing or wrong CoinStats key', async () => {
    for (const key of [null, 'nope']) {
      const reply = await call(double, 'GET', '/v1/currencies', undefined, key);
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ statusCode: 401, message: 'Your API Key is invalid or has been revoked.', requestId: expect.stringMatching(UUID), path: '/v1/currencies' });
    }
  });

  it('400 naming the field when connectionFields miss or add one', async () => {
    const missing = await balance(double, 'kucoin', BINANCE);
    expect(missing).toMatchObject({ status: 400, body: { statusCode: 400, message: 'connectionFields.passphrase is required for KuCoin.', path: '/v1/exchange/balance' } });
    const extra = await balance(double, 'binance', { ...BINANCE, passphrase: 'demo3' });
    expect(extra.body.message).toBe('connectionFields.passphrase is not a field of Binance.');
    expect((await balance(double, 'nope', BINANCE)).status).toBe(400);
    expect((await call(double, 'POST', '/v1/exchange/balance', '{not json')).status).toBe(400);
  });

  it('401 with the exchange’s own words when its key is not a demo key', async () => {
    const reply = await balance(double, 'binance', { apiKey: 'live-1', apiSecret: 'demo2' });
    expect(reply.status).toBe(401);
    expect(reply.body.message).toBe('Binance rejected the API key: Invalid API-key, IP, or permissions for action.');
    expect(reply.body.requestId).toMatch(UUID);
  });

  it('the 503 body has only statusCode and message', async () => {
    double.setFault('currencies', { kind: 'status', status: 503 }, 1);
    expect(await call(double, 'GET', '/v1/currencies')).toMatchObject({ status: 503, body: { statusCode: 503, message: 'Service Unavailable' } });
    expect(Object.keys((await call(double, 'GET', '/v1/currencies')).body)).toEqual(['result']);
  });
});

describe('data', () => {
  it('is deterministic per seed and differs between accounts', async () => {
    const again = await startDouble({ rateLimit: null, syncPolls: 0 });
    const other = await startDouble({ rateLimit: null, syncPolls: 0, seed: 2 });
    try {
      const a = (await balance(double, 'binance', BINANCE)).body;
      expect((await balance(again, 'binance', { apiSecret: 'demo2', apiKey: 'demo1' })).body).toEqual(a);
      expect((await balance(other, 'binance', BINANCE)).body.balances).not.toEqual(a.balances);
      const second = (await balance(double, 'binance', { apiKey: 'demoX', apiSecret: 'demoY' })).body;
      expect(second.balances).not.toEqual(a.balances);
      expect(second.portfolio.id).not.toBe(a.portfolio.id);
      expect(a.portfolio.id).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });

  it('has realistic rows: tens to hundreds, cash, dust, one price per coin across exchanges', async () => {
    const prices = new Map<string, number>();
    const connections = [
      ['binance', BINANCE], ['coinbase', BINANCE], ['kraken', BINANCE], ['bybit', BINANCE],
      ['kucoin', { ...BINANCE, passphrase: 'demo3' }], ['okx', { ...BINANCE, passphrase: 'demo3' }], ['bitget', { ...BINANCE, passphrase: 'demo3' }],
    ] as const;
    for (const [exchange, fields] of connections) {
      const { body } = await balance(double, exchange, fields);
      expect(body.balances.length).toBeGreaterThanOrEqual(25);
      expect(body.balances.length).toBeLessThanOrEqual(200);
      expect(body.balances.some((r: { coinId: string }) => r.coinId.startsWith('FiatCoin'))).toBe(true);
      expect(body.balances.some((r: { amount: number; price: number }) => r.amount * r.price < 1)).toBe(true);
      for (const r of body.balances) {
        expect(Object.keys(r)).toEqual(['coinId', 'amount', 'price', 'priceBtc']);
        expect(r.amount).toBeGreaterThan(0);
        if (prices.has(r.coinId)) expect(r.price).toBe(prices.get(r.coinId));
        prices.set(r.coinId, r.price);
      }
      expect(body.balances).toEqual(double.expectedBalance(exchange, fields));
    }
    expect(prices.get('bitcoin')).toBeGreaterThan(1000);
  });

  it('enriches requested coins and lists currencies', async () => {
    const coins = await call(double, 'GET', '/v1/coins?coinIds=bitcoin,ethereum,unknown-coin');
    expect(coins.body.meta).toBeTypeOf('object');
    expect(coins.body.result.map((c: { id: string }) => c.id)).toEqual(['bitcoin', 'ethereum']);
    expect(Object.keys(coins.body.result[0]).sort()).toEqual(['icon', 'id', 'name', 'price', 'priceBtc', 'priceChange1d', 'rank', 'symbol']);
    const { body } = await call(double, 'GET', '/v1/currencies');
    expect(body.result).toMatchObject({ USD: 1, EUR: 0.92 });
    for (const code of ['GBP', 'JPY', 'CHF']) expect(body.result[code]).toBeGreaterThan(0);
  });
});

describe('syncing', () => {
  it('a new portfolio stays syncing for syncPolls status polls, with partial rows', async () => {
    const d = await startDouble({ rateLimit: null, syncPolls: 2 });
    try {
      const fields = { apiKey: 'demoA', apiSecret: 'demoB' };
      const full = d.expectedBalance('bybit', fields);
      const first = (await balance(d, 'bybit', fields)).body;
      expect(first.portfolio.status).toBe('syncing');
      expect(first.balances).toEqual([]);
      const status = async (): Promise<string> => (await call(d, 'GET', `/v1/exchange/status?portfolioId=${first.portfolio.id}`)).body.status;
      expect(await status()).toBe('syncing');
      const partial = (await balance(d, 'bybit', fields)).body;
      expect(partial.portfolio.status).toBe('syncing');
      expect(partial.balances.length).toBeGreaterThan(0);
      expect(partial.balances.length).toBeLessThan(full.length);
      expect(await status()).toBe('syncing');
      expect(await status()).toBe('synced');
      expect((await balance(d, 'bybit', fields)).body).toMatchObject({ balances: full, portfolio: { status: 'synced' } });
      expect((await call(d, 'GET', '/v1/exchange/status?portfolioId=abc')).status).toBe(404);
      expect((await call(d, 'GET', '/v1/exchange/status')).status).toBe(400);
    } finally {
      await d.close();
    }
  });
});

describe('credits and rate limit', () => {
  it('charges the documented costs, only for answered calls', async () => {
    const d = await startDouble({ rateLimit: null, syncPolls: 0 });
    try {
      const { body } = await balance(d, 'binance', BINANCE);
      await call(d, 'GET', `/v1/exchange/status?portfolioId=${body.portfolio.id}`);
      await call(d, 'GET', '/v1/exchange/support');
      await call(d, 'GET', '/v1/coins?coinIds=bitcoin');
      await call(d, 'GET', '/v1/currencies');
      await call(d, 'GET', '/v1/usage/credits');
      await balance(d, 'binance', { apiKey: 'x', apiSecret: 'y' });
      expect(d.creditsUsed()).toBe(10 + 3 + 1 + 2 + 1);
      expect((await call(d, 'GET', '/v1/usage/credits')).body).toEqual({ totalCredits: 20_000, usedCredits: 17, remainingCredits: 19_983, subscription: 'free' });
    } finally {
      await d.close();
    }
  });

  it('429 out of credits when the quota is spent, no Retry-After; the credits probe still answers', async () => {
    const d = await startDouble({ rateLimit: null, quota: 15 });
    try {
      expect((await balance(d, 'binance', BINANCE)).status).toBe(200);
      const refused = await balance(d, 'binance', BINANCE);
      expect(refused.status).toBe(429);
      expect(refused.body.message).toMatch(/credits/);
      expect(refused.headers.get('retry-after')).toBeNull();
      expect((await call(d, 'GET', '/v1/currencies')).status).toBe(200);
      expect((await call(d, 'GET', '/v1/usage/credits')).body.remainingCredits).toBe(4);
    } finally {
      await d.close();
    }
  });

  it('429 rate limit past 2 requests a second, no Retry-After; null disables it', async () => {
    const d = await startDouble();
    try {
      const replies = await Promise.all([1, 2, 3].map(() => call(d, 'GET', '/v1/currencies')));
      const limited = replies.filter((r) => r.status === 429);
      expect(limited).toHaveLength(1);
      expect(limited[0]?.body.message).toMatch(/Too many requests/);
      expect(limited[0]?.headers.get('retry-after')).toBeNull();
      expect(d.requests().map((r) => r.status).sort()).toEqual([200, 200, 429]);
    } finally {
      await d.close();
    }
    const replies = await Promise.all([1, 2, 3, 4].map(() => call(double, 'GET', '/v1/currencies')));
    expect(replies.every((r) => r.status === 200)).toBe(true);
  });
});

describe('faults', () => {
  it('applies a fault to the next N requests of one route only, and clears', async () => {
    double.setFault('coins', { kind: 'status', status: 500 }, 2);
    expect((await call(double, 'GET', '/v1/currencies')).status).toBe(200);
    expect((await call(double, 'GET', '/v1/coins?coinIds=bitcoin')).status).toBe(500);
    expect((await call(double, 'GET', '/v1/coins?coinIds=bitcoin')).status).toBe(500);
    expect((await call(double, 'GET', '/v1/coins?coinIds=bitcoin')).status).toBe(200);
    double.setFault('coins', { kind: 'html' });
    double.clearFaults();
    expect((await call(double, 'GET', '/v1/coins?coinIds=bitcoin')).status).toBe(200);
    expect(() => double.setFault('coins', { kind: 'reset' }, 0)).toThrow(/positive integer/);
  });

  it('reset drops the connection; truncated cuts the JSON; html sends a page', async () => {
    double.setFault('currencies', { kind: 'reset' }, 1);
    await expect(fetch(`${double.url}/v1/currencies`, { headers: { 'x-api-key': KEY } })).rejects.toThrow();
    double.setFault('currencies', { kind: 'truncated' }, 1);
    const cut = await call(double, 'GET', '/v1/currencies');
    expect(cut.status).toBe(200);
    expect(typeof cut.body).toBe('string');
    expect(() => JSON.parse(cut.body)).toThrow();
    double.setFault('currencies', { kind: 'html' }, 1);
    const page = await call(double, 'GET', '/v1/currencies');
    expect(page.status).toBe(502);
    expect(page.body).toMatch(/<title>502 Bad Gateway<\/title>/);
  });

  it('drift and large change the answer as described', async () => {
    double.setFault('balance', { kind: 'drift', variant: 'string-number' }, 1);
    const drift = (await balance(double, 'binance', BINANCE)).body;
    expect(typeof drift.balances[3].amount).toBe('string');
    double.setFault('balance', { kind: 'large', rows: 5_000 }, 1);
    expect((await balance(double, 'binance', BINANCE)).body.balances).toHaveLength(5_000);
  });
});
