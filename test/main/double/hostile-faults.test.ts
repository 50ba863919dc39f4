// The double's hostile faults as real HTTP, seen with plain fetch and
// node:http (no Tallybar code): redirects, bodies that break off, bodies far
// too large, and 429 storms across every route.
import { request } from 'node:http';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CoinStatsDouble, startDouble } from '../../../main/double/server';

const KEY = 'demo-key';
const headers = { 'x-api-key': KEY };

let double: CoinStatsDouble;
beforeAll(async () => {
  double = await startDouble({ rateLimit: null, syncPolls: 0 });
});
afterAll(() => double.close());

const get = (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${double.url}${path}`, { headers, ...init });

/** The raw answer: headers, bytes on the wire, and bytes once gunzipped. */
function raw(path: string): Promise<{ headers: Record<string, unknown>; wire: number; expanded: number }> {
  return new Promise((resolve, reject) => {
    request(`${double.url}${path}`, { headers }, (res) => {
      let wire = 0;
      let expanded = 0;
      const gunzip = createGunzip();
      res.on('data', (chunk: Buffer) => (wire += chunk.length));
      gunzip.on('data', (chunk: Buffer) => (expanded += chunk.length));
      gunzip.on('end', () => resolve({ headers: res.headers, wire, expanded }));
      gunzip.on('error', reject);
      res.pipe(gunzip);
    })
      .on('error', reject)
      .end();
  });
}

describe('redirect', () => {
  it('answers 302 to the given place, or to itself (a loop), without charging', async () => {
    const used = double.creditsUsed();
    double.setFault('currencies', { kind: 'redirect', location: '/v2/currencies?token=x' }, 1);
    const away = await get('/v1/currencies', { redirect: 'manual' });
    expect([away.status, away.headers.get('location')]).toEqual([302, '/v2/currencies?token=x']);
    double.setFault('currencies', { kind: 'redirect', status: 308 }, 1);
    const loop = await get('/v1/currencies?a=1', { redirect: 'manual' });
    expect([loop.status, loop.headers.get('location')]).toEqual([308, '/v1/currencies?a=1']);
    // fetch's own redirect following gives up on the loop.
    double.setFault('currencies', { kind: 'redirect' });
    await expect(get('/v1/currencies')).rejects.toThrow();
    double.clearFaults();
    expect(double.creditsUsed()).toBe(used);
  });
});

describe('bodies that break off', () => {
  it('cut-short announces the whole answer, sends half and closes', async () => {
    double.setFault('currencies', { kind: 'cut-short' }, 1);
    const res = await get('/v1/currencies');
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(100);
    await expect(res.text()).rejects.toMatchObject({ message: 'terminated', cause: { code: 'UND_ERR_SOCKET' } });
  });

  it('reset-mid-body sends half, then a TCP reset; reset resets before any answer', async () => {
    double.setFault('currencies', { kind: 'reset-mid-body' }, 1);
    const res = await get('/v1/currencies');
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toMatchObject({ message: 'terminated', cause: { code: 'ECONNRESET' } });
    double.setFault('currencies', { kind: 'reset' }, 1);
    await expect(get('/v1/currencies')).rejects.toMatchObject({ cause: { code: 'ECONNRESET' } });
  });
});

describe('bodies far too large', () => {
  it('gzip-bomb: about 1 KB on the wire per MB it expands to', async () => {
    double.setFault('currencies', { kind: 'gzip-bomb', megabytes: 20 }, 1);
    const answer = await raw('/v1/currencies');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.wire).toBeLessThan(40 * 1024);
    expect(answer.expanded).toBeGreaterThan(20 * 1024 * 1024);
  });

  it('oversized streams a valid balance answer of the given size', async () => {
    double.setFault('balance', { kind: 'oversized', megabytes: 3 }, 1);
    const res = await fetch(`${double.url}/v1/exchange/balance`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ connectionId: 'binance', connectionFields: { apiKey: 'demo1', apiSecret: 'demo2' } }),
    });
    const text = await res.text();
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    expect((JSON.parse(text) as { balances: unknown[] }).balances.length).toBeGreaterThan(40_000);
  });
});

describe('429 storm', () => {
  it('refuses every route, credits included unless spared, with Retry-After when asked, until it ends', async () => {
    double.storm({ ms: 60_000, retryAfterSeconds: 7 });
    for (const path of ['/v1/currencies', '/v1/coins?coinIds=bitcoin', '/v1/usage/credits', '/exchange/support']) {
      const res = await get(path);
      expect([path, res.status, res.headers.get('retry-after')]).toEqual([path, 429, '7']);
      expect(((await res.json()) as { message: string }).message).toMatch(/Too many requests/);
    }
    double.storm({ ms: 60_000, spareCredits: true });
    expect((await get('/v1/usage/credits')).status).toBe(200);
    expect((await get('/v1/currencies')).headers.get('retry-after')).toBeNull();
    double.clearFaults();
    expect((await get('/v1/currencies')).status).toBe(200);
  });

  it('ends by itself after `ms`', async () => {
    double.storm({ ms: 100 });
    expect((await get('/v1/currencies')).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await get('/v1/currencies')).status).toBe(200);
  });
});
