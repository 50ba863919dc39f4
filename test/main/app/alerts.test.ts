// Alerts through the running app: rules set with updateAlerts (checked with
// specific words), read on every successful sync, one native notification
// when a rule becomes true, its click opening the view the figure is on, and
// the fired log and state kept in the store.
import { describe, expect, it } from 'vitest';
import type { AlertRule } from '../../../common/alerts';
import { BINANCE_FIELDS, KUCOIN_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { okValue, startAppHarness, useAppHarness, type AppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

const above = (threshold: number): AlertRule => ({ id: 'above', kind: 'total_above', enabled: true, threshold, currency: 'USD', window: '24h' });
const alertsShown = (h: AppHarness) => h.notifier.shown.filter((n) => n.title === 'Tallybar alert');

async function syncedApp(options: Parameters<typeof startApp>[0] = {}) {
  const h = await startApp(options);
  okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
  okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS }));
  await syncAll(h);
  return h;
}

async function syncAll(h: AppHarness): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await h.clock.advance(60_000);
    await h.settle();
    if (okValue(await h.invoke('getState')).connections.every((c) => c.state === 'synced')) return;
  }
}

const usd = (h: AppHarness, exchangeId: string, fields: Record<string, string>) =>
  h.double.expectedBalance(exchangeId, fields).reduce((sum, row) => sum + row.amount * row.price, 0);

describe('alerts in the app', () => {
  it('refuses a bad rule with words that say what is wrong', async () => {
    const h = await startApp();
    const negative = await h.invoke('updateAlerts', { rules: [above(-5)] });
    expect(negative).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('The amount must be a number above 0 and at most 1,000,000,000,000,000.') as string } });
    const twice = await h.invoke('updateAlerts', { rules: [above(5), above(6)] });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringContaining('Two alert rules have the same id “above”.') as string } });
    const quiet = await h.invoke('updateAlerts', { quietHours: { enabled: true, start: 600, end: 600 } });
    expect(quiet).toMatchObject({ ok: false, error: { message: expect.stringContaining('Quiet hours must start and end at different times.') as string } });
    const late = await h.invokeAs({ sender: { id: 1 }, senderFrame: { url: 'app://tallybar/details.html', parent: null } }, 'updateAlerts', { digest: { enabled: true, at: 1440 } });
    expect(late).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(okValue(await h.invoke('getState')).alerts.rules).toEqual([]);
  });

  it('fires once when the total crosses, not again while it stays, re-arms after it fell back, and a click opens History', async () => {
    const h = await syncedApp();
    const binance = usd(h, 'binance', BINANCE_FIELDS);
    const kucoin = usd(h, 'kucoin', KUCOIN_FIELDS);
    // Between Binance alone and Binance with KuCoin, and more than the 2 % margin above Binance alone.
    const threshold = binance + kucoin / 2;
    expect(binance).toBeLessThan(threshold * 0.98);
    okValue(await h.invoke('updateAlerts', { rules: [above(threshold)] }));
    await h.settle();
    expect(okValue(await h.invoke('getState')).alerts.status.above).toEqual({ state: 'armed' });

    const kc = okValue(await h.invoke('addConnection', { exchangeId: 'kucoin', fields: KUCOIN_FIELDS }));
    await syncAll(h);
    expect(alertsShown(h)).toHaveLength(1);
    expect(alertsShown(h)[0]!.body).toMatch(/^The total rose above \$[\d,.]+: it is \$[\d,.]+\.$/);

    okValue(await h.invoke('refreshAll'));
    await syncAll(h);
    expect(alertsShown(h)).toHaveLength(1);
    const state = okValue(await h.invoke('getState'));
    expect(state.alerts.status.above).toMatchObject({ state: 'fired' });
    expect(state.alerts.fired).toHaveLength(1);
    expect(state.alerts.fired[0]).toMatchObject({ ruleId: 'above', held: false, subject: null });

    alertsShown(h)[0]!.click();
    expect(h.detailsOpened).toEqual(['history']);

    // KuCoin removed: the total falls past the margin and the rule re-arms; back again, it fires again.
    okValue(await h.invoke('removeConnection', { id: kc.id }));
    await h.settle();
    expect(okValue(await h.invoke('getState')).alerts.status.above).toEqual({ state: 'armed' });
    okValue(await h.invoke('addConnection', { exchangeId: 'kucoin', fields: KUCOIN_FIELDS }));
    await syncAll(h);
    expect(alertsShown(h)).toHaveLength(2);
  });

  it('never fires while an exchange is on its first sync: the total is partial, and the status says so', async () => {
    const h = await syncedApp();
    okValue(await h.invoke('updateAlerts', { rules: [above(1)] }));
    await h.settle();
    // Binance alone already passed $1: it fired at once.
    expect(alertsShown(h)).toHaveLength(1);
    // The double answers `syncing` once: until its status poll, KuCoin is on its first sync.
    okValue(await h.invoke('addConnection', { exchangeId: 'kucoin', fields: KUCOIN_FIELDS }));
    await h.settle();
    expect(okValue(await h.invoke('getState')).standing.firstSync).not.toEqual([]);
    okValue(await h.invoke('updateAlerts', { rules: [{ ...above(2), id: 'two' }] }));
    await h.settle();
    const state = okValue(await h.invoke('getState'));
    expect(state.standing.firstSync).not.toEqual([]);
    expect(state.alerts.status.two).toEqual({ state: 'held', why: 'partial', armed: true });
    expect(alertsShown(h)).toHaveLength(1);
  });

  it('in privacy mode the notification names the rule, not the amount', async () => {
    const h = await syncedApp({ settings: { privacyMode: true } });
    okValue(await h.invoke('updateAlerts', { rules: [above(1)] }));
    await h.settle();
    expect(alertsShown(h)).toHaveLength(1);
    expect(alertsShown(h)[0]!.body).toBe('Your alert “Total rises above •••••” fired.');
    expect(h.notifier.text()).not.toMatch(/\$\s?\d/);
  });

  it('keeps the rules, the fired log and the fired state across a restart, so the alert is not repeated', async () => {
    const h = await syncedApp();
    okValue(await h.invoke('updateAlerts', { rules: [above(1)] }));
    await h.settle();
    expect(alertsShown(h)).toHaveLength(1);
    await h.close();
    const again = await startAppHarness(h.dir);
    try {
      await again.settle();
      await again.clock.advance(60_000);
      await again.settle();
      const { alerts } = okValue(await again.invoke('getState'));
      expect(alerts.rules).toEqual([above(1)]);
      expect(alerts.fired).toHaveLength(1);
      expect(alerts.status.above).toMatchObject({ state: 'fired' });
      expect(alertsShown(again)).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('holds a firing during quiet hours and sends one summary when they end', async () => {
    // T0 is 10:00 local time: quiet from 09:00 to 11:00.
    const h = await syncedApp({ settings: { backgroundMinutes: 24 * 60 } });
    okValue(await h.invoke('updateAlerts', { quietHours: { enabled: true, start: 9 * 60, end: 11 * 60 }, rules: [above(1)] }));
    await h.settle();
    expect(alertsShown(h)).toEqual([]);
    expect(okValue(await h.invoke('getState')).alerts.fired[0]).toMatchObject({ ruleId: 'above', held: true });
    await h.clock.advanceTo(new Date(2026, 2, 2, 10, 59, 0).getTime());
    await h.settle();
    expect(h.notifier.shown.filter((n) => n.title === 'Tallybar alerts')).toEqual([]);
    // 11:00: quiet hours are over (the watcher's timer is due then too).
    await h.clock.advanceTo(new Date(2026, 2, 2, 11, 0, 0).getTime());
    await h.settle();
    const summaries = h.notifier.shown.filter((n) => n.title === 'Tallybar alerts');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.body).toMatch(/^During quiet hours 1 alert fired\. The total rose above \$1\.00: it is \$[\d,.]+\.$/);
    summaries[0]!.click();
    expect(h.detailsOpened).toEqual(['alerts']);
  });

  it('says an exchange has failed for more than N hours once that time passes, with no refresh to trigger it', async () => {
    const h = await syncedApp({ settings: { backgroundMinutes: 24 * 60 } });
    okValue(await h.invoke('updateAlerts', { rules: [{ ...above(1), id: 'down', kind: 'exchange_failed', threshold: 1 }] }));
    h.double.setFault('balance', { kind: 'status', status: 500 });
    await h.invoke('refreshAll');
    await h.settle();
    expect(okValue(await h.invoke('getState')).connections[0]!.state).toBe('error');
    expect(alertsShown(h)).toEqual([]);
    const lastSyncAt = okValue(await h.invoke('getState')).connections[0]!.lastSyncAt!;
    await h.clock.advanceTo(lastSyncAt + 59 * 60_000);
    await h.settle();
    expect(alertsShown(h)).toEqual([]);
    await h.clock.advanceTo(lastSyncAt + 60 * 60_000 + 1);
    await h.settle();
    expect(alertsShown(h).map((n) => n.body)).toEqual(['Binance has failed for 1 hour.']);

    alertsShown(h)[0]!.click();
    expect(h.detailsOpened).toEqual(['exchanges']);
  });
});
