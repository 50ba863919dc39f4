// One connection failing never blocks, delays or zeroes the others; each
// error gets its own reaction (stop, back off, retry) and a specific message.
import { afterEach, describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../../main/core/aggregate';
import { useTempDirs } from '../../support/temp-dir';
import { BALANCE, BINANCE_FIELDS, type Harness, KRAKEN_FIELDS, MIN, REJECTED_FIELDS, makeHarness } from './harness';

const tempDir = useTempDirs();
let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function twoSynced(concurrency?: number): Promise<{ good: string; bad: string }> {
  h = await makeHarness(await tempDir(), concurrency ? { concurrency } : {});
  const good = await h.connect('binance', BINANCE_FIELDS);
  const bad = await h.connect('kraken', KRAKEN_FIELDS);
  await h.engine.start();
  expect(h.engine.failingConnectionIds()).toEqual([]);
  return { good, bad };
}

describe('sync engine: failures', () => {
  it('an exchange rejecting its key: the other connection updates, the failing one keeps last-known, total is partial', async () => {
    const { good, bad } = await twoSynced();
    const h1 = h!;
    const badBefore = h1.store.getBalances()[bad];
    const goodBefore = h1.store.getBalances()[good];
    await h1.vault.setConnectionSecrets(bad, REJECTED_FIELDS);
    await h1.clock.advance(20 * MIN);
    await h1.engine.refreshAll({ userInitiated: true });

    expect(h1.store.getBalances()[good]?.fetchedAt).toBeGreaterThan(goodBefore!.fetchedAt);
    expect(h1.store.getBalances()[bad]).toEqual(badBefore);
    const state = h1.engine.connectionState(bad);
    expect(state.state).toBe('error');
    expect(state.lastError?.code).toMatch(/^(exchange_rejected|bad_request)$/);
    expect(state.lastError?.message).toContain('Kraken');
    expect(h1.store.getConnection(bad)?.lastError?.code).toBe(state.lastError?.code);
    expect(h1.engine.failingConnectionIds()).toEqual([bad]);
    const summary = aggregatePortfolio({
      balances: Object.values(h1.store.getBalances()),
      coins: {},
      dustThresholdUsd: 1,
      failingConnectionIds: h1.engine.failingConnectionIds(),
    });
    expect(summary.partial).toBe(true);
    expect(summary.totalUsd).toBeGreaterThan(0);
    expect(h1.notes.filter((n) => n.kind === 'key_rejected')).toHaveLength(1);

    // No automatic retries of the rejected key; the good one keeps refreshing.
    const before = h1.count(BALANCE);
    await h1.clock.advance(3 * 60 * MIN);
    const automatic = h1.count(BALANCE) - before;
    expect(automatic).toBeGreaterThan(0);
    expect(h1.engine.connectionState(bad).state).toBe('error');
    // One call per refresh: only the good connection was asked.
    expect(h1.costs.filter((c) => c.endpoint === 'balance' && !c.ok).length).toBe(1);
    // The user asking tries again, without a second notification.
    await h1.engine.refreshAll({ userInitiated: true });
    expect(h1.costs.filter((c) => c.endpoint === 'balance' && !c.ok).length).toBe(2);
    expect(h1.notes.filter((n) => n.kind === 'key_rejected')).toHaveLength(1);
  });

  it('a 503 on one connection: the other still updates, the failing one retries with backoff and recovers', async () => {
    const { good, bad } = await twoSynced(1);
    const h1 = h!;
    const badBefore = h1.store.getBalances()[bad];
    await h1.clock.advance(20 * MIN);
    // With concurrency 1 the first connection gets every attempt the client makes (1 + 2 retries).
    h1.double.setFault('balance', { kind: 'status', status: 503 }, 3);
    await h1.engine.refreshAll({ userInitiated: true });
    expect(h1.engine.connectionState(good).lastError?.code).toBe('unavailable');
    expect(h1.engine.connectionState(bad).state).toBe('synced');
    expect(h1.store.getBalances()[bad]?.fetchedAt).toBeGreaterThan(badBefore!.fetchedAt);
    expect(h1.store.getBalances()[good]?.rows.length).toBeGreaterThan(0);
    expect(h1.engine.failingConnectionIds()).toEqual([good]);

    await h1.clock.advance(2 * MIN);
    expect(h1.engine.connectionState(good)).toEqual({ state: 'synced', lastError: null });
    expect(h1.engine.failingConnectionIds()).toEqual([]);
  });

  it('out of credits: says so, stops automatic calls, lets the user try, recovers when credits return', async () => {
    const { good } = await twoSynced();
    const h1 = h!;
    h1.double.setCreditsUsed(20_000);
    await h1.clock.advance(31 * MIN); // the background refresh runs into the empty quota
    expect(h1.engine.connectionState(good).lastError?.code).toBe('out_of_credits');
    expect(h1.governor.view().limited?.kind).toBe('out_of_credits');
    expect(h1.notes.filter((n) => n.kind === 'credits_low')).toHaveLength(1);

    const before = h1.double.requests().length;
    await h1.clock.advance(5 * 60 * MIN);
    expect(await h1.engine.popoverOpened()).toBe(true);
    expect(h1.double.requests().length).toBe(before);

    await h1.engine.refreshAll({ userInitiated: true });
    expect(h1.count(BALANCE)).toBeGreaterThan(0);
    expect(h1.double.requests().length).toBeGreaterThan(before);
    expect(h1.notes.filter((n) => n.kind === 'credits_low')).toHaveLength(1);

    h1.double.setCreditsUsed(0);
    await h1.engine.refreshAll({ userInitiated: true });
    expect(h1.governor.view().limited).toBeNull();
    expect(h1.engine.failingConnectionIds()).toEqual([]);
  });

  it('rate limited: backs off with jitter, says which limit, then retries on its own', async () => {
    const { good } = await twoSynced(1);
    const h1 = h!;
    await h1.clock.advance(20 * MIN);
    const tooMany = { kind: 'status' as const, status: 429, body: { statusCode: 429, message: 'Too Many Requests' } };
    h1.double.setFault('balance', tooMany, 3);
    await h1.engine.refreshAll({ userInitiated: true });
    expect(h1.engine.connectionState(good).lastError?.code).toBe('rate_limited');
    const limited = h1.governor.view().limited;
    expect(limited?.kind).toBe('rate_limited');
    expect(limited?.until).toBeGreaterThan(h1.clock.now());
    // Nothing automatic goes out while limited.
    expect(h1.governor.allow(10, { userInitiated: false })).toBe(false);

    await h1.clock.advanceTo(limited!.until!);
    await h1.clock.advance(1_000);
    expect(h1.engine.connectionState(good)).toEqual({ state: 'synced', lastError: null });
    expect(h1.governor.view().limited).toBeNull();
  });
});
