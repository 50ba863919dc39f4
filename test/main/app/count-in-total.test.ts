// Leaving a connection out of the total, through the real app: the total,
// holdings, tray and history drop it; its card keeps its own value; the
// standing names it apart and the total is not "partial" for it; the choice
// is stored with the connection and survives a restart.
import { describe, expect, it } from 'vitest';
import { BINANCE_FIELDS, KUCOIN_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { okValue, startAppHarness, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

async function twoExchanges() {
  const h = await startApp({ double: { syncPolls: 0 } });
  okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
  const binance = okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS }));
  const kucoin = okValue(await h.invoke('addConnection', { exchangeId: 'kucoin', fields: KUCOIN_FIELDS, name: 'Test account' }));
  await h.settle();
  return { h, binance, kucoin };
}

describe('count in total', () => {
  it('a connection left out is dropped from the total, holdings, tray and history, and shown apart with its own value', async () => {
    const { h, binance, kucoin } = await twoExchanges();
    const before = okValue(await h.invoke('getState'));
    const own = before.connections.map((c) => c.totalUsd ?? 0);
    expect(before.portfolio.totalUsd).toBeCloseTo(own[0]! + own[1]!, 6);
    expect(before.connections.every((c) => c.countInTotal)).toBe(true);

    okValue(await h.invoke('setCountInTotal', { id: kucoin.id, countInTotal: false }));
    await h.settle();
    const after = okValue(await h.invoke('getState'));
    const card = after.connections.find((c) => c.id === kucoin.id)!;
    expect(card.countInTotal).toBe(false);
    expect(card.totalUsd).toBeCloseTo(own[1]!, 6);
    expect(after.portfolio.totalUsd).toBeCloseTo(after.connections.find((c) => c.id === binance.id)!.totalUsd!, 6);
    expect(after.portfolio.rows.flatMap((r) => r.split.map((s) => s.connectionId))).not.toContain(kucoin.id);
    expect(after.portfolio.partial).toBe(false);
    expect(after.standing).toMatchObject({ notCounted: ['Test account'], failing: [], firstSync: [], leftOut: [] });
    expect(h.tray.toolTip()).toContain('1 exchange not counted (Test account)');

    const history = okValue(await h.invoke('queryHistory', { range: 'all' }));
    expect(history.at(-1)!.connections![kucoin.id]).toEqual({ name: 'Test account', usd: null });
    expect(history.at(-1)!.totalUsd).toBeCloseTo(after.portfolio.totalUsd, 6);

    okValue(await h.invoke('setCountInTotal', { id: kucoin.id, countInTotal: true }));
    await h.settle();
    expect(okValue(await h.invoke('getState')).portfolio.totalUsd).toBeCloseTo(before.portfolio.totalUsd, 6);
  });

  it('is stored with the connection: a restart keeps it left out', async () => {
    const { h, kucoin } = await twoExchanges();
    okValue(await h.invoke('setCountInTotal', { id: kucoin.id, countInTotal: false }));
    await h.close();
    const again = await startAppHarness(h.dir, { double: { syncPolls: 0 } });
    try {
      expect(again.app.snapshot().connections.find((c) => c.id === kucoin.id)?.countInTotal).toBe(false);
      expect(again.app.snapshot().standing.notCounted).toEqual(['Test account']);
    } finally {
      await again.close();
    }
  });

  it('refuses an unknown connection and a payload that is not a yes or no', async () => {
    const { h, kucoin } = await twoExchanges();
    const unknown = await h.invoke('setCountInTotal', { id: 'nope', countInTotal: false });
    expect(!unknown.ok && unknown.error.code).toBe('unknown_connection');
    const bad = await h.invokeAs({ sender: { id: 1 }, senderFrame: { url: 'app://tallybar/popover.html', parent: null } }, 'setCountInTotal', { id: kucoin.id, countInTotal: 'no' });
    expect(!bad.ok && bad.error.code).toBe('invalid_request');
  });
});
