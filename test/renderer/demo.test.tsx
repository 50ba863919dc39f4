import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const NOTE = 'These are demo keys. Exit the demo to connect your own.';

describe('demo mode', () => {
  it('offers "Exit demo" next to the popover badge, which calls exitDemo', async () => {
    const { fake } = renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ demo: true }) });
    expect((await screen.findByTestId('demo-badge')).textContent).toBe('Demo data');
    fireEvent.click(screen.getByRole('button', { name: 'Exit demo' }));
    await waitFor(() => expect(fake.effects).toContain('exitDemo'));
    await waitFor(() => expect(screen.queryByTestId('demo-badge')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Exit demo' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Demo ended.');
  });

  it('offers "Exit demo" in the details header too', async () => {
    const { fake } = renderWindow(<DetailsApp />, { snapshot: portfolioSnapshot({ demo: true }) });
    const header = (await screen.findByTestId('demo-badge')).closest('header')!;
    fireEvent.click(within(header).getByRole('button', { name: 'Exit demo' }));
    await waitFor(() => expect(fake.effects).toContain('exitDemo'));
  });

  it('disables the key and add-exchange forms in demo mode, saying why', async () => {
    renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot({ demo: true }) });
    await screen.findByRole('heading', { name: 'CoinStats API key' });
    expect(screen.getByTestId('demo-keys-note').textContent).toBe(NOTE);
    expect(screen.getByRole('button', { name: 'Replace…' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Remove key…' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('tab', { name: 'Exchanges' }));
    await screen.findByRole('heading', { name: 'Connected exchanges' });
    expect(screen.getByTestId('demo-keys-note').textContent).toBe(NOTE);
    expect(screen.getByRole('button', { name: 'Add exchange' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Replace keys of Binance' })).toHaveProperty('disabled', true);
  });

  it('shows none of that outside demo mode', async () => {
    renderWindow(<DetailsApp initialTab="exchanges" />, { snapshot: portfolioSnapshot() });
    await screen.findByRole('heading', { name: 'Connected exchanges' });
    expect(screen.queryByTestId('demo-keys-note')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exit demo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add exchange' })).toHaveProperty('disabled', false);
  });
});
