import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../common/types';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { NOW, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const HOUR = 3_600_000;
const history: HistoryPoint[] = Array.from({ length: 48 }, (_, i) => ({
  t: NOW - (47 - i) * HOUR,
  totalUsd: 20_000 + i * 100,
  totalBtc: 0.2 + i * 0.001,
}));

describe('details window', () => {
  it('has ARIA tabs moved with the arrow keys, and follows navigate pushes', async () => {
    const { fake } = renderWindow(<DetailsApp />, { snapshot: portfolioSnapshot({ demo: true }) });
    const holdings = await screen.findByRole('tab', { name: 'Holdings' });
    expect(holdings.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(holdings.id);
    expect(screen.getByTestId('demo-badge').textContent).toBe('Demo data');

    act(() => holdings.focus());
    fireEvent.keyDown(holdings, { key: 'ArrowRight' });
    const exchanges = screen.getByRole('tab', { name: 'Exchanges' });
    expect(exchanges.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(exchanges);
    expect(exchanges.tabIndex).toBe(0);
    expect(holdings.tabIndex).toBe(-1);
    expect(screen.getByRole('heading', { name: 'Connected exchanges' })).toBeTruthy();

    fireEvent.keyDown(exchanges, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(holdings.getAttribute('aria-selected')).toBe('true');

    act(() => fake.navigate('history'));
    expect(screen.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
  });

  it('draws the history as an accessible chart with a readable cursor and ranges', async () => {
    renderWindow(<DetailsApp initialTab="history" />, { snapshot: portfolioSnapshot(), history });
    const chart = await screen.findByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/started at \$20,000\.00, now \$24,700\.00, low \$20,000\.00, high \$24,700\.00/);
    expect(screen.getByRole('button', { name: '7 d' }).getAttribute('aria-pressed')).toBe('true');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(49);

    const surface = screen.getByRole('group', { name: /History chart/ });
    fireEvent.keyDown(surface, { key: 'End' });
    fireEvent.keyDown(surface, { key: 'ArrowLeft' });
    expect(surface.parentElement!.querySelector('figcaption')!.textContent).toMatch(/^\$24,600\.00 \(₿0\.246\) at /);

    fireEvent.click(screen.getByRole('button', { name: '24 h' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(26)); // header + 25 points from 24 hr. ago to now
  });

  it('toggles privacy mode with the shortcut in the details window too', async () => {
    const { fake } = renderWindow(<DetailsApp />, { snapshot: portfolioSnapshot() });
    await screen.findByRole('treegrid');
    fireEvent.keyDown(window, { key: 'p', metaKey: true, shiftKey: true });
    await waitFor(() => expect(fake.snapshot().settings.privacyMode).toBe(true));
    await waitFor(() => expect(screen.getAllByTestId('holdings-row')[0]!.textContent).toContain('•••••'));
  });
});
