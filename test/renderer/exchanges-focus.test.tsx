import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exchangeCard, openExchanges, renameInline } from './details-tabs';

async function remove(name: string): Promise<void> {
  fireEvent.click(within(exchangeCard(name)).getByRole('button', { name: `Remove ${name}` }));
  fireEvent.click(within(exchangeCard(name)).getByRole('button', { name: 'Remove' }));
  await waitFor(() => expect(screen.queryByRole('listitem', { name })).toBeNull());
}

describe('Exchanges focus', () => {
  it('after a removal, focuses the next card’s first button, or "Add exchange" after the last one', async () => {
    await openExchanges(); // Binance, Main Kraken, Bybit
    await remove('Main Kraken');
    await waitFor(() => expect(document.activeElement).toBe(within(exchangeCard('Bybit')).getByRole('button', { name: 'Test' })));
    await remove('Bybit');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add exchange' })));
  });

  it('after adding, focuses the new card; after cancelling the add, the "Add exchange" button', async () => {
    await openExchanges();
    fireEvent.click(screen.getByRole('button', { name: 'Add exchange' }));
    fireEvent.click(within(await screen.findByRole('region', { name: 'Add exchange' })).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add exchange' })));

    fireEvent.click(screen.getByRole('button', { name: 'Add exchange' }));
    fireEvent.click(await screen.findByRole('option', { name: 'KuCoin' }));
    const form = await screen.findByRole('form', { name: 'Connect KuCoin' });
    fireEvent.change(within(form).getByLabelText('API key'), { target: { value: 'kc-key-1111' } });
    fireEvent.change(within(form).getByLabelText('API secret'), { target: { value: 'kc-secret-2222' } });
    fireEvent.change(within(form).getByLabelText('API passphrase'), { target: { value: 'kc-pass-3333' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Connect KuCoin' }));
    await waitFor(() => expect(document.activeElement).toBe(within(exchangeCard('KuCoin')).getByRole('button', { name: 'Test' })));
  });

  it('after rename or replace keys (saved or cancelled), returns focus to the button that opened it', async () => {
    await openExchanges();
    renameInline('Binance', 'Binance main');
    await waitFor(() => expect(document.activeElement).toBe(within(exchangeCard('Binance main')).getByRole('button', { name: 'Rename Binance main' })));

    fireEvent.click(within(exchangeCard('Binance main')).getByRole('button', { name: 'Replace keys of Binance main' }));
    const form = await screen.findByRole('form', { name: 'Replace keys of Binance main' });
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Replace keys of Binance main' })));

    fireEvent.click(screen.getByRole('button', { name: 'Replace keys of Binance main' }));
    const again = await screen.findByRole('form', { name: 'Replace keys of Binance main' });
    fireEvent.change(within(again).getByLabelText('API key'), { target: { value: 'new-key-5555' } });
    fireEvent.change(within(again).getByLabelText('API secret'), { target: { value: 'new-secret-8888' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save new keys' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Replace keys of Binance main' })));

    fireEvent.click(within(exchangeCard('Main Kraken')).getByRole('button', { name: 'Remove Main Kraken' }));
    fireEvent.click(within(exchangeCard('Main Kraken')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Main Kraken' })));
  });
});
