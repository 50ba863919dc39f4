import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HoldingRow } from '../../common/types';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { openHoldings } from './details-tabs';

const symbols = (): string[] =>
  screen.getAllByTestId('holdings-row').map((r) => r.querySelector('.coin-symbol')?.textContent ?? '');

describe('Holdings', () => {
  it('lists one row per coin by value, with the dust line', async () => {
    const { grid } = await openHoldings();
    expect(symbols()).toEqual(['BTC', 'ETH', 'SOL', 'ADA']);
    expect(within(grid).getByRole('columnheader', { name: /Value/ }).getAttribute('aria-sort')).toBe('descending');
    expect(within(grid).getByText('Dust (1 coin)')).toBeTruthy();
    expect(screen.getAllByTestId('holdings-row')[0]!.textContent).toContain('$15,000.00');
  });

  it('sorts by clicking headers and says so with aria-sort', async () => {
    const { grid } = await openHoldings();
    const coinHeader = within(grid).getByRole('columnheader', { name: /Coin/ });
    fireEvent.click(within(coinHeader).getByRole('button'));
    expect(symbols()).toEqual(['BTC', 'ADA', 'ETH', 'SOL']); // Bitcoin, Cardano, Ethereum, Solana
    expect(coinHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(within(grid).getByRole('columnheader', { name: /Value/ }).getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(coinHeader).getByRole('button'));
    expect(symbols()).toEqual(['SOL', 'ETH', 'ADA', 'BTC']);
    expect(coinHeader.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters by typing, from the filter box or straight on the grid', async () => {
    const { grid } = await openHoldings();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter coins' }), { target: { value: 'ether' } });
    await waitFor(() => expect(symbols()).toEqual(['ETH']));
    expect(within(grid).queryByText(/Dust/)).toBeNull();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter coins' }), { target: { value: '' } });
    await waitFor(() => expect(symbols()).toHaveLength(4));
    act(() => grid.focus());
    fireEvent.keyDown(grid, { key: 's' });
    const filter = screen.getByRole('searchbox', { name: 'Filter coins' });
    expect(filter).toHaveProperty('value', 's');
    expect(document.activeElement).toBe(filter);
    // Dust coins are searched too: Shiba Inu ($0.0001) matches "s" as well.
    await waitFor(() => expect(symbols()).toEqual(['SOL', 'SHIB']));

    fireEvent.change(filter, { target: { value: 'zzz' } });
    expect(await screen.findByText('No coin matches “zzz”.')).toBeTruthy();
  });

  it('expands a coin into its per-exchange split, named by connection', async () => {
    await openHoldings();
    const btc = screen.getAllByTestId('holdings-row')[0]!;
    expect(btc.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(btc);
    expect(btc.getAttribute('aria-expanded')).toBe('true');
    const splits = screen.getAllByTestId('holdings-split').map((r) => r.textContent);
    expect(splits).toHaveLength(2);
    expect(splits[0]).toMatch(/^Binance0\.1\$10,000\.00/);
    expect(splits[1]).toMatch(/^Main Kraken0\.05\$5,000\.00/);
  });

  it('moves the selection with arrow keys and expands with Enter', async () => {
    const { grid } = await openHoldings();
    act(() => grid.focus());
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const rows = screen.getAllByTestId('holdings-row');
    expect(rows[0]!.getAttribute('aria-selected')).toBe('true');
    expect(grid.getAttribute('aria-activedescendant')).toBe(rows[0]!.id);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(screen.getAllByTestId('holdings-row')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(screen.getAllByTestId('holdings-split')).toHaveLength(2);
    fireEvent.keyDown(grid, { key: 'ArrowLeft' });
    expect(screen.queryAllByTestId('holdings-split')).toHaveLength(0);
  });

  it('masks amounts and values in privacy mode', async () => {
    const snapshot = portfolioSnapshot();
    snapshot.settings.privacyMode = true;
    await openHoldings(snapshot);
    const first = screen.getAllByTestId('holdings-row')[0]!;
    expect(first.textContent).not.toMatch(/\$|0\.15/);
    expect(first.textContent).toContain('•••••');
  });

  it('renders only a window of 10,000 rows and still sorts and filters them', async () => {
    const base = portfolioSnapshot();
    const template = base.portfolio.rows[0]!;
    const rows: HoldingRow[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      coinId: `coin-${i}`,
      symbol: `C${i}`,
      name: `Coin ${i}`,
      valueUsd: 10_000 - i,
    }));
    const { grid } = await openHoldings({ ...base, portfolio: { ...base.portfolio, rows } });
    expect(grid.getAttribute('aria-rowcount')).toBe('10002'); // header + rows + dust
    const drawn = screen.getAllByTestId('holdings-row');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(symbols()[0]).toBe('C0');

    fireEvent.click(within(within(grid).getByRole('columnheader', { name: /Value/ })).getByRole('button'));
    expect(symbols()[0]).toBe('C9999');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter coins' }), { target: { value: 'c4242' } });
    await waitFor(() => expect(symbols()).toEqual(['C4242']));
  });

  it('commits the dust threshold and exports CSV', async () => {
    const { fake } = await openHoldings();
    const dust = screen.getByLabelText('Dust below (USD)');
    fireEvent.change(dust, { target: { value: '-3' } });
    fireEvent.blur(dust);
    expect((await screen.findByRole('alert')).textContent).toContain('from 0 to 1000000');
    fireEvent.change(dust, { target: { value: '10' } });
    fireEvent.keyDown(dust, { key: 'Enter' });
    await waitFor(() => expect(fake.snapshot().settings.dustThresholdUsd).toBe(10));

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Holdings exported to /home/me/holdings.csv.'));
  });
});
