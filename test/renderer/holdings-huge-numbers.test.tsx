// Huge figures in Holdings (issue 10 §3): compact in the cell so nothing is
// clipped, the full figure in the cell's tooltip and accessible name.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { COINS, NOW, portfolioSnapshot } from '../support/snapshot-fixture';
import { openHoldings } from './details-tabs';

const snapshot = portfolioSnapshot({
  portfolio: aggregatePortfolio({
    balances: [
      {
        connectionId: 'c-binance',
        fetchedAt: NOW,
        rows: [
          { coinId: 'shiba', amount: 1e12, price: 0.00001, priceBtc: 1e-10 },
          { coinId: 'bitcoin', amount: 970_000_001_234.5, price: 100_000, priceBtc: 1 },
        ],
      },
    ],
    coins: COINS,
    dustThresholdUsd: 1,
  }),
});

const cellsOf = (symbol: string): HTMLElement[] => {
  const row = screen.getAllByTestId('holdings-row').find((r) => r.querySelector('.coin-symbol')?.textContent === symbol)!;
  return [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
};

describe('Holdings with huge figures', () => {
  it('shows compact figures with the full one as tooltip and accessible name', async () => {
    await openHoldings(snapshot);
    const [, amount, price, value] = cellsOf('SHIB');
    expect(amount?.textContent).toBe('1T');
    expect(amount?.getAttribute('title')).toBe('1,000,000,000,000');
    expect(amount?.getAttribute('aria-label')).toBe('1,000,000,000,000');
    // A figure that fits is shown in full, with no tooltip.
    expect(value?.textContent).toBe('$10,000,000.00');
    expect(value?.getAttribute('title')).toBeNull();
    expect(price?.getAttribute('aria-label')).toBeNull();

    const [, , , btcValue] = cellsOf('BTC');
    expect(btcValue?.textContent).toBe('$97,000T');
    // Past what a double holds: no invented cents or digits in the full figure either.
    expect(btcValue?.getAttribute('title')).toBe('$97,000,000,123,450,000');
  });
});
