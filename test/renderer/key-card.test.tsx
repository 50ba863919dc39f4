// The key card on each connection: age and last success, the exchange's own
// read-only guidance (disclosed on demand, keyboard reachable), the "due for
// replacing" badge on the card and on the Exchanges tab (heard as a
// sentence), "worked until" on keys refused after a long success; replacing
// keys clears the badge. Only masked hints ever show.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppSnapshot, ConnectionView } from '../../common/types';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { NOW, portfolioSnapshot } from '../support/snapshot-fixture';
import { exchangeCard } from './details-tabs';
import { renderWindow } from './render-window';

const DAY = 86_400_000;

function withKeys(patch: (c: ConnectionView) => Partial<ConnectionView>): AppSnapshot {
  const base = portfolioSnapshot({ failingBybit: true });
  return { ...base, connections: base.connections.map((c) => ({ ...c, ...patch(c) })) };
}

async function openWith(snapshot: AppSnapshot) {
  const view = renderWindow(<DetailsApp initialTab="exchanges" />, { snapshot });
  await screen.findByRole('heading', { name: 'Connected exchanges' });
  return view;
}

describe('key card', () => {
  it('says how old the keys are and when they last worked, and the read-only guidance for that exchange', async () => {
    await openWith(withKeys((c) => ({ keys: { ...c.keys, setAt: NOW - 40 * DAY } })));
    const keys = within(exchangeCard('Binance')).getByRole('region', { name: 'Keys for Binance' });
    expect(keys.textContent).toContain('Keys set 40 days ago · last worked 4 min. ago');
    const summary = within(keys).getByText('Making keys for Binance');
    expect(summary.tagName).toBe('SUMMARY');
    expect(keys.textContent).toContain('Tick "Enable Reading" only.');
    expect(keys.textContent).toMatch(/IP allow-list empty.*will likely break/);
    expect(within(exchangeCard('Main Kraken')).getByRole('region', { name: 'Keys for Main Kraken' }).textContent).toContain('Tick "Query Funds" only.');
    expect(screen.queryByText('Keys due for replacing')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Exchanges' })).toBeTruthy();
  });

  it('marks keys due for replacing on the card and the tab, and replacing them clears both', async () => {
    const { fake } = await openWith(withKeys((c) => ({ keys: { ...c.keys, setAt: NOW - 100 * DAY, rotationDue: c.id === 'c-kraken' } })));
    expect(within(exchangeCard('Main Kraken')).getByText('Keys due for replacing')).toBeTruthy();
    expect(within(exchangeCard('Binance')).queryByText('Keys due for replacing')).toBeNull();
    const tab = screen.getByRole('tab', { name: /^Exchanges,? ?,? 1 connection has keys due for replacing$/ });
    expect(within(tab).getByTestId('rotation-badge').textContent).toBe('1');

    fireEvent.click(within(exchangeCard('Main Kraken')).getByRole('button', { name: 'Replace keys of Main Kraken' }));
    const form = await screen.findByRole('form', { name: /Replace keys/ });
    for (const input of within(form).getAllByLabelText(/key|secret/i)) fireEvent.change(input, { target: { value: 'demo-new-value-1234' } });
    fireEvent.submit(form);
    await waitFor(() => expect(within(exchangeCard('Main Kraken')).queryByText('Keys due for replacing')).toBeNull());
    expect(screen.getByRole('tab', { name: 'Exchanges' })).toBeTruthy();
    expect(screen.queryByTestId('rotation-badge')).toBeNull();
    expect(document.body.textContent).not.toContain('demo-new-value-1234');
    expect(exchangeCard('Main Kraken').textContent).toContain('••••1234');
    expect(fake.snapshot().connections.find((c) => c.id === 'c-kraken')?.keys.setAt).toBeGreaterThan(NOW - DAY);
  });

  it('says "worked until" instead of "mistyped?" on keys the exchange now refuses after a long success', async () => {
    await openWith(withKeys((c) => (c.id === 'c-bybit' ? { lastSyncAt: NOW - 3 * DAY, keys: { setAt: NOW - 60 * DAY, rotationDue: false, workedUntil: NOW - 3 * DAY } } : {})));
    const bybit = exchangeCard('Bybit');
    expect(within(bybit).getByTestId('worked-until').textContent).toMatch(/^Worked until 3 days ago — was the key revoked or expired\?/);
    expect(within(bybit).getByRole('alert').textContent).toBe(within(bybit).getByTestId('worked-until').textContent);
    expect(bybit.textContent).not.toContain('Bybit rejected the API key.');
    expect(within(exchangeCard('Binance')).queryByTestId('worked-until')).toBeNull();
  });
});
