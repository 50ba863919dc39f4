// A connection's sync from the first balance call to "synced", against the
// CoinStats double over real HTTP, with a manual clock.
import { describe, expect, it } from 'vitest';
import { BALANCE, BINANCE_FIELDS, MIN, STATUS, useSyncHarness } from './harness';

const startHarness = useSyncHarness();

describe('sync engine: syncing → synced', () => {
  it('follows a syncing portfolio with status polls, fetches once on synced and notifies exactly once', async () => {
    const h = await startHarness({ double: { syncPolls: 2 } });
    const id = await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();

    expect(h.count(BALANCE)).toBe(1);
    expect(h.engine.connectionState(id).state).toBe('syncing');
    expect(h.notes).toEqual([]);

    await h.clock.advance(2 * MIN);
    // 2 polls answer "syncing", the third "synced", then one balance call.
    expect(h.count(STATUS)).toBe(3);
    expect(h.count(BALANCE)).toBe(2);
    expect(h.engine.connectionState(id)).toEqual({ state: 'synced', lastError: null });
    expect(h.notes).toHaveLength(1);
    expect(h.notes[0]).toMatchObject({ kind: 'synced', connectionId: id });
    expect(h.notes[0]?.body).toMatch(/^Binance synced — \$\d{1,3}(,\d{3})*\.\d\d$/);

    const stored = h.store.getBalances()[id];
    expect(stored?.rows).toEqual(h.double.expectedBalance('binance', BINANCE_FIELDS));
    expect(h.store.getConnection(id)?.lastSyncAt).toBeGreaterThan(h.clock.now() - 2 * MIN);

    // Later refreshes of a synced portfolio are not transitions: no more notifications, no polls.
    await h.engine.refreshAll({ userInitiated: true });
    await h.clock.advance(5 * MIN);
    expect(h.notes).toHaveLength(1);
    expect(h.count(STATUS)).toBe(3);
  });

  it('states the amount only when privacy mode is off, and stays silent when notifications are off', async () => {
    const privacy = await startHarness({ double: { syncPolls: 1 }, settings: { privacyMode: true } });
    await privacy.connect('binance', BINANCE_FIELDS);
    await privacy.engine.start();
    await privacy.clock.advance(MIN);
    expect(privacy.notes.map((n) => n.body)).toEqual(['Binance synced — •••••']);
    await privacy.close();

    const silent = await startHarness({ double: { syncPolls: 1 }, settings: { notifications: false } });
    const id = await silent.connect('binance', BINANCE_FIELDS);
    await silent.engine.start();
    await silent.clock.advance(MIN);
    expect(silent.engine.connectionState(id).state).toBe('synced');
    // The engine reports the transition either way; whether it is shown is the
    // app's one decision (test/main/app/notifications.test.ts).
    expect(silent.notes.map((n) => n.kind)).toEqual(['synced']);
  });

  it('never overwrites a good last-known balance with an empty syncing answer', async () => {
    const h = await startHarness({ double: { syncPolls: 0 } });
    const id = await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();
    const good = h.store.getBalances()[id];
    const syncedAt = h.store.getConnection(id)?.lastSyncAt;
    expect(good?.rows.length).toBeGreaterThan(0);
    const portfolioId = h.store.getConnection(id)?.portfolioId;

    h.double.setFault('balance', {
      kind: 'status',
      status: 200,
      body: { balances: [], portfolio: { id: portfolioId, status: 'syncing', connectionId: 'binance' } },
    }, 1);
    await h.clock.advance(20 * MIN);
    await h.engine.refreshAll({ userInitiated: true });

    expect(h.store.getBalances()[id]).toEqual(good);
    expect(h.store.getConnection(id)?.lastSyncAt).toBe(syncedAt);
    expect(h.engine.connectionState(id).state).toBe('syncing');
    // The double says synced at the next status poll: one balance call, data fresh again.
    await h.clock.advance(MIN);
    expect(h.engine.connectionState(id).state).toBe('synced');
    expect(h.store.getConnection(id)?.lastSyncAt).toBeGreaterThan(syncedAt ?? 0);
    expect(h.store.getBalances()[id]?.rows).toEqual(good?.rows);
  });
});
