// "Since you last looked" through the real app: a look is the popover open
// for LOOK_AFTER_MS, kept in the local store across restarts; while open the
// popover compares with the look before; a flick open and shut is no look;
// none of it costs a CoinStats call.
import { describe, expect, it } from 'vitest';
import { LOOK_AFTER_MS } from '../../../main/app/look-tracker';
import { portfolioIdFor } from '../../../main/double/balances';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { type AppHarness, okValue, startAppHarness, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

async function synced(): Promise<AppHarness & { dir: string }> {
  const h = await startApp({ double: { syncPolls: 0 } });
  okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
  okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS }));
  await h.settle();
  return h;
}

/** The double answers Binance's balance with its usual rows plus `extraBtc` bitcoin. */
function addBitcoin(h: AppHarness, extraBtc: number): void {
  const rows = h.double.expectedBalance('binance', BINANCE_FIELDS);
  const balances = [...rows, { coinId: 'bitcoin', amount: extraBtc, price: 100_000, priceBtc: 1 }];
  const portfolio = { id: portfolioIdFor('binance', BINANCE_FIELDS), status: 'synced', connectionId: 'binance' };
  h.double.setFault('balance', { kind: 'status', status: 200, body: { balances, portfolio } });
}

const state = async (h: AppHarness) => okValue(await h.invoke('getState'));

describe('since you last looked', () => {
  it('records a look after the popover stayed open, and shows the change since it once new balances arrive', async () => {
    const h = await synced();
    expect((await state(h)).sinceLastLook).toBeNull();
    const calls = h.double.requests().length;

    h.app.togglePopover();
    await h.clock.advance(LOOK_AFTER_MS);
    const look = h.app.session().store.getLastLook();
    expect(look).toMatchObject({ complete: true, connectionIds: [expect.any(String)] });
    const before = (await state(h)).portfolio.totalUsd;
    expect(look!.totalUsd).toBeCloseTo(before, 6);
    // While still open, the popover compares with the look before this one: there was none.
    expect((await state(h)).sinceLastLook).toBeNull();
    h.app.togglePopover();
    await h.settle();
    expect(h.double.requests().length).toBe(calls);
    expect((await state(h)).sinceLastLook).toMatchObject({ since: look!.at, usd: 0, movers: [] });

    addBitcoin(h, 0.5);
    okValue(await h.invoke('refreshAll'));
    await h.settle();
    const since = (await state(h)).sinceLastLook!;
    expect(since.usd).toBeCloseTo(50_000, 6);
    expect(since.pct).toBeCloseTo((50_000 / before) * 100, 6);
    expect(since.movers[0]).toMatchObject({ coinId: 'bitcoin' });

    // Opened again: the change stays in view while the user reads it, and becomes the new look after.
    h.app.togglePopover();
    await h.clock.advance(LOOK_AFTER_MS);
    expect((await state(h)).sinceLastLook!.usd).toBeCloseTo(50_000, 6);
    h.app.togglePopover();
    await h.settle();
    expect((await state(h)).sinceLastLook!.usd).toBe(0);
  });

  it('does not count a popover opened for less than the look time', async () => {
    const h = await synced();
    h.app.togglePopover();
    await h.clock.advance(LOOK_AFTER_MS - 1);
    h.app.togglePopover();
    await h.clock.advance(LOOK_AFTER_MS * 2);
    expect(h.app.session().store.getLastLook()).toBeNull();
  });

  it('keeps the look in the local store across a restart', async () => {
    const h = await synced();
    h.app.togglePopover();
    await h.clock.advance(LOOK_AFTER_MS);
    h.app.togglePopover();
    const look = h.app.session().store.getLastLook();
    await h.close();

    const again = await startAppHarness(h.dir, { double: { syncPolls: 0 } });
    try {
      await again.settle();
      expect(again.app.session().store.getLastLook()).toEqual(look);
    } finally {
      await again.close();
    }
  });
});
