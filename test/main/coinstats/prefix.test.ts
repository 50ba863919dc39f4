// The docs disagree on the /v1 prefix: the client tries the other form once on
// a "no such route" 404 and remembers what worked.
import { describe, expect, it } from 'vitest';
import { CoinStatsError } from '../../../main/coinstats/errors';
import type { CoinStatsDouble } from '../../../main/double/server';
import { useCoinStats } from '../../support/coinstats-fixture';
import { captureError } from '../../support/double-helpers';

// Each test's double serves one path form; the file has no double of its own.
const coinstats = useCoinStats({ fileDouble: false });
const only = (prefix: '/v1' | ''): Promise<CoinStatsDouble> => coinstats.start({ prefixes: [prefix] });

describe('path prefix fallback', () => {
  it('falls back from /v1 to no prefix, learns it, and uses it from then on', async () => {
    const double = await only('');
    const { client, learned } = coinstats.client({ double, prefix: '/v1' });
    await expect(client.getCurrencies()).resolves.toMatchObject({ USD: 1 });
    expect(learned).toEqual(['']);
    await client.getSupportedExchanges();
    expect(double.requests().map((r) => `${r.status} ${r.path}`)).toEqual([
      '404 /v1/currencies',
      '200 /currencies',
      '200 /exchange/support',
    ]);
    expect(learned).toEqual(['']);
  });

  it('falls back from no prefix to /v1, for POST too', async () => {
    const double = await only('/v1');
    const { client, learned, costs } = coinstats.client({ double, prefix: '' });
    const answer = await client.getExchangeBalance({ connectionId: 'bybit', connectionFields: { apiKey: 'demo-a', apiSecret: 'demo-b' } });
    expect(answer.portfolio.connectionId).toBe('bybit');
    expect(learned).toEqual(['/v1']);
    // The miss cost nothing; the hit cost a balance call.
    expect(costs.map((c) => c.credits)).toEqual([0, 10]);
  });

  it('does not switch on a 404 that is about a resource, not a route', async () => {
    const double = await only('/v1');
    const { client, learned } = coinstats.client({ double, prefix: '/v1' });
    const error = (await captureError(client.getExchangeStatus('0'.repeat(64)))) as CoinStatsError;
    expect(error.code).toBe('not_found');
    expect(learned).toEqual([]);
    expect(double.requests()).toHaveLength(1);
  });

  it('tries the other form only once, then reports not_found', async () => {
    const double = await only('/v1');
    // A base URL with a wrong path: neither form exists.
    const { client, learned } = coinstats.client({ double, baseUrl: `${double.url}/wrong` });
    const error = (await captureError(client.getCurrencies())) as CoinStatsError;
    expect(error).toBeInstanceOf(CoinStatsError);
    expect(error.code).toBe('not_found');
    expect(double.requests().map((r) => r.path)).toEqual(['/wrong/v1/currencies', '/wrong/currencies']);
    expect(learned).toEqual([]);
  });

  it('defaults to TALLYBAR_API_BASE_URL when no base URL is given', async () => {
    const double = await only('/v1');
    const previous = process.env.TALLYBAR_API_BASE_URL;
    process.env.TALLYBAR_API_BASE_URL = double.url;
    try {
      const { client } = coinstats.client({ double, baseUrl: undefined });
      await expect(client.getCurrencies()).resolves.toMatchObject({ USD: 1 });
      expect(double.requests().map((r) => r.path)).toEqual(['/v1/currencies']);
    } finally {
      if (previous === undefined) delete process.env.TALLYBAR_API_BASE_URL;
      else process.env.TALLYBAR_API_BASE_URL = previous;
    }
  });
});
