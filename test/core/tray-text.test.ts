import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { MASK } from '../../common/format';
import { trayText, type TrayTextInput } from '../../main/core/tray-text';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { type PortfolioSummary } from '../../common/types';

const now = Date.UTC(2025, 5, 1, 12);
const summary: PortfolioSummary = aggregatePortfolio({
  balances: [{ connectionId: 'binance', fetchedAt: now, rows: [{ coinId: 'bitcoin', amount: 0.2, price: 61_728.395, priceBtc: 1 }] }],
  coins: {},
  dustThresholdUsd: 1,
});

function input(over: Partial<TrayTextInput> = {}, settings: Partial<TrayTextInput['settings']> = {}): TrayTextInput {
  return {
    summary,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    rates: { USD: 1, EUR: 0.5 },
    locale: 'en-US',
    state: { now, lastSyncAt: now - 4 * 60_000, refreshing: false },
    demo: false,
    ...over,
  };
}

describe('trayText', () => {
  it('shows the total in each title format', () => {
    expect(trayText(input()).title).toBe('$12,345.68');
    expect(trayText(input({}, { primaryCurrency: 'EUR' })).title).toBe('€6,172.84');
    expect(trayText(input({}, { trayTitleFormat: 'btc' })).title).toBe('₿0.2');
    expect(trayText(input({}, { trayTitleFormat: 'compact' })).title).toBe('$12.3K');
    expect(trayText(input({}, { trayTitleFormat: 'icon' })).title).toBe('');
  });

  it('carries the total and freshness in the tooltip and menu header', () => {
    const t = trayText(input());
    expect(t.tooltip).toBe('Tallybar\n$12,345.68 · ₿0.2\nUpdated 4 min ago');
    expect(t.menuHeader).toBe('Total: $12,345.68');
    expect(t.iconState).toBe('normal');
  });

  it('masks every amount in privacy mode', () => {
    for (const trayTitleFormat of ['primary', 'btc', 'compact'] as const) {
      const t = trayText(input({}, { privacyMode: true, trayTitleFormat }));
      expect(t.title).toBe(MASK);
      const all = `${t.title}${t.tooltip}${t.menuHeader}`;
      expect(all).not.toMatch(/\d{2}|₿0|\$1/);
      expect(t.iconState).toBe('privacy');
    }
  });

  it('marks a partial total and names the failing connections', () => {
    const t = trayText(input({ summary: { ...summary, partial: true }, state: { now, lastSyncAt: now, refreshing: false, failingNames: ['Bybit'] } }));
    expect(t.title).toBe('$12,345.68*');
    expect(t.tooltip).toContain('Partial: Bybit failed');
    expect(t.menuHeader).toBe('Total: $12,345.68 (partial)');
    expect(t.iconState).toBe('error');
  });

  it('turns stale at twice the freshness target, syncing wins while refreshing', () => {
    const at = (minutes: number, refreshing = false) =>
      trayText(input({ state: { now, lastSyncAt: now - minutes * 60_000, refreshing } })).iconState;
    expect(at(29)).toBe('normal');
    expect(at(30)).toBe('stale');
    expect(at(30, true)).toBe('syncing');
    expect(trayText(input({ state: { now, lastSyncAt: now, refreshing: false, error: true } })).iconState).toBe('error');
  });

  it('says so before the first sync instead of showing $0', () => {
    const t = trayText(input({ state: { now, lastSyncAt: null, refreshing: false } }));
    expect(t.title).toBe('—');
    expect(t.tooltip).toBe('Tallybar\nNo balances yet\nNot synced yet');
    expect(t.menuHeader).toBe('Tallybar: no balances yet');
    expect(t.iconState).toBe('normal');
  });

  it('labels demo figures as demo in the tooltip and menu header', () => {
    const t = trayText(input({ demo: true }));
    expect(t.tooltip).toBe('Tallybar (demo)\n$12,345.68 · ₿0.2\nUpdated 4 min ago');
    expect(t.menuHeader).toBe('Demo total: $12,345.68');
    expect(t.title).toBe('$12,345.68');
    const partial = trayText(input({ demo: true, summary: { ...summary, partial: true } }));
    expect(partial.menuHeader).toBe('Demo total: $12,345.68 (partial)');
    const empty = trayText(input({ demo: true, state: { now, lastSyncAt: null, refreshing: false } }));
    expect(empty.tooltip.startsWith('Tallybar (demo)\n')).toBe(true);
    expect(empty.menuHeader).toBe('Tallybar (demo): no balances yet');
  });
});
