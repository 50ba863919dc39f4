import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { MASK } from '../../common/format';
import { TRAY_TITLE_MAX_CHARS, trayText, type TrayTextInput } from '../../main/core/tray-text';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { type PortfolioSummary, type Standing } from '../../common/types';
import { TallybarError } from '../../common/tallybar-error';

const now = Date.UTC(2025, 5, 1, 12);
const summary: PortfolioSummary = aggregatePortfolio({
  balances: [{ connectionId: 'binance', fetchedAt: now, rows: [{ coinId: 'bitcoin', amount: 0.2, price: 61_728.395, priceBtc: 1 }] }],
  coins: {},
  dustThresholdUsd: 1,
});

const standing = (syncedAt: number | null, over: Partial<Standing> = {}): Standing => ({ syncedAt, firstSync: [], failing: [], leftOut: [], notCounted: [], problem: null, ...over });
const at = (syncedAt: number | null, over: Partial<Standing> = {}, refreshing = false) => ({ now, refreshing, standing: standing(syncedAt, over) });

function input(over: Partial<TrayTextInput> = {}, settings: Partial<TrayTextInput['settings']> = {}): TrayTextInput {
  return {
    summary,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    rates: { USD: 1, EUR: 0.5 },
    locale: 'en-US',
    state: at(now - 4 * 60_000),
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
    expect(t.tooltip).toBe('Tallybar\n$12,345.68 · ₿0.2\nUpdated 4 min. ago');
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
    const t = trayText(input({ summary: { ...summary, partial: true }, state: at(now, { failing: ['Bybit'] }) }));
    expect(t.title).toBe('$12,345.68*');
    expect(t.tooltip).toContain('Partial: Bybit failed');
    expect(t.menuHeader).toBe('Total: $12,345.68 (partial)');
    expect(t.iconState).toBe('error');
  });

  it('turns stale at twice the freshness target, syncing wins while refreshing', () => {
    const icon = (minutes: number, refreshing = false) => trayText(input({ state: at(now - minutes * 60_000, {}, refreshing) })).iconState;
    expect(icon(29)).toBe('normal');
    expect(icon(30)).toBe('stale');
    expect(icon(30, true)).toBe('syncing');
    const problem = new TallybarError('coinstats_key_invalid').toPlain();
    expect(trayText(input({ state: at(now, { problem }) })).iconState).toBe('error');
  });

  it('with every exchange left out of the total, says that instead of "Not synced yet"', () => {
    const t = trayText(input({ state: at(null, { notCounted: ['Binance', 'KuCoin'] }) }));
    expect(t.title).toBe('—');
    expect(t.tooltip).toBe('Tallybar\nNo balances yet\n2 exchanges not counted (Binance, KuCoin)\nNo exchange counted');
  });

  it('says so before the first sync instead of showing $0', () => {
    const t = trayText(input({ state: at(null) }));
    expect(t.title).toBe('—');
    expect(t.tooltip).toBe('Tallybar\nNo balances yet\nNot synced yet');
    expect(t.menuHeader).toBe('Tallybar: no balances yet');
    expect(t.iconState).toBe('normal');
  });

  it('says a first sync is running, never $0.00, and counts it as missing from a known total', () => {
    const first = trayText(input({ state: at(null, { firstSync: ['Binance'] }) }));
    expect(first.title).toBe('—');
    expect(first.tooltip).toBe('Tallybar\nSyncing Binance — the first sync can take a few minutes\nNot synced yet');
    expect(`${first.title}${first.tooltip}${first.menuHeader}`).not.toContain('$0');
    const added = trayText(input({ summary: { ...summary, partial: true }, state: at(now, { firstSync: ['KuCoin'] }) }));
    expect(added.title).toBe('$12,345.68*');
    expect(added.tooltip).toContain('Partial: KuCoin not synced yet');
  });

  it('says a problem every connection shares first, with no "partial"', () => {
    const problem = new TallybarError('coinstats_key_invalid').toPlain();
    const t = trayText(input({ state: at(now - 3 * 60 * 60_000, { problem }) }));
    expect(t.tooltip.split('\n')[1]).toBe(problem.message);
    expect(t.tooltip).not.toContain('Partial');
    expect(t.tooltip).toContain('Updated 3 hr. ago');
    expect(t.iconState).toBe('error');
  });

  it('labels demo figures as demo in the tooltip and menu header', () => {
    const t = trayText(input({ demo: true }));
    expect(t.tooltip).toBe('Tallybar (demo)\n$12,345.68 · ₿0.2\nUpdated 4 min. ago');
    expect(t.menuHeader).toBe('Demo total: $12,345.68');
    expect(t.title).toBe('$12,345.68');
    const partial = trayText(input({ demo: true, summary: { ...summary, partial: true } }));
    expect(partial.menuHeader).toBe('Demo total: $12,345.68 (partial)');
    const empty = trayText(input({ demo: true, state: at(null) }));
    expect(empty.tooltip.startsWith('Tallybar (demo)\n')).toBe(true);
    expect(empty.menuHeader).toBe('Tallybar (demo): no balances yet');
  });

  it('turns a long primary title compact and keeps the full figure in the tooltip and menu', () => {
    const huge = (totalUsd: number): PortfolioSummary => ({ ...summary, totalUsd });
    const t = trayText(input({ summary: huge(97_000_000_123_456_780) }));
    expect(t.title).toBe('$97,000T');
    expect(t.title.length).toBeLessThanOrEqual(TRAY_TITLE_MAX_CHARS);
    expect(t.tooltip).toContain('$97,000,000,123,456,800 · ');
    expect(t.menuHeader).toBe('Total: $97,000,000,123,456,800');
    expect(trayText(input({ summary: huge(1_234_567.89) })).title).toBe('$1.23M');
    expect(trayText(input({ summary: { ...huge(1_234_567.89), partial: true } })).title).toBe('$1.23M*');
    // A title that fits is left in full.
    expect(trayText(input({ summary: huge(123_456.78) })).title).toBe('$123,456.78');
  });
});
