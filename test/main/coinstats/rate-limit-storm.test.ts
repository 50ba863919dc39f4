// A 429 storm: every request refused for a while. The client asks
// /usage/credits once per storm (not once per 429), retries within the same
// limit as other temporary errors, waits what Retry-After asks but never
// long, holds every caller at one gate, and forgets the storm, and the
// governor its "rate limited", at the first answer.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import type { CoinStatsDouble } from '../../../main/double/server';
import { createManualClock } from '../../../main/services/clock';
import { type GovernorStore, createCreditGovernor } from '../../../main/services/credit-governor';
import { clientFailure, useCoinStats } from '../../support/coinstats-fixture';
import { BINANCE_FIELDS } from '../../support/double-helpers';
import { T0 } from '../../support/test-time';

// Each test has its own double, so its request log is the test's alone.
const coinstats = useCoinStats({ fileDouble: false });

const balance = { connectionId: 'binance', connectionFields: BINANCE_FIELDS };
const MINUTE = 60_000;

const paths = (double: CoinStatsDouble): string[] => double.requests().map((r) => r.path.split('?')[0] ?? '');
const count = (double: CoinStatsDouble, path: string): number => paths(double).filter((p) => p === path).length;

describe('429 storm', () => {
  it('one credits probe for the whole storm; each call still makes at most 1 + limit attempts', async () => {
    const double = await coinstats.start();
    const { client } = coinstats.client({ double, retry: { limit: 2, baseDelayMs: 1 } });
    double.storm({ ms: MINUTE });
    for (let i = 0; i < 3; i++) {
      const error = await clientFailure(client.getExchangeBalance(balance));
      expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
      expect(error.message).toMatch(/^CoinStats is limiting how fast we may ask: Too many requests/);
      expect(error.action).toMatch(/slows down and retries on its own/);
    }
    expect(count(double, '/v1/usage/credits')).toBe(1);
    expect(count(double, '/v1/exchange/balance')).toBe(9);
    expect(double.requests().every((r) => r.status === 429)).toBe(true);
  });

  it('one probe too when the credits call is spared and says credits remain', async () => {
    const double = await coinstats.start();
    const { client } = coinstats.client({ double, retry: { limit: 1, baseDelayMs: 1 } });
    double.storm({ ms: MINUTE, spareCredits: true });
    await Promise.all([1, 2, 3].map(() => clientFailure(client.getCurrencies())));
    await clientFailure(client.getSupportedExchanges());
    expect(count(double, '/v1/usage/credits')).toBe(1);
  });

  it('the storm ends at the first answer: the next storm is probed afresh', async () => {
    const double = await coinstats.start();
    const { client } = coinstats.client({ double, retry: { limit: 0, baseDelayMs: 1 } });
    double.storm({ ms: MINUTE });
    await clientFailure(client.getCurrencies());
    await clientFailure(client.getCurrencies());
    double.storm(null);
    await expect(client.getCurrencies()).resolves.toMatchObject({ USD: 1 });
    double.storm({ ms: MINUTE });
    await clientFailure(client.getCurrencies());
    expect(paths(double)).toEqual(['/v1/currencies', '/v1/usage/credits', '/v1/currencies', '/v1/currencies', '/v1/currencies', '/v1/usage/credits']);
  });

  it('honours Retry-After: the retry waits what the server asked', async () => {
    const double = await coinstats.start();
    const { client } = coinstats.client({ double, retry: { limit: 1, baseDelayMs: 1 } });
    double.storm({ ms: MINUTE, retryAfterSeconds: 1 });
    await clientFailure(client.getCurrencies());
    const tries = double.requests().filter((r) => r.path === '/v1/currencies');
    expect(tries).toHaveLength(2);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('a Retry-After of an hour is bounded: calls fail at once, without a request, and do not wait an hour', async () => {
    const double = await coinstats.start();
    const { client } = coinstats.client({ double, retry: { limit: 2, baseDelayMs: 1 } });
    double.storm({ ms: MINUTE, retryAfterSeconds: 3600 });
    await clientFailure(client.getCurrencies());
    const sent = double.requests().length;
    // The gate is shut for the bounded pause: nobody asks, whoever calls.
    const errors = await Promise.all([1, 2, 3, 4, 5].map(() => clientFailure(client.getExchangeBalance(balance))));
    expect(errors.map((e) => e.code)).toEqual(Array(5).fill('rate_limited'));
    expect(double.requests()).toHaveLength(sent);
    expect(paths(double)).toEqual(['/v1/currencies', '/v1/usage/credits']);
  });

  it('out of credits is no storm: it is not retried, and the next 429 asks again', async () => {
    const double = await coinstats.start({ quota: 100 });
    double.setCreditsUsed(100);
    const { client } = coinstats.client({ double });
    expect((await clientFailure(client.getExchangeBalance(balance))).code).toBe('out_of_credits');
    expect((await clientFailure(client.getExchangeBalance(balance))).code).toBe('out_of_credits');
    expect(paths(double)).toEqual(['/v1/exchange/balance', '/v1/usage/credits', '/v1/exchange/balance', '/v1/usage/credits']);
  });
});

describe('the governor after a storm', () => {
  function governorFed() {
    const ledger: Array<{ t: number; credits: number }> = [];
    const store = {
      getSettings: () => DEFAULT_SETTINGS,
      appendLedger: (e) => ledger.push({ t: e.t ?? 0, credits: e.credits }),
      ledgerSince: (since) => ledger.filter((e) => e.t >= since),
    } satisfies GovernorStore;
    const clock = createManualClock(T0);
    const governor = createCreditGovernor({ store, clock, connectionCount: () => 1 });
    governor.markLimited('rate_limited', clock.now() + 10 * MINUTE);
    return governor;
  }

  it('stops saying "rate limited" at the first charged answer, not when the pause runs out', async () => {
    const double = await coinstats.start();
    const governor = governorFed();
    const { client } = coinstats.client({ double, retry: { limit: 0, baseDelayMs: 1 }, onCost: (entry) => governor.record(entry) });
    double.storm({ ms: MINUTE });
    await clientFailure(client.getCurrencies());
    expect(governor.view().limited?.kind).toBe('rate_limited');
    double.storm(null);
    await client.getCurrencies();
    expect(governor.view().limited).toBeNull();
  });

  it('a failed or free call does not end it; a charged answer does, even reported without `ok`; no credits stays', () => {
    const governor = governorFed();
    governor.record({ endpoint: 'credits', credits: 0, ok: true });
    governor.record({ endpoint: 'balance', credits: 0, ok: false });
    // Charged but failed: a timeout may have been processed, which says nothing about the limit.
    governor.record({ endpoint: 'balance', credits: 10, ok: false });
    expect(governor.limited()?.kind).toBe('rate_limited');
    // As main/app/session.ts reports today, without `ok`: a charged call was answered.
    governor.record({ endpoint: 'currencies', credits: 1 });
    expect(governor.limited()).toBeNull();

    governor.markLimited('out_of_credits', null);
    governor.record({ endpoint: 'currencies', credits: 1, ok: true });
    expect(governor.limited()?.kind).toBe('out_of_credits');
  });
});
