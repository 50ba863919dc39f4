// A connection left out of the total is shown apart, never silently: its card
// says "Not in total" beside its own value and has the switch to count it
// again; the popover lists it last, marked, and the total says N not counted
// to a screen reader and a pointer.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { exchangeCard, openExchanges } from './details-tabs';
import { renderWindow } from './render-window';

const leftOutKraken = () => {
  const base = portfolioSnapshot();
  return portfolioSnapshot({ connections: base.connections.map((c) => (c.id === 'c-kraken' ? { ...c, countInTotal: false } : c)) });
};

describe('a connection left out of the total', () => {
  it('is toggled from its card on Exchanges, which then says "Not in total" beside its own value', async () => {
    const { fake } = await openExchanges();
    const kraken = exchangeCard('Main Kraken');
    expect(within(kraken).queryByText('Not in total')).toBeNull();
    const toggle = within(kraken).getByRole('checkbox', { name: 'Count Main Kraken in the total' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(within(exchangeCard('Main Kraken')).getByText('Not in total')).toBeTruthy());
    expect(fake.snapshot().connections.find((c) => c.id === 'c-kraken')?.countInTotal).toBe(false);
    expect(exchangeCard('Main Kraken').textContent).toContain('$6,500.00');
    fireEvent.click(within(exchangeCard('Main Kraken')).getByRole('checkbox', { name: 'Count Main Kraken in the total' }));
    await waitFor(() => expect(within(exchangeCard('Main Kraken')).queryByText('Not in total')).toBeNull());
  });

  it('comes last in the popover, marked, and the total says what it leaves out', async () => {
    renderWindow(<PopoverApp />, { snapshot: leftOutKraken() });
    const total = await screen.findByTestId('popover-total');
    const note = screen.getByTestId('not-counted');
    expect(note.textContent).toBe('1 exchange not counted (Main Kraken)');
    expect(total.getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    expect(total.getAttribute('title')).toBe('1 exchange not counted (Main Kraken)');
    const rows = screen.getAllByTestId('exchange-row');
    expect(rows.map((r) => r.textContent?.includes('Main Kraken'))).toEqual([false, true]);
    expect(rows[1]!.textContent).toContain('Not in total');
    expect(rows[1]!.textContent).toContain('$6,500.00');
    expect(screen.queryByTestId('partial-marker')).toBeNull();
  });

  it('with every exchange left out, the total is not known and the freshness line says why, not "Not synced yet"', async () => {
    const base = portfolioSnapshot();
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ connections: base.connections.map((c) => ({ ...c, countInTotal: false })) }) });
    const total = await screen.findByTestId('popover-total');
    expect(within(total).getByLabelText('Total not known yet').textContent).toBe('—');
    expect(screen.getByTestId('popover-freshness').textContent).toBe('No exchange counted');
    expect(screen.getByTestId('not-counted').textContent).toBe('2 exchanges not counted (Binance, Main Kraken)');
  });

  it('in privacy mode its own value is masked like every other amount', async () => {
    const snapshot = leftOutKraken();
    renderWindow(<PopoverApp />, { snapshot: { ...snapshot, settings: { ...snapshot.settings, privacyMode: true } } });
    const rows = await screen.findAllByTestId('exchange-row');
    expect(rows[1]!.textContent).toContain('Not in total');
    expect(rows[1]!.textContent).not.toMatch(/\d,\d{3}/);
  });
});
