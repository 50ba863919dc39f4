// The masking rule (common/privacy.ts) and every surface that asks it, at
// each privacy level: off, 'amounts' (hide amounts and values, keep %), 'all'.
import { describe, expect, it } from 'vitest';
import { MASK } from '../../common/format';
import { NOTHING_MASKED, privacyMasking, type PrivacySettings } from '../../common/privacy';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { holdingsCsv } from '../../main/core/csv';
import { trayText } from '../../main/core/tray-text';
import { syncedNotice } from '../../main/services/sync/sync-notice';
import { makeFormatters } from '../../renderer/src/shared/formatters';

const LEVELS: { name: string; settings: PrivacySettings; amounts: boolean; percentages: boolean }[] = [
  { name: 'off', settings: { privacyMode: false, privacyLevel: 'all' }, amounts: false, percentages: false },
  { name: 'off (amounts level chosen)', settings: { privacyMode: false, privacyLevel: 'amounts' }, amounts: false, percentages: false },
  { name: 'amounts', settings: { privacyMode: true, privacyLevel: 'amounts' }, amounts: true, percentages: false },
  { name: 'all', settings: { privacyMode: true, privacyLevel: 'all' }, amounts: true, percentages: true },
];

const now = Date.UTC(2025, 5, 1, 12);
const rows = [
  { coinId: 'bitcoin', amount: 0.2, price: 61_728.395, priceBtc: 1 },
  { coinId: 'ethereum', amount: 3, price: 2_000, priceBtc: 0.032 },
];
const summary = aggregatePortfolio({ balances: [{ connectionId: 'c1', fetchedAt: now, rows }], coins: {}, dustThresholdUsd: 1 });
const standing = { syncedAt: now - 60_000, firstSync: [], failing: [], leftOut: [], notCounted: [], problem: null };

describe('privacyMasking', () => {
  it.each(LEVELS)('$name', ({ settings, amounts, percentages }) => {
    expect(privacyMasking(settings)).toEqual({ amounts, percentages });
  });

  it("defaults to the 'all' level: privacy switched on hides every figure until the user keeps %", () => {
    expect(DEFAULT_SETTINGS.privacyLevel).toBe('all');
    expect(privacyMasking({ ...DEFAULT_SETTINGS, privacyMode: true })).toEqual({ amounts: true, percentages: true });
    expect(privacyMasking(DEFAULT_SETTINGS)).toBe(NOTHING_MASKED);
  });
});

describe.each(LEVELS)('every surface at level $name', ({ settings, amounts, percentages }) => {
  const hidden = (text: string, masked: boolean): void => {
    if (masked) expect(text).toBe(MASK);
    else expect(text).not.toContain(MASK);
  };

  it('the windows’ formatters: amounts, values and BTC follow `amounts`; percentages and shares follow `percentages`', () => {
    const fmt = makeFormatters({ locale: 'en-US', currency: 'USD', rates: { USD: 1 }, privacy: settings.privacyMode, privacyLevel: settings.privacyLevel });
    expect(fmt.masking).toEqual({ amounts, percentages });
    expect(fmt.privacy).toBe(amounts);
    for (const text of [fmt.money(12_345.67), fmt.money(12_345.67, { compact: true }), fmt.moneyFitted(12_345.67, 5).text, fmt.btc(0.2), fmt.btcFitted(0.2, 3).full, fmt.amount(3), fmt.amountFitted(3, 1).text]) {
      hidden(text, amounts);
    }
    for (const text of [fmt.percent(2.5), fmt.share(0.4)]) hidden(text, percentages);
    if (!percentages) expect([fmt.percent(2.5), fmt.share(0.4)]).toEqual(['+2.50%', '40.0%']);
  });

  it('the tray: title, tooltip total and menu header show no money when amounts are hidden', () => {
    for (const trayTitleFormat of ['primary', 'btc', 'compact'] as const) {
      const text = trayText({ summary, settings: { ...DEFAULT_SETTINGS, ...settings, trayTitleFormat }, rates: { USD: 1 }, locale: 'en-US', state: { now, refreshing: false, standing }, demo: false });
      hidden(text.title, amounts);
      const totalLine = text.tooltip.split('\n')[1]!;
      if (amounts) expect(totalLine).toBe(`${MASK} · ${MASK}`);
      else expect(totalLine).toMatch(/^\$[\d,.]+ · ₿[\d.]+$/);
      expect(text.menuHeader).toBe(amounts ? `Total: ${MASK}` : `Total: ${text.tooltip.split('\n')[1]!.split(' · ')[0]}`);
      expect(text.iconState).toBe(settings.privacyMode ? 'privacy' : 'normal');
    }
  });

  it('the “synced” notification', () => {
    const notice = syncedNotice({ connectionId: 'c1', name: 'Binance', rows, settings: { ...DEFAULT_SETTINGS, ...settings }, rates: { USD: 1 }, locale: 'en-US' });
    expect(notice.body).toBe(amounts ? `Binance synced — ${MASK}` : 'Binance synced — $18,345.68');
  });

  it('the CSV export: amount and value columns follow `amounts`, the share column `percentages`, prices stay', () => {
    const csv = holdingsCsv({ summary, connectionNames: { c1: 'Binance' }, currency: 'USD', rates: { USD: 1 }, masking: privacyMasking(settings) });
    const [, ...body] = csv.trim().split('\r\n').map((line) => line.split(','));
    expect(body.length).toBeGreaterThan(0);
    for (const row of body) {
      for (const column of [4, 6, 7]) hidden(row[column]!, amounts);
      hidden(row[8]!, percentages);
      expect(row[5]).toMatch(/^\d/);
    }
  });
});
