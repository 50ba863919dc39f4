// One connection failing never blocks, delays or zeroes the others; each
// error gets its own reaction (stop, back off, retry) and a specific message.
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../../main/core/aggregate';
import { BALANCE, BINANCE_FIELDS, type Harness, KRAKEN_FIELDS, MIN, REJECTED_FIELDS, useSyncHarness } from './harness';

const startHarness = useSyncHarness();

async function twoSynced(concurrency?: number): Promise<{ h: Harness; good: string; bad: string }> {
  const h = await startHarness(concurrency ? { concurrency } : {});
  const good = await h.connect('binance', BINANCE_FIELDS);
  const bad = await h.connect('kraken', KRAKEN_FIELDS);
  await h.engine.start();
  expect(h.failing()).toEqual([]);
  return { h, good, bad };
}

describe('sync engine: failures', () => {
  it('an exchange rejecting its key: the other connection updates, the failing one keeps last-known, total is partial', async () => {
    const { h, good, bad } = await twoSynced();
    const badBefore = h.store.getBalances()[bad];
    const goodBefore = h.store.getBalances()[good];
    await h.vault.setConnectionSecrets(bad, REJECTED_FIELDS);
    await h.clock.advance(20 * MIN);
    await h.engine.refreshAll({ userInitiated: true });

    expect(h.store.getBalances()[good]?.fetchedAt).toBeGreaterThan(goodBefore!.fetchedAt);
    expect(h.store.getBalances()[bad]).toEqual(badBefore);
    const state = h.engine.connectionState(bad);
    expect(state.state).toBe('error');
    expect(state.lastError?.code).toMatch(/^(exchange_rejected|bad_request)$/);
    expect(state.lastError?.message).toContain('Kraken');
    expect(h.store.getConnection(bad)?.lastError?.code).toBe(state.lastError?.code);
    expect(h.failing()).toEqual([bad]);
    const summary = aggregatePortfolio({
      balances: Object.values(h.store.getBalances()),
      coins: {},
      dustThresholdUsd: 1,
      failingConnectionIds: h.failing(),
    });
    expect(summary.partial).toBe(true);
    expect(summary.totalUsd).toBeGreaterThan(0);
    expect(h.notes.filter((n) => n.kind === 'key_rejected')).toHaveLength(1);

    // No automatic retries of the rejected key; the good one keeps refreshing.
    const before = h.count(BALANCE);
    await h.clock.advance(3 * 60 * MIN);
    const automatic = h.count(BALANCE) - before;
    expect(automatic).toBeGreaterThan(0);
    expect(h.engine.connectionState(bad).state).toBe('error');
    // One call per refresh: only the good connection was asked.
    expect(h.costs.filter((c) => c.endpoint === 'balance' && !c.ok).length).toBe(1);
    // The user asking tries again, without a second notification.
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.costs.filter((c) => c.endpoint === 'balance' && !c.ok).length).toBe(2);
    expect(h.notes.filter((n) => n.kind === 'key_rejected')).toHaveLength(1);
  });

  it('a 503 on one connection: the other still updates, the failing one retries with backoff and recovers', async () => {
    const { h, good, bad } = await twoSynced(1);
    const badBefore = h.store.getBalances()[bad];
    await h.clock.advance(20 * MIN);
    // With concurrency 1 the first connection gets every attempt the client makes (1 + 2 retries).
    h.double.setFault('balance', { kind: 'status', status: 503 }, 3);
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.engine.connectionState(good).lastError?.code).toBe('unavailable');
    expect(h.engine.connectionState(bad).state).toBe('synced');
    expect(h.store.getBalances()[bad]?.fetchedAt).toBeGreaterThan(badBefore!.fetchedAt);
    expect(h.store.getBalances()[good]?.rows.length).toBeGreaterThan(0);
    expect(h.failing()).toEqual([good]);

    await h.clock.advance(2 * MIN);
    expect(h.engine.connectionState(good)).toEqual({ state: 'synced', lastError: null });
    expect(h.failing()).toEqual([]);
  });

  it('out of credits: says so, stops automatic calls, lets the user try, recovers when credits return', async () => {
    const { h, good } = await twoSynced();
    h.double.setCreditsUsed(20_000);
    await h.clock.advance(31 * MIN); // the background refresh runs into the empty quota
    expect(h.engine.connectionState(good).lastError?.code).toBe('out_of_credits');
    expect(h.governor.view().limited?.kind).toBe('out_of_credits');
    expect(h.notes.filter((n) => n.kind === 'credits_low')).toHaveLength(1);

    const before = h.double.requests().length;
    await h.clock.advance(5 * 60 * MIN);
    expect(await h.engine.popoverOpened()).toBe(true);
    expect(h.double.requests().length).toBe(before);

    await h.engine.refreshAll({ userInitiated: true });
    expect(h.count(BALANCE)).toBeGreaterThan(0);
    expect(h.double.requests().length).toBeGreaterThan(before);
    expect(h.notes.filter((n) => n.kind === 'credits_low')).toHaveLength(1);

    h.double.setCreditsUsed(0);
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.governor.view().limited).toBeNull();
    expect(h.failing()).toEqual([]);
  });

  it('rate limited: backs off with jitter, says which limit, then retries on its own', async () => {
    const { h, good } = await twoSynced(1);
    await h.clock.advance(20 * MIN);
    const tooMany = { kind: 'status' as const, status: 429, body: { statusCode: 429, message: 'Too Many Requests' } };
    // Both connections' calls (each 1 + 2 retries): a success on either would end the limit.
    h.double.setFault('balance', tooMany, 6);
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.engine.connectionState(good).lastError?.code).toBe('rate_limited');
    const limited = h.governor.view().limited;
    expect(limited?.kind).toBe('rate_limited');
    expect(limited?.until).toBeGreaterThan(h.clock.now());
    // Nothing automatic goes out while limited.
    expect(h.governor.allow(10, { userInitiated: false })).toBe(false);

    await h.clock.advanceTo(limited!.until!);
    await h.clock.advance(1_000);
    expect(h.engine.connectionState(good)).toEqual({ state: 'synced', lastError: null });
    expect(h.governor.view().limited).toBeNull();
  });
});
