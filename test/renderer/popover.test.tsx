import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { emptySnapshot, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

describe('popover onboarding', () => {
  it('takes a key (validated inline), then builds the first exchange form from connectionFields', async () => {
    const { fake } = renderWindow(<PopoverApp />);
    const keyInput = await screen.findByLabelText('CoinStats API key');
    expect(keyInput).toHaveProperty('type', 'password');

    fireEvent.change(keyInput, { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/too short/);
    expect(keyInput.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(keyInput, { target: { value: 'invalid-key-0001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key' }));
    expect((await screen.findByRole('alert')).textContent).toContain('CoinStats did not accept your API key');

    fireEvent.change(keyInput, { target: { value: 'good-secret-key-9876' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save key' }));
    const search = await screen.findByRole('combobox', { name: 'Exchange' });
    expect(document.body.innerHTML).not.toContain('good-secret-key-9876');

    fireEvent.change(search, { target: { value: 'kuc' } });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(screen.getByRole('option', { name: 'KuCoin' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'Enter' });

    const form = await screen.findByRole('form', { name: 'Connect KuCoin' });
    const secret = within(form).getByLabelText('API secret');
    const passphrase = within(form).getByLabelText('API passphrase');
    for (const input of [within(form).getByLabelText('API key'), secret, passphrase]) {
      expect(input.getAttribute('type')).toBe('password');
      expect(input.getAttribute('autocomplete')).toBe('off');
      expect(input.getAttribute('spellcheck')).toBe('false');
    }
    expect(form.textContent).toContain('Create a read-only API key');

    fireEvent.click(within(form).getByRole('button', { name: 'Connect KuCoin' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Enter the API key.');

    fireEvent.change(within(form).getByLabelText('API key'), { target: { value: 'kc-key-1111' } });
    fireEvent.change(secret, { target: { value: 'kc-secret-2222' } });
    fireEvent.change(passphrase, { target: { value: 'kc-pass-3333' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Connect KuCoin' }));

    const row = await screen.findByTestId('exchange-row');
    expect(row.textContent).toContain('KuCoin');
    expect(within(row).getByTestId('status-chip').textContent).toContain('Syncing');
    expect(fake.snapshot().connections[0]?.credentialHints).toEqual({ apiKey: '••••1111', apiSecret: '••••2222', passphrase: '••••3333' });
    expect(document.body.innerHTML).not.toMatch(/kc-(key|secret|pass)-/);
  });

  it('links to where keys are made and offers the demo, labelled as demo data', async () => {
    const { fake } = renderWindow(<PopoverApp />, { demoSnapshot: portfolioSnapshot({ demo: true }) });
    fireEvent.click(await screen.findByRole('link', { name: 'openapi.coinstats.app' }));
    await waitFor(() => expect(fake.effects).toContain('openExternal:https://openapi.coinstats.app'));

    fireEvent.click(screen.getByRole('button', { name: /Try the demo/ }));
    expect((await screen.findByTestId('demo-badge')).textContent).toBe('Demo data');
    expect(screen.getByTestId('popover-total').textContent).toBe('$25,000.00');
  });

  it('blocks key entry and says why when secrets cannot be encrypted', async () => {
    const reason = 'No keyring found: install and unlock gnome-keyring or KWallet, then restart Tallybar.';
    renderWindow(<PopoverApp />, { snapshot: emptySnapshot({ secretsAvailable: { ok: false, reason } }) });
    expect((await screen.findByRole('alert')).textContent).toContain(reason);
    expect(screen.getByLabelText('CoinStats API key')).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Save key' })).toHaveProperty('disabled', true);
  });
});

describe('popover glance', () => {
  it('shows the total in the primary currency and BTC, 24 h change, age and the partial marker', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ failingBybit: true }) });
    expect((await screen.findByTestId('popover-total')).textContent).toBe('$25,000.00');
    expect(screen.getByTestId('popover-total-btc').textContent).toBe('₿0.25');
    expect(screen.getByText(/\+0\.98%/)).toBeTruthy();
    expect(screen.getByText('Updated 4 min. ago')).toBeTruthy();
    expect(screen.getByTestId('partial-marker').textContent).toBe('Partial: Bybit failed');
    // The total's description is the partial marker, so it is read with the figure.
    const describedBy = screen.getByTestId('popover-total').getAttribute('aria-describedby');
    expect(describedBy && document.getElementById(describedBy)).toBe(screen.getByTestId('partial-marker'));
    expect(screen.getByTestId('dust-line').textContent).toContain('Dust (1 coin)');
  });

  it('converts with the snapshot rates when the primary currency is not USD', async () => {
    const snapshot = portfolioSnapshot();
    snapshot.settings.primaryCurrency = 'EUR';
    renderWindow(<PopoverApp />, { snapshot });
    expect((await screen.findByTestId('popover-total')).textContent).toBe('€12,500.00');
    expect(screen.queryByTestId('partial-marker')).toBeNull();
    expect(screen.getByTestId('popover-total').hasAttribute('aria-describedby')).toBe(false);
  });

  it('gives each exchange a status chip with the reason of an error', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ failingBybit: true }) });
    const rows = await screen.findAllByTestId('exchange-row');
    const chips = rows.map((r) => within(r).getByTestId('status-chip').textContent);
    // In the narrow popover the reason gets its own line under the row, in full.
    expect(chips).toEqual(['Synced', 'Synced', 'Error']);
    expect(rows[2]?.textContent).toContain('Bybit rejected the API key.');
  });

  it('masks every amount and value in privacy mode, toggled with Ctrl+Shift+P', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    await screen.findByTestId('popover-total');
    const figures = /[$₿]\s?\d/;
    expect(document.body.textContent).toMatch(figures);

    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(screen.getByTestId('popover-total').textContent).toBe('•••••'));
    expect(screen.getByTestId('popover-total-btc').textContent).toBe('•••••');
    expect(document.body.textContent).not.toMatch(figures);
    expect(document.body.textContent).not.toMatch(/\d,\d{3}/);
  });

  it('shows refresh progress and announces the outcome', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ failingBybit: true }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh now' }));
    const busy = screen.getByRole('button', { name: 'Refreshing' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    // Held while busy, but focusable: see popover-glance.test.tsx for focus.
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Refreshed 2 exchanges, total $25,000.00.'));
    expect(screen.getByRole('status').textContent).toContain('Bybit failed: Bybit rejected the API key.');
    expect(screen.getByText('Updated just now')).toBeTruthy();
  });

  it('hides on Escape, opens details and settings, and dismisses notices', async () => {
    const { fake } = renderWindow(<PopoverApp />, {
      snapshot: portfolioSnapshot({ notices: [{ id: 'n1', message: 'Your settings file was damaged; a backup was kept.' }] }),
    });
    await screen.findByTestId('popover-total');
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Open details' }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(fake.effects).toEqual(['hidePopover', 'openDetails:holdings', 'openDetails:settings']));

    fireEvent.click(screen.getByRole('button', { name: /^Dismiss: Your settings file/ }));
    await waitFor(() => expect(screen.queryByText(/settings file was damaged/)).toBeNull());
  });

  it('moves focus through the coin list with the arrow keys', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    const list = within(await screen.findByRole('region', { name: 'Coins' })).getByRole('list');
    const buttons = within(list).getAllByRole('button');
    act(() => buttons[0]!.focus());
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons.at(-1));
  });
});
