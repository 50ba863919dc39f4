// When the engine refreshes: popover openings on stale data, the background
// interval while the user is at the computer, and never while asleep, locked
// or offline — with a refresh on coming back when data went stale.
import { describe, expect, it } from 'vitest';
import { BALANCE, BINANCE_FIELDS, COINS, CURRENCIES, type Harness, KRAKEN_FIELDS, MIN, useSyncHarness } from './harness';

const startHarness = useSyncHarness();

async function started(): Promise<Harness> {
  const h = await startHarness();
  await h.connect('binance', BINANCE_FIELDS);
  await h.connect('kraken', KRAKEN_FIELDS);
  await h.engine.start();
  // Names and rates follow the balances in the background.
  await h.engine.whenIdle();
  expect(h.count(BALANCE)).toBe(2);
  return h;
}

describe('sync engine: triggers', () => {
  it('a refresh the user asks for during an automatic one still reaches what that one skipped', async () => {
    const h = await startHarness();
    await h.connect('binance', BINANCE_FIELDS);
    const kraken = await h.connect('kraken', KRAKEN_FIELDS);
    await h.engine.start();
    await h.clock.advance(10 * MIN);
    await h.engine.refreshConnection(kraken, { userInitiated: true });
    expect(h.count(BALANCE)).toBe(3);
    await h.clock.advance(6 * MIN);
    // Only Binance is stale now: the popover's refresh covers it alone.
    h.double.setFault('balance', { kind: 'slow', ms: 150 }, 1);
    const automatic = h.engine.popoverOpened();
    const asked = h.engine.refreshAll({ userInitiated: true });
    await Promise.all([automatic, asked]);
    await h.engine.whenIdle();
    expect(h.count(BALANCE)).toBe(5);
  });

  it('popover opening refreshes only when data is older than the freshness target', async () => {
    const h1 = await started();
    await h1.clock.advance(10 * MIN);
    expect(await h1.engine.popoverOpened()).toBe(false);
    expect(h1.count(BALANCE)).toBe(2);
    await h1.clock.advance(6 * MIN);
    expect(await h1.engine.popoverOpened()).toBe(true);
    expect(h1.count(BALANCE)).toBe(4);
  });

  it('refreshes in the background while the user is active, not while away; coming back refreshes stale data', async () => {
    const h1 = await started();
    // Default settings: every 30 min (2 × the 15 min freshness target, under the 60 min background interval).
    expect(h1.governor.effectiveBackgroundMinutes()).toBe(30);
    await h1.clock.advance(30 * MIN);
    expect(h1.count(BALANCE)).toBe(4);
    h1.engine.setUserActive(false);
    await h1.clock.advance(4 * 60 * MIN);
    expect(h1.count(BALANCE)).toBe(4);
    h1.engine.setUserActive(true);
    await h1.clock.advance(0);
    expect(h1.count(BALANCE)).toBe(6);
  });

  it.each([
    ['asleep', (e: Harness['engine']) => e.suspend(), (e: Harness['engine']) => e.resume()],
    ['locked', (e: Harness['engine']) => e.lock(), (e: Harness['engine']) => e.unlock()],
    ['offline', (e: Harness['engine']) => e.setOnline(false), (e: Harness['engine']) => e.setOnline(true)],
  ])('pauses while %s and refreshes on return when stale', async (_what, pause, back) => {
    const h1 = await started();
    pause(h1.engine);
    await h1.clock.advance(8 * 60 * MIN);
    expect(await h1.engine.popoverOpened()).toBe(false);
    expect(h1.count(BALANCE)).toBe(2);
    back(h1.engine);
    await h1.clock.advance(0);
    expect(h1.count(BALANCE)).toBe(4);
  });

  it('does not refresh on return when data is still fresh', async () => {
    const h1 = await started();
    h1.engine.suspend();
    await h1.clock.advance(5 * MIN);
    h1.engine.resume();
    await h1.clock.advance(0);
    expect(h1.count(BALANCE)).toBe(2);
  });

  it('a status poll due while asleep runs on wake, not into the void', async () => {
    const h = await startHarness({ double: { syncPolls: 1 } });
    const id = await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();
    h.engine.suspend();
    await h.clock.advance(10 * MIN);
    expect(h.engine.connectionState(id).state).toBe('syncing');
    h.engine.resume();
    await h.clock.advance(2 * MIN);
    expect(h.engine.connectionState(id).state).toBe('synced');
    expect(h.notes.map((n) => n.kind)).toEqual(['synced']);
  });

  it('enriches with one /coins call for all held coins, cached until new coins appear or a day passes', async () => {
    const h1 = await started();
    const held = h1.enrichment.heldCoinIds();
    expect(held.length).toBeGreaterThan(40);
    expect(held.some((id) => id.startsWith('FiatCoin'))).toBe(false);
    // The client puts up to 200 ids in one call.
    expect(h1.count(COINS)).toBe(Math.ceil(held.length / 200));
    expect(h1.count(CURRENCIES)).toBe(1);
    const cached = h1.store.getCoinCache().value;
    expect(cached.bitcoin?.symbol).toBe('BTC');

    await h1.engine.refreshAll({ userInitiated: true });
    await h1.clock.advance(3 * 60 * MIN);
    expect(h1.count(COINS)).toBe(Math.ceil(held.length / 200));
    expect(h1.count(CURRENCIES)).toBe(1);

    await h1.clock.advance(24 * 60 * MIN);
    await h1.engine.refreshAll({ userInitiated: true });
    await h1.engine.whenIdle();
    expect(h1.count(COINS)).toBe(2 * Math.ceil(held.length / 200));
    expect(h1.count(CURRENCIES)).toBe(2);
  });
});

describe('sync engine: bounded concurrency and daily rates', () => {
  it('never has more than three balance calls in flight', async () => {
    const h = await startHarness();
    for (let i = 0; i < 6; i++) await h.connect('binance', { apiKey: `demoKEY-c${i}-aaaa`, apiSecret: `demoSECRET-c${i}-bbbb` }, `Binance ${i}`);
    h.double.setFault('balance', { kind: 'slow', ms: 250 }, 6);
    await h.engine.refreshAll({ userInitiated: true });
    const arrivals = h.double
      .requests()
      .filter((r) => r.method === 'POST' && r.path === '/v1/exchange/balance')
      .map((r) => r.at);
    expect(arrivals).toHaveLength(6);
    // A call starts only when one of three slots frees: 250 ms after a slot's previous start.
    for (let i = 3; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 3]!).toBeGreaterThanOrEqual(200);
  });

  it('asks for currency rates once a day, not on every refresh', async () => {
    const h1 = await started();
    const first = h1.count(CURRENCIES);
    expect(first).toBe(1);
    await h1.engine.refreshAll({ userInitiated: true });
    await h1.clock.advance(6 * 60 * MIN);
    await h1.engine.refreshAll({ userInitiated: true });
    expect(h1.count(CURRENCIES)).toBe(1);
    await h1.clock.advance(19 * 60 * MIN);
    await h1.engine.refreshAll({ userInitiated: true });
    await h1.engine.whenIdle();
    expect(h1.count(CURRENCIES)).toBe(2);
  });
});

describe('sync engine: progress', () => {
  it('counts the connections a refresh has been through, then clears', async () => {
    const h = await startHarness({ concurrency: 1 });
    for (let i = 0; i < 3; i++) await h.connect('binance', { apiKey: `demoKEY-p${i}-aaaa`, apiSecret: `demoSECRET-p${i}-bbbb` }, `Binance ${i}`);
    h.double.setFault('balance', { kind: 'slow', ms: 120 }, 3);
    expect(h.engine.progress()).toBeNull();
    const seen = new Set<string>();
    const refresh = h.engine.refreshAll({ userInitiated: true });
    const poll = setInterval(() => {
      const p = h.engine.progress();
      if (p) seen.add(`${p.done}/${p.total}`);
    }, 10);
    await refresh;
    clearInterval(poll);
    // The refresh ends with the last exchange: names and icons follow in the background.
    expect([...seen]).toEqual(['0/3', '1/3', '2/3']);
    expect(h.engine.progress()).toBeNull();
  });
});
