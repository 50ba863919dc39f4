// The governor keeps Tallybar inside the user's monthly budget: it stretches
// the background interval, refuses automatic calls the budget does not allow,
// and always lets the user's own refresh through (counted in the ledger).
import { describe, expect, it } from 'vitest';
import { estimateMonthlyCredits, stretchedIntervalMinutes } from '../../../common/credit-estimate';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { BALANCE, BINANCE_FIELDS, KRAKEN_FIELDS, KUCOIN, MIN, T0, useSyncHarness } from './harness';

const startHarness = useSyncHarness();

describe('credit estimate (pure)', () => {
  it('defaults fit the free plan for three exchanges, and shorter intervals cost more', () => {
    const defaults = estimateMonthlyCredits(DEFAULT_SETTINGS, 3);
    expect(defaults).toBeGreaterThan(10_000);
    expect(defaults).toBeLessThanOrEqual(20_000);
    expect(estimateMonthlyCredits({ backgroundMinutes: 10, freshnessMinutes: 5 }, 3)).toBeGreaterThan(defaults);
    expect(estimateMonthlyCredits(DEFAULT_SETTINGS, 0)).toBe(0);
  });

  it('stretches the interval exactly enough to fit a budget', () => {
    const input = { settings: DEFAULT_SETTINGS, connectionCount: 3, now: T0, spentThisMonth: 0 };
    expect(stretchedIntervalMinutes({ ...input, budget: 20_000 })).toBe(30);
    const stretched = stretchedIntervalMinutes({ ...input, budget: 8_000 });
    expect(stretched).toBeGreaterThan(30);
    expect(stretchedIntervalMinutes({ ...input, budget: 8_000, intervalMinutes: stretched - 1 })).toBe(stretched);
  });
});

describe('credit governor with the engine', () => {
  it('stretches intervals with a small budget and refuses automatic calls beyond it, but not the user', async () => {
    const h = await startHarness({ settings: { monthlyCreditBudget: 60 } });
    await h.connect('binance', BINANCE_FIELDS);
    await h.connect('kraken', KRAKEN_FIELDS);
    await h.connect('kucoin', KUCOIN);
    expect(h.governor.effectiveBackgroundMinutes()).toBeGreaterThan(30);
    await h.engine.start();
    const spent = h.governor.spentThisMonth();
    expect(spent).toBe(h.double.creditsUsed());
    expect(spent).toBeGreaterThanOrEqual(30);

    // 60 − ~33 spent: one more round of 3 × 10 does not fit, so nothing automatic goes out.
    const calls = h.count(BALANCE);
    await h.clock.advance(6 * 60 * MIN);
    expect(await h.engine.popoverOpened()).toBe(true);
    const afterAuto = h.count(BALANCE) - calls;
    expect(h.governor.spentThisMonth()).toBeLessThanOrEqual(60);
    expect(afterAuto).toBeLessThanOrEqual(2);

    await h.engine.refreshAll({ userInitiated: true });
    expect(h.count(BALANCE)).toBe(calls + afterAuto + 3);
    expect(h.governor.spentThisMonth()).toBeGreaterThan(60);
    expect(h.governor.spentThisMonth()).toBe(h.double.creditsUsed());
    const view = h.governor.view();
    expect(view.budget).toBe(60);
    expect(view.projectedMonth).toBeGreaterThan(60);
    expect(view.remaining).toBe(20_000 - h.double.creditsUsed());
  });

  it('keeps the ledger in the store, so a restart knows what this month cost', async () => {
    const h = await startHarness();
    await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();
    const spent = h.governor.spentThisMonth();
    expect(spent).toBeGreaterThan(0);
    expect(h.store.ledgerSince(0).reduce((s, e) => s + e.credits, 0)).toBe(spent);
  });
});
