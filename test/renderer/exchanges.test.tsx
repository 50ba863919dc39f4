import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { credentialHintText } from '../../renderer/src/details/credential-hints';
import { SUPPORTED } from '../support/snapshot-fixture';
import { exchangeCard, openExchanges, renameInline } from './details-tabs';

describe('Exchanges', () => {
  it('shows each connection with total, status, masked key hints, and the last error with what to do', async () => {
    await openExchanges();
    expect(screen.getAllByTestId('exchange-row')).toHaveLength(3);
    const binance = exchangeCard('Binance');
    expect(binance.textContent).toContain('$18,505.10');
    expect(within(binance).getByTestId('status-chip').textContent).toBe('Synced');
    // Named as /exchange/support names the fields, in its order.
    await waitFor(() => expect(within(binance).getByTestId('credential-hints').textContent).toBe('API key ••••a1b2 · API secret ••••c3d4'));
    expect(binance.textContent).toContain('Last sync: 4 min. ago');

    const bybit = exchangeCard('Bybit');
    const error = within(bybit).getByRole('alert');
    expect(error.textContent).toContain('Bybit rejected the API key.');
    // The action comes from the shared error text when main sent none.
    expect(error.textContent).toMatch(/IP/);
  });

  it('names key hints by their storage key when the exchange no longer lists the field', () => {
    const kraken = SUPPORTED.find((e) => e.connectionId === 'kraken');
    expect(credentialHintText({ apiSecret: '••••7777', legacy: '••••0000', apiKey: '••••6666' }, kraken)).toBe(
      'API key ••••6666 · Private key ••••7777 · legacy ••••0000',
    );
    expect(credentialHintText({ apiKey: '••••6666' }, undefined)).toBe('apiKey ••••6666');
  });

  it('adds an exchange through the picker and the form generated from its connectionFields', async () => {
    const { fake } = await openExchanges();
    fireEvent.click(screen.getByRole('button', { name: 'Add exchange' }));
    const search = await screen.findByRole('combobox', { name: 'Exchange' });
    expect(screen.getAllByRole('option').length).toBe(4);
    for (let i = 0; i < 3; i++) fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: 'KuCoin' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'ArrowUp' });
    fireEvent.keyDown(search, { key: 'Enter' });

    const form = await screen.findByRole('form', { name: 'Connect Kraken' });
    const labels = [...form.querySelectorAll('input[type="password"]')].map((i) => form.querySelector(`label[for="${i.id}"]`)?.textContent);
    expect(labels).toEqual(['API key', 'Private key']);

    fireEvent.change(within(form).getByLabelText('API key'), { target: { value: 'rejected-key' } });
    fireEvent.change(within(form).getByLabelText('Private key'), { target: { value: 'kr-secret-7777' } });
    fireEvent.change(within(form).getByLabelText('Name (optional)'), { target: { value: 'Kraken savings' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Connect Kraken' }));
    const error = await within(form).findByRole('alert');
    // The advice is the add form's own: enter the key again here (error-words.ts actionFor).
    expect(error.textContent).toBe('Kraken rejected the API key. Check the key for typos, or create a read-only key without IP restriction, then enter it here again.');

    fireEvent.change(within(form).getByLabelText('API key'), { target: { value: 'kr-key-6666' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Connect Kraken' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Connect Kraken' })).toBeNull());
    const added = exchangeCard('Kraken savings');
    expect(within(added).getByTestId('status-chip').textContent).toBe('Syncing');
    expect(within(added).getByTestId('credential-hints').textContent).toBe('API key ••••6666 · Private key ••••7777');
    expect(fake.snapshot().connections).toHaveLength(4);
    expect(document.body.innerHTML).not.toContain('kr-secret-7777');
  });

  it('renames inline, tests, and removes only after confirmation', async () => {
    await openExchanges();
    renameInline('Binance', '  Binance main  ');
    await screen.findByRole('listitem', { name: 'Binance main' });

    fireEvent.click(within(exchangeCard('Binance main')).getByRole('button', { name: 'Test' }));
    await waitFor(() => expect(exchangeCard('Binance main').textContent).toContain('Binance main works: $18,505.10.'));

    fireEvent.click(within(exchangeCard('Main Kraken')).getByRole('button', { name: 'Remove Main Kraken' }));
    const confirm = within(exchangeCard('Main Kraken')).getByRole('group', { name: 'Remove Main Kraken?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByTestId('exchange-row')).toHaveLength(3);

    fireEvent.click(within(exchangeCard('Main Kraken')).getByRole('button', { name: 'Remove Main Kraken' }));
    fireEvent.click(within(exchangeCard('Main Kraken')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getAllByTestId('exchange-row')).toHaveLength(2));
    expect(screen.getByRole('status').textContent).toBe('Main Kraken removed; its keys were erased.');
  });

  it('replaces keys with a form that shows only the masked hints', async () => {
    await openExchanges();
    fireEvent.click(within(exchangeCard('Binance')).getByRole('button', { name: 'Replace keys of Binance' }));
    const form = await screen.findByRole('form', { name: 'Replace keys of Binance' });
    const key = within(form).getByLabelText('API key');
    expect(key).toHaveProperty('value', '');
    expect(key.getAttribute('placeholder')).toBe('Current: ••••a1b2');
    fireEvent.change(key, { target: { value: 'new-key-5555' } });
    fireEvent.change(within(form).getByLabelText('API secret'), { target: { value: 'new-secret-8888' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save new keys' }));
    await waitFor(() => expect(within(exchangeCard('Binance')).getByTestId('credential-hints').textContent).toBe('API key ••••5555 · API secret ••••8888'));
  });
});
