import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { BALANCES, COINS, portfolioSnapshot } from '../support/snapshot-fixture';
import { openHoldings } from './details-tabs';

// At $600, Cardano ($500 on Binance) and Shiba Inu ($0.0001) fold into dust.
const snapshot = portfolioSnapshot({
  portfolio: aggregatePortfolio({ balances: BALANCES, coins: COINS, dustThresholdUsd: 600 }),
});

const symbolsOf = (testId: string): string[] =>
  screen.queryAllByTestId(testId).map((r) => r.querySelector('.coin-symbol')?.textContent ?? '');

describe('Holdings dust', () => {
  it('expands the dust line by click into its coins, by value, each with its exchange split', async () => {
    const { grid } = await openHoldings(snapshot);
    const dust = screen.getByTestId('holdings-dust');
    expect(dust.textContent).toContain('Dust (2 coins)');
    expect(dust.getAttribute('aria-expanded')).toBe('false');
    expect(symbolsOf('holdings-dust-coin')).toEqual([]);

    fireEvent.click(dust);
    expect(screen.getByTestId('holdings-dust').getAttribute('aria-expanded')).toBe('true');
    expect(symbolsOf('holdings-dust-coin')).toEqual(['ADA', 'SHIB']);
    const ada = screen.getAllByTestId('holdings-dust-coin')[0]!;
    expect(ada.getAttribute('aria-level')).toBe('2');
    expect(ada.textContent).toContain('$500.00');

    fireEvent.click(ada);
    const split = within(grid).getByTestId('holdings-split');
    expect(split.textContent).toContain('Binance');
    expect(split.getAttribute('aria-level')).toBe('3');

    fireEvent.click(screen.getByTestId('holdings-dust'));
    expect(symbolsOf('holdings-dust-coin')).toEqual([]);
    expect(within(grid).queryByTestId('holdings-split')).toBeNull();
  });

  it('opens and closes with Enter and the arrow keys, Left walking back up to the dust line', async () => {
    const { grid } = await openHoldings(snapshot);
    act(() => grid.focus());
    fireEvent.keyDown(grid, { key: 'End' });
    const dustId = screen.getByTestId('holdings-dust').id;
    expect(grid.getAttribute('aria-activedescendant')).toBe(dustId);

    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(symbolsOf('holdings-dust-coin')).toEqual(['ADA', 'SHIB']);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(within(grid).getByTestId('holdings-split').textContent).toContain('Binance');
    fireEvent.keyDown(grid, { key: 'ArrowLeft' }); // closes Cardano
    expect(within(grid).queryByTestId('holdings-split')).toBeNull();
    fireEvent.keyDown(grid, { key: 'ArrowLeft' }); // up to the dust line
    expect(grid.getAttribute('aria-activedescendant')).toBe(dustId);
    fireEvent.keyDown(grid, { key: 'ArrowLeft' }); // closes it
    expect(symbolsOf('holdings-dust-coin')).toEqual([]);
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(symbolsOf('holdings-dust-coin')).toEqual(['ADA', 'SHIB']);
  });

  it('finds dust coins when filtering and shows them as normal rows', async () => {
    const { grid } = await openHoldings(snapshot);
    const filter = screen.getByRole('searchbox', { name: 'Filter coins' });
    fireEvent.change(filter, { target: { value: 'shiba' } });
    await waitFor(() => expect(symbolsOf('holdings-row')).toEqual(['SHIB']));
    expect(screen.queryByTestId('holdings-dust')).toBeNull();
    expect(screen.getByText('1 of 5 coins')).toBeTruthy();

    // Matches across listed and dust coins come in the table's one sort order.
    fireEvent.change(filter, { target: { value: 'a' } }); // Solana, Cardano, Shiba Inu
    await waitFor(() => expect(symbolsOf('holdings-row')).toEqual(['SOL', 'ADA', 'SHIB']));
    fireEvent.change(filter, { target: { value: '' } });
    await waitFor(() => expect(symbolsOf('holdings-row')).toEqual(['BTC', 'ETH', 'SOL']));
    expect(within(grid).getByTestId('holdings-dust')).toBeTruthy();
  });
});
