// The main process end to end under Node: commands through the real IPC gate,
// the real services, the CoinStats double over HTTP.
import { describe, expect, it } from 'vitest';
import { BINANCE_FIELDS, REJECTED_FIELDS, TEST_API_KEY, ALL_SECRETS } from '../../support/double-helpers';
import { findSecretsInText, scanForSecrets } from '../../support/secret-scan';
import { okValue, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();


describe('first run to first synced exchange', () => {
  it('validates the CoinStats key, connects Binance, follows the sync and notifies once', async () => {
    const h = await startApp({ double: { syncPolls: 2 } });

    const first = okValue(await h.invoke('getState'));
    expect(first.apiKey.set).toBe(false);
    expect(first.connections).toEqual([]);

    const wrongKey = await h.invoke('setApiKey', { key: 'not-the-right-key' });
    expect(wrongKey.ok).toBe(false);
    if (!wrongKey.ok) expect(wrongKey.error.code).toBe('coinstats_key_invalid');

    const set = okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
    expect(set.hint).toBe(`••••${TEST_API_KEY.slice(-4)}`);

    const exchanges = okValue(await h.invoke('listSupportedExchanges'));
    const binance = exchanges.find((e) => e.connectionId === 'binance');
    expect(binance?.connectionFields.map((f) => f.key).sort()).toEqual(['apiKey', 'apiSecret']);

    const missing = await h.invoke('addConnection', { exchangeId: 'binance', fields: { apiKey: BINANCE_FIELDS.apiKey } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/API Secret/);

    const rejected = await h.invoke('addConnection', { exchangeId: 'binance', fields: REJECTED_FIELDS });
    expect(rejected.ok).toBe(false);
    if (!rejected.ok) expect(rejected.error.code).toBe('exchange_rejected');
    expect(okValue(await h.invoke('getState')).connections).toEqual([]);

    const added = okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS, name: 'Main Binance' }));
    expect(added.name).toBe('Main Binance');
    expect(added.credentialHints.apiKey).toBe(`••••${BINANCE_FIELDS.apiKey.slice(-4)}`);

    // The double reports `syncing` for two status polls; let minutes pass.
    for (let i = 0; i < 20 && h.notifier.shown.length === 0; i++) await h.clock.advance(60_000);
    await h.settle();
    await h.clock.advance(30 * 60_000);

    const synced = h.notifier.shown.filter((n) => /Main Binance synced — \$[\d,.]+/.test(n.body));
    expect(synced).toHaveLength(1);

    const state = okValue(await h.invoke('getState'));
    const connection = state.connections[0]!;
    expect(connection.state).toBe('synced');
    const expected = h.double.expectedBalance('binance', BINANCE_FIELDS);
    const expectedUsd = expected.reduce((sum, row) => sum + row.amount * row.price, 0);
    expect(state.portfolio.totalUsd).toBeCloseTo(expectedUsd, 6);
    expect(state.portfolio.partial).toBe(false);

    // The tray carries the total and the menu has every action.
    expect(h.tray.title()).toMatch(/\$/);
    expect(h.tray.menuItems().map((item) => item.id).filter(Boolean)).toEqual(['total', 'open', 'refresh', 'details', 'privacy', 'settings', 'quit']);

    // No secret in any IPC response or any file written.
    expect(findSecretsInText(JSON.stringify(h.responses), [...ALL_SECRETS, 'not-the-right-key'], 'ipc')).toEqual([]);
    expect(await scanForSecrets(h.dir, ALL_SECRETS)).toEqual([]);
  });

  it('refuses a window it did not create and a page that is not ours', async () => {
    const h = await startApp();
    const foreign = await h.invokeAs({ sender: { id: 99 }, senderFrame: { url: 'app://tallybar/popover.html', parent: null } }, 'getState');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const navigated = await h.invokeAs({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }, 'setApiKey', { key: 'stolen-key-123' });
    expect(navigated).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });

  it('privacy mode masks the tray title and tooltip', async () => {
    const h = await startApp();
    okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
    okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS }));
    await h.settle();
    okValue(await h.invoke('updateSettings', { privacyMode: true }));
    await h.settle();
    expect(h.tray.title()).not.toMatch(/\d/);
    expect(h.tray.toolTip()).not.toMatch(/\$\s?\d/);
    expect(h.tray.menuItems().find((item) => item.id === 'privacy')?.checked).toBe(true);
  });
});
