// Notifications the app raises besides "synced": credits running low (once,
// before they run out), and where each kind's click leads.
import { describe, expect, it } from 'vitest';
import { notificationTab } from '../../../main/app/snapshot-watchers';
import { okValue, useAppHarness } from '../../support/app-harness';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';

const startApp = useAppHarness();

describe('notifications', () => {
  it('warns once when credits fall under a tenth of the plan', async () => {
    const h = await startApp({ double: { quota: 20_000 } });
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    // The day's rates are fetched in the background after the key is set: let that finish first.
    await h.settle();
    h.double.setCreditsUsed(18_500);
    await h.invoke('getCredits');
    await h.settle();
    await h.invoke('getCredits');
    await h.settle();
    const warnings = h.notifier.shown.filter((n) => /running low/.test(n.body));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.body).toContain('1,500 of 20,000');
    // The click leads to Settings, where the budget and the key are.
    h.app.togglePopover();
    expect(h.popover.window.isVisible()).toBe(true);
    warnings[0]!.click();
    expect(h.detailsOpened).toEqual(['settings']);
    expect(h.details()?.isVisible()).toBe(true);
    expect(h.popover.window.isVisible()).toBe(false);
  });

  it('with notifications off, a finished sync raises none, yet its coins are still enriched', async () => {
    const h = await startApp({ double: { syncPolls: 1 }, settings: { notifications: false } });
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    expect((await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS })).ok).toBe(true);
    for (let i = 0; i < 10; i++) await h.clock.advance(60_000);
    await h.settle();
    const state = okValue(await h.invoke('getState'));
    expect(state.connections[0]?.state).toBe('synced');
    expect(h.notifier.shown).toEqual([]);
    expect(h.double.requests().some((r) => /\/coins(\?|$)/.test(r.path))).toBe(true);
  });

  it('sends each click where the problem can be fixed', () => {
    expect(notificationTab({ kind: 'synced', title: '', body: '', connectionId: 'a' })).toBe('holdings');
    expect(notificationTab({ kind: 'key_rejected', title: '', body: '', connectionId: 'a' })).toBe('exchanges');
    expect(notificationTab({ kind: 'key_rejected', title: '', body: '' })).toBe('settings');
    expect(notificationTab({ kind: 'credits_low', title: '', body: '' })).toBe('settings');
  });
});
