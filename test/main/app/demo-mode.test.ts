// Demo mode runs the whole app against a built-in double in its own folder;
// the user must be able to tell demo figures from real ones, and get back.
import { describe, expect, it } from 'vitest';
import type { AppSnapshot } from '../../../common/types';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { okValue, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();


describe('demo mode', () => {
  it('labels the tray as demo, and exitDemo brings back the user’s own (empty) session', async () => {
    const h = await startApp();
    expect(okValue(await h.invoke('startDemo'))).toBeUndefined();
    await h.settle();

    const demo = okValue(await h.invoke('getState'));
    expect(demo.demo).toBe(true);
    expect(demo.connections.map((c) => c.name).sort()).toEqual(['Binance', 'Kraken', 'OKX']);
    expect(h.tray.toolTip()).toMatch(/^Tallybar \(demo\)/);
    expect(h.tray.menuItems().find((item) => item.id === 'total')?.label).toMatch(/^Demo total: /);

    expect(okValue(await h.invoke('exitDemo'))).toBeUndefined();
    await h.settle();
    const own: AppSnapshot = okValue(await h.invoke('getState'));
    expect(own.demo).toBe(false);
    expect(own.connections).toEqual([]);
    expect(own.apiKey.set).toBe(false);
    expect(h.tray.toolTip()).toMatch(/^Tallybar\n/);
    expect(h.tray.menuItems().find((item) => item.id === 'total')?.label).not.toMatch(/demo/i);
  });

  it('keeps the user’s data untouched across a demo visit', async () => {
    const h = await startApp({ double: { syncPolls: 0 } });
    okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
    okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS, name: 'Mine' }));
    await h.settle();

    await h.invoke('startDemo');
    await h.settle();
    expect(okValue(await h.invoke('getState')).connections.map((c) => c.name)).not.toContain('Mine');

    await h.invoke('exitDemo');
    await h.settle();
    const own = okValue(await h.invoke('getState'));
    expect(own.demo).toBe(false);
    expect(own.connections.map((c) => c.name)).toEqual(['Mine']);
    expect(own.apiKey.set).toBe(true);
    // The user's session talks to its own CoinStats again, not the closed demo double.
    okValue(await h.invoke('refreshAll'));
    expect(okValue(await h.invoke('getState')).connections[0]?.state).toBe('synced');
  });

  it('prefixes notifications with "Demo: " while in demo mode', async () => {
    // Demo portfolios that report `syncing` first, so each one's sync ends in a notification.
    const h = await startApp({ demoDouble: { syncPolls: 1 } });
    await h.invoke('startDemo');
    for (let i = 0; i < 10 && h.notifier.shown.length < 3; i++) await h.clock.advance(60_000);
    await h.settle();
    expect(h.notifier.shown.length).toBeGreaterThan(0);
    for (const n of h.notifier.shown) expect(n.body).toMatch(/^Demo: .+ synced — /);
  });

  it('exitDemo outside demo mode is harmless', async () => {
    const h = await startApp();
    okValue(await h.invoke('exitDemo'));
    expect(okValue(await h.invoke('getState')).demo).toBe(false);
  });
});
