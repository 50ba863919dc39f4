// Issue 10 §4: error advice names what the screen the user is on offers; an
// exchange card says its error once; a cut-off name has its tooltip; the CSV
// export says where the file went, and its line below the toolbar keeps its
// height so nothing moves.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiKeySettings } from '../../renderer/src/details/api-key-settings';
import { Onboarding } from '../../renderer/src/popover/onboarding';
import { connectAppStore } from '../../renderer/src/shared/app-store';
import { emptySnapshot, portfolioSnapshot } from '../support/snapshot-fixture';
import { exchangeCard, openExchanges, openHoldings, openAddForm } from './details-tabs';
import { renderWindow } from './render-window';

/** Saves an API key main refuses, and returns the alert the form shows. */
async function saveRejectedKey(): Promise<HTMLElement> {
  const input = document.querySelector<HTMLInputElement>('.api-key-form input[type="password"]')!;
  fireEvent.change(input, { target: { value: 'invalid-key-123' } });
  fireEvent.submit(input.closest('form')!);
  return screen.findByRole('alert');
}

describe('error advice fits the screen', () => {
  it('onboarding: a refused CoinStats key says to paste it here, and promises no balances it does not have', async () => {
    renderWindow(<Onboarding />, { snapshot: emptySnapshot() });
    const stop = connectAppStore();
    const alert = await saveRejectedKey();
    expect(alert.textContent).toContain('paste it here');
    expect(alert.textContent).not.toMatch(/Settings|last known/);
    stop();
  });

  it('settings: the same refusal names this page, not "in Settings"', async () => {
    renderWindow(<ApiKeySettings />, { snapshot: emptySnapshot() });
    const stop = connectAppStore();
    await screen.findByText('No key saved.');
    const alert = await saveRejectedKey();
    expect(alert.textContent).toContain('paste it here');
    expect(alert.textContent).not.toContain('in Settings');
    stop();
  });

  it('exchanges: a rejected key is said once, offers IP restriction as one cause, and names the card’s Replace keys', async () => {
    await openExchanges();
    const bybit = exchangeCard('Bybit');
    expect(within(bybit).getByTestId('status-chip').textContent).toBe('Error');
    const alerts = within(bybit).getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(bybit.textContent!.split('Bybit rejected the API key').length - 1).toBe(1);
    expect(alerts[0]!.textContent).toContain('choose Replace keys on this card');
    expect(alerts[0]!.textContent).toMatch(/typos.*IP restriction/);
  });

  it('the add form in Exchanges says to enter the key again here', async () => {
    await openExchanges();
    const form = await openAddForm();
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="password"]')) fireEvent.change(input, { target: { value: 'rejected-key' } });
    fireEvent.click(within(form).getByRole('button', { name: /^Connect / }));
    const error = await within(form).findByRole('alert');
    expect(error.textContent).toMatch(/enter it here again\.$/);
  });

  it('a long connection name keeps its full text in a tooltip', async () => {
    await openExchanges();
    const name = within(exchangeCard('Bybit')).getByRole('heading', { name: 'Bybit' });
    expect(name.getAttribute('title')).toBe('Bybit');
    expect(name.className).toContain('ellipsis');
  });
});

describe('CSV export confirmation', () => {
  it('says where the file went, reveals it with Show in folder, in a line that is there before anything is said', async () => {
    const { fake } = await openHoldings(portfolioSnapshot());
    const status = screen.getByTestId('holdings-toolbar-status');
    expect(status.textContent).toBe(''); // reserved, empty: an error or the confirmation later moves nothing
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(status.textContent).toContain('Saved to /home/me/holdings.csv'));
    fireEvent.click(within(status).getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(fake.effects).toContain('showExportInFolder'));
  });
});
