// Limits seen while typing (issue 10 §3): every text field with a limit takes
// it from the one constant main enforces, stops at it, and says how close the
// name is; the dust threshold is typed in the primary currency.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API_BASE_URL_MAX_LENGTH, CONNECTION_NAME_MAX_LENGTH } from '../../common/settings';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { exchangeCard, openExchanges, openAddForm } from './details-tabs';
import { renderWindow } from './render-window';

const hintOf = (input: HTMLElement): string => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

describe('name limits', () => {
  it('the rename field stops at the limit main enforces and counts as you type', async () => {
    await openExchanges();
    fireEvent.click(within(exchangeCard('Binance')).getByRole('button', { name: 'Rename Binance' }));
    const input = screen.getByLabelText('New name for Binance') as HTMLInputElement;
    expect(input.maxLength).toBe(CONNECTION_NAME_MAX_LENGTH);
    expect(hintOf(input)).toBe(`7 of ${CONNECTION_NAME_MAX_LENGTH} characters`);
    fireEvent.change(input, { target: { value: 'x'.repeat(CONNECTION_NAME_MAX_LENGTH) } });
    expect(hintOf(input)).toBe(`${CONNECTION_NAME_MAX_LENGTH} of ${CONNECTION_NAME_MAX_LENGTH} characters (the limit)`);
    expect(document.body.textContent).not.toMatch(/under 80|\b80\b/);
  });

  it('the optional name when connecting has the same limit and count', async () => {
    await openExchanges();
    const form = await openAddForm();
    const name = within(form).getByLabelText('Name (optional)') as HTMLInputElement;
    expect(name.maxLength).toBe(CONNECTION_NAME_MAX_LENGTH);
    fireEvent.change(name, { target: { value: 'Savings' } });
    expect(hintOf(name)).toBe(`7 of ${CONNECTION_NAME_MAX_LENGTH} characters`);
  });

  it('the API base URL takes no more than main accepts', async () => {
    renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot() });
    const url = (await screen.findByLabelText('CoinStats API base URL')) as HTMLInputElement;
    expect(url.maxLength).toBe(API_BASE_URL_MAX_LENGTH);
  });
});

describe('dust threshold in the primary currency', () => {
  it('shows and takes the threshold in the primary currency and stores USD', async () => {
    const base = portfolioSnapshot();
    // EUR at 0.5 per USD: the stored $1 reads €0.5.
    const { fake } = renderWindow(<DetailsApp initialTab="settings" />, {
      snapshot: { ...base, settings: { ...base.settings, primaryCurrency: 'EUR' } },
    });
    const input = (await screen.findByLabelText('Fold coins worth less than')) as HTMLInputElement;
    expect(input.value).toBe('0.5');
    expect(input.parentElement?.textContent).toContain('EUR into dust');
    expect(document.body.textContent).not.toContain('USD into dust');
    expect(Number(input.max)).toBe(500_000);
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.blur(input);
    await waitFor(() => expect(fake.snapshot().settings.dustThresholdUsd).toBe(20));
    expect(input.value).toBe('10');
  });
});
