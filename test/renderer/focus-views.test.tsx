// Focus goes where the user is in the glance and the details window (issue 10
// §2): each view starts on its first useful control, a window shown again
// with focus nowhere puts it back there, and focus the user placed is kept.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

/** What Electron delivers to a page whose window is shown and focused again. */
function showWindowAgain(): void {
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
  });
}

const panel = (): HTMLElement => screen.getByRole('tabpanel');

describe('focus in the glance', () => {
  it('starts on Refresh when the popover opens, and comes back to it when reopened with focus nowhere', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    const refresh = await screen.findByRole('button', { name: 'Refresh now' });
    await waitFor(() => expect(document.activeElement).toBe(refresh));

    act(() => refresh.blur());
    expect(document.activeElement).toBe(document.body);
    showWindowAgain();
    expect(document.activeElement).toBe(refresh);
  });

  it('keeps focus where the user put it when the popover is reopened', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    const details = await screen.findByRole('button', { name: 'Open details' });
    act(() => details.focus());
    showWindowAgain();
    expect(document.activeElement).toBe(details);
  });
});

describe('focus in the details window', () => {
  it('starts on the first control of the tab it opens on, inside the panel', async () => {
    renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot() });
    await waitFor(() => expect(panel().contains(document.activeElement)).toBe(true));
    expect(document.activeElement).not.toBe(panel());
  });

  it('moves into the new panel when main asks for a tab and focus was in the old one', async () => {
    const { fake } = renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot() });
    await waitFor(() => expect(panel().contains(document.activeElement)).toBe(true));
    act(() => fake.navigate('exchanges'));
    await screen.findByRole('heading', { name: 'Connected exchanges' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add exchange' })));
  });

  it('keeps focus on a tab chosen from the tab list', async () => {
    renderWindow(<DetailsApp />, { snapshot: portfolioSnapshot() });
    await screen.findByRole('treegrid', { name: 'Holdings' });
    const settings = screen.getByRole('tab', { name: 'Settings' });
    act(() => settings.focus());
    fireEvent.click(settings);
    await waitFor(() => expect(panel().id).toBe('panel-settings'));
    expect(document.activeElement).toBe(settings);
  });

  it('comes back into the panel when the details window is shown again with focus nowhere', async () => {
    renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot() });
    await waitFor(() => expect(panel().contains(document.activeElement)).toBe(true));
    const first = document.activeElement as HTMLElement;
    act(() => first.blur());
    showWindowAgain();
    expect(document.activeElement).toBe(first);
  });
});

it('focus on a tab follows when main switches to another tab', async () => {
  const { fake } = renderWindow(<DetailsApp initialTab="holdings" />, { snapshot: portfolioSnapshot() });
  const holdings = await screen.findByRole('tab', { name: 'Holdings' });
  holdings.focus();
  act(() => fake.navigate('settings'));
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Settings' })));
});
