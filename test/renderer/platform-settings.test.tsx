// What the renderer does with main's platform and locale: no launch-at-login
// switch that cannot work (Linux), and numbers in the OS regional format.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { userLocale } from '../../renderer/src/shared/formatters';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

async function openSettings(over: Parameters<typeof portfolioSnapshot>[0]) {
  renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot(over) });
  await screen.findByRole('heading', { name: 'CoinStats API key' });
  return screen.getByRole('checkbox', { name: 'Launch at login' }) as HTMLInputElement;
}

describe('launch at login per platform', () => {
  it('is disabled on Linux, with a note saying what to do instead', async () => {
    const toggle = await openSettings({ platform: 'linux' });
    expect(toggle.disabled).toBe(true);
    expect(toggle.checked).toBe(false);
    const hint = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe("Not available on Linux; add Tallybar to your desktop's startup applications.");
  });

  it('works on macOS', async () => {
    const toggle = await openSettings({ platform: 'darwin' });
    expect(toggle.disabled).toBe(false);
    expect(toggle.getAttribute('aria-describedby')).toBeNull();
  });
});

describe('userLocale', () => {
  it('prefers the OS regional format from main, and survives a malformed one', () => {
    expect(userLocale('de-DE')).toBe('de-DE');
    expect(userLocale('de_DE@bogus!!')).toBe(userLocale());
    expect(userLocale(undefined)).toBe(userLocale());
  });
});
