// What the popover says about how much of the total is known: a first sync is
// not a zero, a failure every exchange shares is said once at the top with its
// fix, and "partial" names the one connection failing while others work.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TallybarError } from '../../common/tallybar-error';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { NOW, connectionView, emptySnapshot, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const keyRejected = () => new TallybarError('coinstats_key_invalid', { exchangeName: 'Binance' }).toPlain();

describe('popover standing', () => {
  it('shows a first sync as not known yet, never as $0.00 or "just now"', async () => {
    const syncing = connectionView({ id: 'c-binance', exchangeId: 'binance', name: 'Binance', state: 'syncing', lastSyncAt: null, totalUsd: null });
    renderWindow(<PopoverApp />, { snapshot: emptySnapshot({ apiKey: { set: true, hint: '••••wxyz' }, connections: [syncing] }) });
    const total = await screen.findByTestId('popover-total');
    expect(total.textContent).toBe('—');
    expect(screen.getByTestId('first-sync').textContent).toBe('Syncing Binance — the first sync can take a few minutes');
    const text = document.body.textContent ?? '';
    expect(text).not.toContain('$0.00');
    expect(text).not.toMatch(/Updated|just now/);
    expect(text).toContain('Not synced yet');
  });

  it('counts a new exchange as missing from a known total, not as gain', async () => {
    const base = portfolioSnapshot();
    const kucoin = connectionView({ id: 'c-kucoin', exchangeId: 'kucoin', name: 'KuCoin', state: 'syncing', lastSyncAt: null });
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ connections: [...base.connections, kucoin], portfolio: { ...base.portfolio, partial: true } }) });
    expect((await screen.findByTestId('partial-marker')).textContent).toBe('Partial: KuCoin not synced yet');
  });

  it('says a rejected CoinStats key once, at the top, with the fix, and not as "partial"', async () => {
    const base = portfolioSnapshot();
    const failing = base.connections.map((c) => ({ ...c, state: 'error' as const, lastError: keyRejected() }));
    const { fake } = renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ connections: failing }) });
    const problem = await screen.findByTestId('shared-problem');
    expect(problem.textContent).toContain('CoinStats did not accept your API key');
    expect(screen.queryByTestId('partial-marker')).toBeNull();
    fireEvent.click(within(problem).getByRole('button', { name: 'Replace key…' }));
    await waitFor(() => expect(fake.effects).toContain('openDetails:settings'));
  });

  it('says "offline" once when every exchange is out of reach, and "partial" when only one fails', async () => {
    const base = portfolioSnapshot();
    const offline = new TallybarError('network').toPlain();
    const all = base.connections.map((c) => ({ ...c, state: 'error' as const, lastError: offline }));
    const { unmount } = renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ connections: all }) });
    expect((await screen.findByTestId('shared-problem')).textContent).toContain(offline.message);
    expect(screen.queryByTestId('partial-marker')).toBeNull();
    unmount();

    const one = base.connections.map((c, i) => (i === 0 ? { ...c, state: 'error' as const, lastError: offline } : c));
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ connections: one, portfolio: { ...base.portfolio, partial: true } }) });
    expect((await screen.findByTestId('partial-marker')).textContent).toBe('Partial: Binance failed');
    expect(screen.queryByTestId('shared-problem')).toBeNull();
  });

  it('says how old the oldest synced exchange is, whatever was tried since', async () => {
    const base = portfolioSnapshot();
    const old = base.connections.map((c, i) => (i === 0 ? { ...c, lastSyncAt: NOW - 3 * 60 * 60_000 } : c));
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot({ connections: old }) });
    await screen.findByTestId('popover-total');
    expect(document.body.textContent).toContain('Updated 3 hr. ago');
  });
});
