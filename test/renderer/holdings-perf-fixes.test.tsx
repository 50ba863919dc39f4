// The Holdings changes made for the 10k-row benchmarks (bench/renderer-holdings.ts):
// lines keyed by position and a cached search text must not change what users see.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HoldingRow } from '../../common/types';
import { filterRows } from '../../renderer/src/details/holdings-model';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { openHoldings } from './details-tabs';

const iconOf = (row: Element): string => (row.querySelector('img') ? 'img' : (row.querySelector('.coin-fallback')?.textContent ?? ''));

describe('Holdings lines reused across coins', () => {
  it('does not pass a failed icon on to the coin a sort moves onto that line', async () => {
    const base = portfolioSnapshot();
    const rows = base.portfolio.rows.map((r) => ({ ...r, icon: `https://icons.example/${r.coinId}.png` }));
    const { grid } = await openHoldings({ ...base, portfolio: { ...base.portfolio, rows } });
    const first = screen.getAllByTestId('holdings-row')[0]!;
    expect(first.querySelector('.coin-symbol')?.textContent).toBe('BTC');
    fireEvent.error(first.querySelector('img')!);
    expect(iconOf(first)).toBe('BT');

    fireEvent.click(within(within(grid).getByRole('columnheader', { name: /Coin/ })).getByRole('button'));
    fireEvent.click(within(within(grid).getByRole('columnheader', { name: /Coin/ })).getByRole('button')); // Z→A: SOL first
    const lines = screen.getAllByTestId('holdings-row');
    expect(lines.map((l) => l.querySelector('.coin-symbol')?.textContent)).toEqual(['SOL', 'ETH', 'ADA', 'BTC']);
    // SOL now sits on the line whose BTC icon failed: it must get its own icon.
    // (BTC's icon is tried again on its new line; a browser falls back once more.)
    expect(lines.map(iconOf).slice(0, 3)).toEqual(['img', 'img', 'img']);
  });

  it('gives each line the id of the coin it now shows, for aria-activedescendant', async () => {
    const { grid } = await openHoldings();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter coins' }), { target: { value: 'sol' } });
    await waitFor(() => expect(screen.getAllByTestId('holdings-row')).toHaveLength(1));
    expect(screen.getAllByTestId('holdings-row')[0]!.id).toBe('holding-solana');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('holding-solana');
  });
});

describe('filterRows with its cached search text', () => {
  const row = (coinId: string, symbol: string, name: string): HoldingRow => ({
    coinId, symbol, name, icon: null, amount: 1, priceUsd: 1, valueUsd: 1, valueBtc: 0, share: 0, change24h: null, isCash: false, split: [],
  });
  const rows = [row('bitcoin', 'BTC', 'Bitcoin'), row('wrapped-ether', 'WETH', 'Wrapped Ether')];

  it('matches within one field only, never across the end of one and the start of the next', () => {
    expect(filterRows(rows, 'tcbit')).toEqual([]);
    expect(filterRows(rows, 'hwrap')).toEqual([]);
    expect(filterRows(rows, 'ped-e').map((r) => r.symbol)).toEqual(['WETH']);
  });

  it('answers the same on repeated queries over the same rows (the cache is per row)', () => {
    expect(filterRows(rows, 'BT').map((r) => r.symbol)).toEqual(['BTC']);
    expect(filterRows(rows, 'bt').map((r) => r.symbol)).toEqual(['BTC']);
    expect(filterRows([...rows].reverse(), 'ether').map((r) => r.symbol)).toEqual(['WETH']);
  });
});
