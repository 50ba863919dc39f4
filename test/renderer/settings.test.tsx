import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

async function openSettings(snapshot = portfolioSnapshot()) {
  const view = renderWindow(<DetailsApp initialTab="settings" />, { snapshot });
  await screen.findByRole('heading', { name: 'CoinStats API key' });
  return view;
}

describe('Settings', () => {
  it('keeps the CoinStats key write-only: only its hint is ever shown', async () => {
    const { fake } = await openSettings();
    expect(screen.getByTestId('api-key-hint').textContent).toBe('Saved key: ••••wxyz');
    expect(screen.queryByLabelText('CoinStats API key', { selector: 'input' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Replace…' }));
    // Replace… can be cancelled, and focus returns to it.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('CoinStats API key', { selector: 'input' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Replace…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace…' }));
    const input = screen.getByLabelText('CoinStats API key', { selector: 'input' });
    expect(input).toHaveProperty('value', '');
    expect(input.getAttribute('type')).toBe('password');
    fireEvent.change(input, { target: { value: 'brand-new-key-4321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Replace key' }));

    await waitFor(() => expect(screen.getByTestId('api-key-hint').textContent).toBe('Saved key: ••••4321'));
    expect(screen.queryByLabelText('CoinStats API key', { selector: 'input' })).toBeNull();
    expect(document.body.innerHTML).not.toContain('brand-new-key');
    expect(fake.snapshot().apiKey).toEqual({ set: true, hint: '••••4321' });

    // Removing the key asks first, like every destructive action.
    fireEvent.click(screen.getByRole('button', { name: 'Remove key…' }));
    const confirm = screen.getByRole('group', { name: 'Remove the CoinStats key?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(fake.snapshot().apiKey.set).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove key…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove key…' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Remove the CoinStats key?' })).getByRole('button', { name: 'Remove key' }));
    expect(await screen.findByText('No key saved.')).toBeTruthy();
    expect(fake.snapshot().apiKey.set).toBe(false);
    expect(screen.getByLabelText('CoinStats API key', { selector: 'input' })).toHaveProperty('value', '');
  });

  it('offers currencies from the rates and applies the choice', async () => {
    const { fake } = await openSettings();
    const select = screen.getByLabelText('Primary currency') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['EUR', 'GBP', 'USD']);
    expect(select.value).toBe('USD');
    fireEvent.change(select, { target: { value: 'EUR' } });
    await waitFor(() => expect(fake.snapshot().settings.primaryCurrency).toBe('EUR'));
    expect(select.value).toBe('EUR');
  });

  it('updates the credits-per-month estimate live and validates ranges', async () => {
    const { fake } = await openSettings();
    const estimate = (): string => screen.getByTestId('credit-estimate').textContent ?? '';
    const before = estimate();
    expect(before).toMatch(/^· ≈[\d,]+ of 20,000 credits a month$/);
    const freshness = screen.getByLabelText('Refresh when data is older than');
    fireEvent.change(freshness, { target: { value: '2' } });
    expect(estimate()).not.toBe(before); // live, before anything is saved
    expect(estimate()).toContain('more than your budget');
    expect(fake.snapshot().settings.freshnessMinutes).toBe(15);
    fireEvent.blur(freshness);
    await waitFor(() => expect(fake.snapshot().settings.freshnessMinutes).toBe(2));

    fireEvent.change(freshness, { target: { value: '0' } });
    fireEvent.blur(freshness);
    expect(screen.getByRole('alert').textContent).toBe('Refresh when data is older than: enter a whole number from 1 to 1440.');
    expect(screen.getByText('Remaining on your plan').nextElementSibling?.textContent).toBe('18,000 of 20,000');
  });

  it('toggles privacy, notifications and launch at login, and validates the API base URL', async () => {
    const { fake } = await openSettings();
    fireEvent.click(screen.getByRole('radio', { name: 'Hide all' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Launch at login' }));
    fireEvent.change(screen.getByLabelText('Menu bar shows'), { target: { value: 'btc' } });
    await waitFor(() => expect(fake.snapshot().settings).toMatchObject({ privacyMode: true, launchAtLogin: true, trayTitleFormat: 'btc' }));
    expect(screen.getByRole('radio', { name: 'Hide all' })).toHaveProperty('checked', true);

    const url = screen.getByLabelText('CoinStats API base URL');
    fireEvent.change(url, { target: { value: 'ftp://example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save URL' }));
    expect(screen.getByRole('alert').textContent).toMatch(/must start with https:\/\//);
    fireEvent.change(url, { target: { value: 'http://127.0.0.1:4010' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save URL' }));
    await waitFor(() => expect(fake.snapshot().settings.apiBaseUrl).toBe('http://127.0.0.1:4010'));
  });

  it('forgets all keys only after confirmation', async () => {
    const { fake } = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Forget all keys…' }));
    const confirm = screen.getByRole('group', { name: 'Forget all keys?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Forget all keys' }));
    await waitFor(() => expect(fake.snapshot().apiKey.set).toBe(false));
    expect(await screen.findByText('No key saved.')).toBeTruthy();
  });

  it('a checkbox follows the click at once, while main has not answered, and stays with main’s answer', async () => {
    const { fake } = await openSettings();
    const box = screen.getByRole('checkbox', { name: 'Notifications when an exchange syncs or needs attention' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    const slow = fake.holdNext('updateSettings');
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect(fake.snapshot().settings.notifications).toBe(true);
    slow.release();
    await waitFor(() => expect(fake.snapshot().settings.notifications).toBe(false));
    expect(box.checked).toBe(false);
  });

  it('a checkbox main refuses goes back to the setting as main has it, and the section says why', async () => {
    const { fake } = await openSettings();
    const box = screen.getByRole('checkbox', { name: 'Turn privacy mode on when a display is added or mirrored (presenting)' }) as HTMLInputElement;
    const before = box.checked;
    const refused = fake.holdNext('updateSettings', { code: 'internal', message: 'Tallybar could not save the setting.' });
    fireEvent.click(box);
    expect(box.checked).toBe(!before);
    refused.release();
    await screen.findByText('Tallybar could not save the setting.');
    expect(box.checked).toBe(before);
    expect(fake.snapshot().settings.privacyOnDisplayChange).toBe(before);
  });
});

