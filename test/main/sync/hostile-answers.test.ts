// Hostile and drifting balance answers, through the real engine, client and
// store against the double over HTTP: a bad row costs only that coin (its
// last-known value is kept, or it is left out and said so), an answer about
// another portfolio is refused, and the number stays right through recovery.
import { describe, expect, it } from 'vitest';
import { BALANCE, BINANCE_FIELDS, MIN, STATUS, useSyncHarness } from './harness';

const startHarness = useSyncHarness();

const valueOf = (rows: readonly { amount: number; price: number }[]): number => rows.reduce((sum, r) => sum + r.amount * r.price, 0);

describe('sync engine: hostile answers', () => {
  it.each(['not-a-number', 'negative', 'missing-field', 'overflow'] as const)(
    'one bad row (%s) after a good sync: the good rows update, that coin keeps its last-known value, flagged',
    async (variant) => {
      const h = await startHarness({ double: { syncPolls: 0 } });
      const id = await h.connect('binance', BINANCE_FIELDS);
      await h.engine.start();
      const before = h.store.getBalances()[id]!;
      const coin = before.rows[3]!;

      h.double.setFault('balance', { kind: 'drift', variant }, 1);
      await h.clock.advance(20 * MIN);
      await h.engine.refreshAll({ userInitiated: true });

      const after = h.store.getBalances()[id]!;
      expect(after.fetchedAt).toBeGreaterThan(before.fetchedAt);
      expect(after.rows).toHaveLength(before.rows.length);
      expect(after.rows.find((r) => r.coinId === coin.coinId)).toEqual(coin);
      expect(after.flagged).toEqual([{ coinId: coin.coinId, problem: expect.objectContaining({ id: expect.any(String) }), kept: true }]);
      expect(Number.isFinite(valueOf(after.rows))).toBe(true);
      expect(h.engine.connectionState(id).state).toBe('synced');

      // The next good answer clears the mark.
      await h.clock.advance(20 * MIN);
      await h.engine.refreshAll({ userInitiated: true });
      expect(h.store.getBalances()[id]?.flagged).toBeUndefined();
    },
  );

  it('a bad row on the first sync: that coin is left out and flagged, the rest is the balance', async () => {
    const h = await startHarness({ double: { syncPolls: 0 } });
    const id = await h.connect('binance', BINANCE_FIELDS);
    h.double.setFault('balance', { kind: 'drift', variant: 'not-a-number' }, 1);
    await h.engine.start();
    const expected = h.double.expectedBalance('binance', BINANCE_FIELDS);
    const saved = h.store.getBalances()[id]!;
    expect(saved.rows).toEqual(expected.filter((_, i) => i !== 3));
    expect(saved.flagged).toEqual([{ coinId: expected[3]!.coinId, problem: expect.objectContaining({ id: 'field', path: 'amount', expected: 'number_at_least_0' }), kept: false }]);
  });

  it('an answer about another exchange is refused: last-known kept, the error says why', async () => {
    const h = await startHarness({ double: { syncPolls: 0 } });
    const id = await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();
    const before = h.store.getBalances()[id];
    h.double.setFault('balance', { kind: 'drift', variant: 'foreign-connection' });
    await h.clock.advance(20 * MIN);
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.store.getBalances()[id]).toEqual(before);
    const { lastError } = h.engine.connectionState(id);
    expect(lastError?.code).toBe('invalid_response');
    expect(lastError?.message).toContain('about another exchange');

    h.double.setFault('balance', null);
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.engine.connectionState(id).state).toBe('synced');
  });

  it('an answer with another portfolio id for a known connection is refused; new keys may open a new one', async () => {
    const h = await startHarness({ double: { syncPolls: 0 } });
    const id = await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();
    const portfolioId = h.store.getConnection(id)?.portfolioId;
    const before = h.store.getBalances()[id];
    h.double.setFault('balance', { kind: 'drift', variant: 'other-portfolio' }, 1);
    await h.clock.advance(20 * MIN);
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.store.getBalances()[id]).toEqual(before);
    expect(h.store.getConnection(id)?.portfolioId).toBe(portfolioId);
    const { lastError } = h.engine.connectionState(id);
    expect(lastError?.code).toBe('invalid_response');
    expect(lastError?.message).toMatch(/portfolio\.id changed .*another portfolio/);

    // Recovery: the next true answer is taken.
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.engine.connectionState(id).state).toBe('synced');
  });

  it('a status in upper case is the status it spells; an unknown one is "not finished", followed by polls', async () => {
    const h = await startHarness({ double: { syncPolls: 0 } });
    const id = await h.connect('binance', BINANCE_FIELDS);
    h.double.setFault('balance', { kind: 'drift', variant: 'upper-case-status' }, 1);
    await h.engine.start();
    expect(h.engine.connectionState(id).state).toBe('synced');
    expect(h.store.getConnection(id)?.lastSyncAt).not.toBeNull();

    h.double.setFault('balance', { kind: 'drift', variant: 'unknown-status' }, 1);
    await h.clock.advance(20 * MIN);
    await h.engine.refreshAll({ userInitiated: true });
    expect(h.engine.connectionState(id)).toEqual({ state: 'syncing', lastError: null });
    await h.clock.advance(10 * MIN);
    expect(h.count(STATUS)).toBeGreaterThan(0);
    expect(h.engine.connectionState(id).state).toBe('synced');
  });

  it('a status that flaps (syncing → synced → syncing …) is one sync: one notification', async () => {
    const h = await startHarness({ double: { syncPolls: 1 } });
    await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();
    await h.clock.advance(5 * MIN);
    expect(h.notes.filter((n) => n.kind === 'synced')).toHaveLength(1);
    // Nine answers over the next minutes, alternating.
    for (let i = 0; i < 4; i++) {
      h.double.setFault('balance', { kind: 'drift', variant: 'still-syncing' }, 1);
      await h.engine.refreshAll({ userInitiated: true });
      await h.clock.advance(MIN);
    }
    expect(h.count(BALANCE)).toBeGreaterThanOrEqual(9);
    expect(h.notes.filter((n) => n.kind === 'synced')).toHaveLength(1);
    // A real sync later is announced again.
    await h.clock.advance(60 * MIN);
    h.double.setFault('balance', { kind: 'drift', variant: 'still-syncing' }, 1);
    await h.engine.refreshAll({ userInitiated: true });
    await h.clock.advance(5 * MIN);
    expect(h.notes.filter((n) => n.kind === 'synced')).toHaveLength(2);
  });
});
