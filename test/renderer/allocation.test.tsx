// The allocation picture: by coin (the largest by name, the rest and dust as
// "Other") and by exchange, with values and shares, in the Holdings tab as
// tables under bars and in the popover as a bar beside each section heading.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import type { ConnectionBalances } from '../../common/types';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { ALLOCATION_NAMED, coinAllocation, exchangeAllocation } from '../../renderer/src/shared/allocation';
import { COINS, NOW, connectionView, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

/** Rows of an allocation table: [name, value, share]. */
async function tableRows(caption: string): Promise<string[][]> {
  const table = await screen.findByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent!));
}

/** Ten coins of falling value on one exchange, then one on another. */
function manyCoins(): ConnectionBalances[] {
  const rows = Array.from({ length: 10 }, (_, i) => ({ coinId: `coin-${i}`, amount: 1, price: 1_000 - i * 90, priceBtc: 0.01 }));
  return [
    { connectionId: 'c-binance', fetchedAt: NOW, rows },
    { connectionId: 'c-kraken', fetchedAt: NOW, rows: [{ coinId: 'bitcoin', amount: 0.001, price: 100_000, priceBtc: 1 }] },
  ];
}

describe('allocation slices', () => {
  it('names the largest coins and folds the rest into Other, shares adding up to the whole', () => {
    const portfolio = aggregatePortfolio({ balances: manyCoins(), coins: COINS, dustThresholdUsd: 1 });
    const slices = coinAllocation(portfolio);
    expect(slices).toHaveLength(ALLOCATION_NAMED);
    expect(slices.slice(0, -1).map((s) => s.valueUsd)).toEqual([1_000, 910, 820, 730, 640]);
    const other = slices.at(-1)!;
    expect(other).toMatchObject({ key: 'other', label: 'Other (6 coins)', colour: 'palette-other' });
    expect(other.valueUsd).toBeCloseTo(550 + 460 + 370 + 280 + 190 + 100);
    expect(slices.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
  });

  it("adds each exchange's part of every coin, dust included, and names one no longer listed", () => {
    const snapshot = portfolioSnapshot();
    const slices = exchangeAllocation(snapshot.portfolio, snapshot.connections.slice(0, 1));
    expect(slices.map((s) => s.label)).toEqual(['Binance', 'Removed exchange']);
    // Binance's 10,000 BTC + 8,000 ETH + 500 ADA + the SHIB dust; Kraken's 5,000 BTC + 1,500 SOL.
    expect(slices[0]!.valueUsd).toBeCloseTo(18_500.0001);
    expect(slices[1]!.valueUsd).toBeCloseTo(6_500);
    expect(slices.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
  });
});

describe('allocation in Holdings', () => {
  it('tables the slices by coin and by exchange with value and share', async () => {
    renderWindow(<DetailsApp initialTab="holdings" />, { snapshot: portfolioSnapshot() });
    expect(await tableRows('By coin')).toEqual([
      ['BTC', '$15,000.00', '60.0%'],
      ['ETH', '$8,000.00', '32.0%'],
      ['SOL', '$1,500.00', '6.0%'],
      ['ADA', '$500.00', '2.0%'],
      // SHIB is dust: folded, as the popover folds it.
      ['Other (1 coin)', '$0.0001', '0.0%'],
    ]);
    expect(await tableRows('By exchange')).toEqual([
      ['Binance', '$18,500.00', '74.0%'],
      ['Main Kraken', '$6,500.00', '26.0%'],
    ]);
  });

  it("masks the values and keeps the shares at privacy's 'amounts' level", async () => {
    const snapshot = portfolioSnapshot();
    renderWindow(<DetailsApp initialTab="holdings" />, { snapshot: { ...snapshot, settings: { ...snapshot.settings, privacyMode: true, privacyLevel: 'amounts' } } });
    expect(await tableRows('By exchange')).toEqual([
      ['Binance', '•••••', '74.0%'],
      ['Main Kraken', '•••••', '26.0%'],
    ]);
  });

  it("masks the shares too at privacy's 'all' level", async () => {
    const snapshot = portfolioSnapshot();
    renderWindow(<DetailsApp initialTab="holdings" />, { snapshot: { ...snapshot, settings: { ...snapshot.settings, privacyMode: true, privacyLevel: 'all' } } });
    expect(await tableRows('By exchange')).toEqual([
      ['Binance', '•••••', '•••••'],
      ['Main Kraken', '•••••', '•••••'],
    ]);
  });
});

describe('allocation in the popover', () => {
  it('puts a bar beside each heading, named by its shares', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    const byCoin = await screen.findByRole('img', { name: /^Allocation by coin:/ });
    expect(byCoin.getAttribute('aria-label')).toBe('Allocation by coin: BTC 60.0%, ETH 32.0%, SOL 6.0%, ADA 2.0%, Other (1 coin) 0.0%');
    expect(screen.getByRole('img', { name: /^Allocation by exchange:/ }).getAttribute('aria-label')).toBe('Allocation by exchange: Binance 74.0%, Main Kraken 26.0%');
    // Each slice as wide as its share.
    expect([...byCoin.children].map((slice) => Number((slice as HTMLElement).style.flexGrow).toFixed(2))).toEqual(['0.60', '0.32', '0.06', '0.02', '0.00']);
  });

  it('draws no bar for one exchange holding one coin: there is nothing to divide', async () => {
    const snapshot = portfolioSnapshot();
    const portfolio = aggregatePortfolio({
      balances: [{ connectionId: 'c-binance', fetchedAt: NOW, rows: [{ coinId: 'bitcoin', amount: 1, price: 100_000, priceBtc: 1 }] }],
      coins: COINS,
      dustThresholdUsd: 1,
    });
    renderWindow(<PopoverApp />, { snapshot: { ...snapshot, portfolio, connections: [connectionView({ id: 'c-binance', exchangeId: 'binance', name: 'Binance' })] } });
    await screen.findByRole('region', { name: 'Coins' });
    expect(screen.queryAllByTestId('allocation-bar')).toHaveLength(0);
  });
});
