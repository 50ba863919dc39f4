// The glance at a glance: Refresh keeps focus while busy, the 24 h change says
// its amount, huge figures turn compact with the full one kept, and the fold
// never quietly holds most of the portfolio. (Whether it all fits at 360×540
// is measured in a real Chromium: test/e2e/scenarios/popover-fit.test.ts.)
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { MAX_NAMED_COINS, TOP_COINS, visibleCoinCount } from '../../renderer/src/popover/coin-list';
import { TOTAL_MAX_CHARS } from '../../renderer/src/popover/popover-header';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { COINS, NOW, connectionView, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

describe('the popover glance', () => {
  it('keeps focus on Refresh while it is busy, says it is busy, and ignores clicks until done', async () => {
    const { fake } = renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    const refresh = vi.spyOn(fake.api, 'refreshAll');
    const button = await screen.findByRole('button', { name: 'Refresh now' });
    act(() => button.focus());
    fireEvent.click(button);

    const busy = screen.getByRole('button', { name: 'Refreshing' });
    expect(busy).toBe(button);
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(busy).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(busy);
    fireEvent.click(busy);
    expect(refresh).toHaveBeenCalledTimes(1);

    await screen.findByRole('button', { name: 'Refresh now' });
    expect(document.activeElement).toBe(button);
    expect(button.hasAttribute('aria-disabled') && button.getAttribute('aria-disabled') !== 'false').toBe(false);
  });

  it('gives the 24 h change as an amount in the primary currency and a percent', async () => {
    const snapshot = portfolioSnapshot();
    renderWindow(<PopoverApp />, { snapshot });
    const change = await screen.findByTestId('popover-change');
    // BTC $15,000 at +2 %, ETH $8,000 at −1.5 %, SOL $1,500 at +4 %: each one's now minus then.
    expect(snapshot.portfolio.change24hUsd).toBeCloseTo(15_000 - 15_000 / 1.02 + 8_000 - 8_000 / 0.985 + 1_500 - 1_500 / 1.04, 6);
    expect(change.textContent).toBe('+$229.98(+0.98%)24 h');
    expect(change.getAttribute('aria-label')).toBe('24 hour change +$229.98, +0.98%');
    expect(change.className).toBe('change up');
  });

  it("keeps the percent and drops the amount in privacy mode at the 'amounts' level", async () => {
    const snapshot = portfolioSnapshot();
    snapshot.settings.privacyMode = true;
    snapshot.settings.privacyLevel = 'amounts';
    renderWindow(<PopoverApp />, { snapshot });
    expect((await screen.findByTestId('popover-change')).textContent).toBe('+0.98%24 h');
  });

  it('shows a huge total compact, with the full figure in its tooltip and accessible text', async () => {
    const balances = [{ connectionId: 'c-whale', fetchedAt: NOW, rows: [{ coinId: 'bitcoin', amount: 1e12, price: 100_000, priceBtc: 1 }] }];
    const portfolio = aggregatePortfolio({ balances, coins: COINS, dustThresholdUsd: DEFAULT_SETTINGS.dustThresholdUsd });
    const connections = [connectionView({ id: 'c-whale', exchangeId: 'binance', name: 'Whale', totalUsd: 1e17, lastSyncAt: NOW })];
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ portfolio, connections }) });

    const total = await screen.findByTestId('popover-total');
    const figure = total.querySelector('[title]');
    expect(figure?.getAttribute('title')).toBe('$100,000,000,000,000,000');
    const shown = figure?.querySelector('[aria-hidden="true"]')?.textContent ?? '';
    expect(shown.length).toBeLessThanOrEqual(TOTAL_MAX_CHARS);
    expect(shown.length).toBeLessThan('$100,000,000,000,000,000'.length);
    expect(total.querySelector('.visually-hidden')?.textContent).toBe('$100,000,000,000,000,000');
    const row = screen.getByTestId('exchange-row');
    expect(row.querySelector('.exchange-total')?.getAttribute('title')).toBe('$100,000,000,000,000,000');
    const btc = screen.getByTestId('popover-total-btc');
    expect(btc.getAttribute('title')).toBe('₿1,000,000,000,000');
    expect(btc.querySelector('[aria-hidden="true"]')?.textContent).toBe('₿1T');
  });

  it('gives a name the row may cut off its full text as a tooltip: exchanges and coins', async () => {
    const name = 'Binance — long-term savings account held jointly';
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ connections: [connectionView({ id: 'c-binance', exchangeId: 'binance', name, lastSyncAt: NOW })] }) });
    const row = await screen.findByTestId('exchange-row');
    expect(row.querySelector('.exchange-name')?.getAttribute('title')).toBe(name);
    const coin = document.querySelector('.coin-row .coin-symbol');
    expect(coin?.textContent).toBe('BTC');
    expect(coin?.getAttribute('title')).toBe('Bitcoin');
  });

  it('says "—" for the 24 h change until a coin has a known change, even beside US dollar cash', async () => {
    const rows = [
      { coinId: 'bitcoin', amount: 1, price: 100_000, priceBtc: 1 },
      { coinId: 'FiatCoinUSD', amount: 500, price: 1, priceBtc: 0.00001 },
    ];
    const portfolio = aggregatePortfolio({ balances: [{ connectionId: 'c-binance', fetchedAt: NOW, rows }], coins: {}, dustThresholdUsd: 1 });
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ portfolio }) });
    const change = await screen.findByTestId('popover-change');
    expect(change.textContent).toBe('—24 h');
    expect(change.getAttribute('aria-label')).toBe('24 hour change not known yet');
  });
});

describe('how many coins the popover names', () => {
  const equal = (n: number) => Array.from({ length: n }, () => ({ share: 1 / n }));

  it('names the top coins and folds a small tail', () => {
    const rows = [{ share: 0.9 }, ...Array.from({ length: 100 }, () => ({ share: 0.001 }))];
    expect(visibleCoinCount(rows)).toBe(TOP_COINS);
    expect(visibleCoinCount(equal(3))).toBe(3);
  });

  it('names more coins while the fold would hold more than a tenth of the total', () => {
    // Twenty coins of 5 %: after eight the rest hold 60 %; after eighteen, 10 %.
    expect(visibleCoinCount(equal(20))).toBe(18);
    expect(visibleCoinCount(equal(120))).toBe(MAX_NAMED_COINS);
  });

  it('lists the named coins and folds the rest with their share', async () => {
    const coins = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`c${i}`, { id: `c${i}`, name: `Coin ${i}`, symbol: `C${i}`, icon: null, priceChange1d: 0, price: 100, priceBtc: 0.001 }]),
    );
    const rows = Object.keys(coins).map((coinId) => ({ coinId, amount: 1, price: 100, priceBtc: 0.001 }));
    const portfolio = aggregatePortfolio({ balances: [{ connectionId: 'c-binance', fetchedAt: NOW, rows }], coins, dustThresholdUsd: 1 });
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ portfolio }) });
    await waitFor(() => expect(screen.getByText('10 more coins')).toBeTruthy());
    expect(document.querySelectorAll('.coin-row:not(.folded)')).toHaveLength(MAX_NAMED_COINS);
    expect(screen.getByText('10 more coins').closest('button')?.textContent).toContain('25.0%');
  });
});
