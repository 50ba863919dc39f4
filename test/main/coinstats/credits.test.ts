// 429 disambiguation through /usage/credits, and the cost ledger.
import { describe, expect, it } from 'vitest';
import { CREDIT_COSTS } from '../../../common/credit-costs';
import { CoinStatsError } from '../../../main/coinstats/errors';
import { useCoinStats } from '../../support/coinstats-fixture';
import { BINANCE_FIELDS, captureError } from '../../support/double-helpers';

// Each test meters its own double: credits and rate limits are what is tested.
const coinstats = useCoinStats({ fileDouble: false });

const balance = { connectionId: 'binance', connectionFields: BINANCE_FIELDS };

describe('429: rate limit or out of credits', () => {
  it('out_of_credits when /usage/credits says nothing is left; not retried', async () => {
    const double = await coinstats.start({ quota: 100 });
    double.setCreditsUsed(100);
    const { client, costs } = coinstats.client({ double });
    const error = (await captureError(client.getExchangeBalance(balance))) as CoinStatsError;
    expect(error).toBeInstanceOf(CoinStatsError);
    expect(error).toMatchObject({ code: 'out_of_credits', status: 429 });
    expect(error.message).toMatch(/100 of 100 used/);
    expect(error.action).toMatch(/credits reset/);
    expect(costs.map((c) => [c.endpoint, c.credits])).toEqual([['balance', 0], ['credits', 0]]);
    expect(double.requests().map((r) => `${r.status} ${r.path}`)).toEqual(['429 /v1/exchange/balance', '200 /v1/usage/credits']);
  });

  it('out_of_credits when fewer credits are left than the call costs', async () => {
    const double = await coinstats.start({ quota: 100 });
    double.setCreditsUsed(95);
    const { client } = coinstats.client({ double });
    const error = (await captureError(client.getExchangeBalance(balance))) as CoinStatsError;
    expect(error.code).toBe('out_of_credits');
    // …while a cheap call still goes through.
    await expect(client.getCurrencies()).resolves.toMatchObject({ USD: 1 });
  });

  it('rate_limited when credits remain; retried with backoff until the window clears', async () => {
    const double = await coinstats.start({ rateLimit: { requests: 1, perMs: 300 } });
    const { client, costs } = coinstats.client({ double, retry: { limit: 4, baseDelayMs: 200 } });
    const [a, b] = await Promise.all([client.getCurrencies(), client.getSupportedExchanges()]);
    expect(a.USD).toBe(1);
    expect(b.length).toBeGreaterThan(0);
    expect(double.requests().some((r) => r.status === 429)).toBe(true);
    expect(costs.filter((c) => c.endpoint === 'support' && c.ok)).toHaveLength(1);
  });

  it('rate_limited when the probe itself is refused, reported after the retry limit; the retry reuses the verdict', async () => {
    const double = await coinstats.start();
    const { client } = coinstats.client({ double, retry: { limit: 1, baseDelayMs: 1 } });
    double.setFault('balance', { kind: 'status', status: 429 });
    double.setFault('credits', { kind: 'status', status: 429 });
    const error = (await captureError(client.getExchangeBalance(balance))) as CoinStatsError;
    expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(error.action).toMatch(/slows down/);
    expect(double.requests().map((r) => r.path)).toEqual(['/v1/exchange/balance', '/v1/usage/credits', '/v1/exchange/balance']);
  });
});

describe('cost ledger', () => {
  it('reports every call with the documented cost, and agrees with the double’s meter', async () => {
    const double = await coinstats.start({ syncPolls: 1 });
    const { client, costs } = coinstats.client({ double });
    const { portfolio } = await client.getExchangeBalance(balance);
    await client.getExchangeStatus(portfolio.id);
    await client.getSupportedExchanges();
    await client.getCoins(['bitcoin', 'ethereum']);
    await client.getCurrencies();
    const usage = await client.getCreditUsage();
    expect(costs.map((c) => [c.endpoint, c.credits, c.ok])).toEqual([
      ['balance', 10, true], ['status', 3, true], ['support', 1, true], ['coins', 2, true], ['currencies', 1, true], ['credits', 0, true],
    ]);
    const spent = costs.reduce((sum, c) => sum + c.credits, 0);
    expect(spent).toBe(17);
    expect(double.creditsUsed()).toBe(spent);
    expect(usage.usedCredits).toBe(spent);
    for (const c of costs) expect(c.at).toBeGreaterThan(Date.now() - 60_000);
  });

  it('charges nothing for refused calls', async () => {
    const double = await coinstats.start();
    const { client, costs } = coinstats.client({ double });
    await captureError(client.getExchangeBalance({ connectionId: 'binance', connectionFields: { apiKey: 'x-1234', apiSecret: 'demo' } }));
    // The refused balance call, then the free probe that tells whose key it was.
    expect(costs).toEqual([
      expect.objectContaining({ endpoint: 'balance', credits: 0, ok: false }),
      expect.objectContaining({ endpoint: 'credits', credits: 0, ok: true }),
    ]);
    expect(double.creditsUsed()).toBe(0);
  });

  it('has the table from coinstats-api.md', () => {
    expect(CREDIT_COSTS).toEqual({ balance: 10, support: 1, status: 3, sync: 20, coins: 2, coin: 1, currencies: 1, credits: 0 });
  });
});
