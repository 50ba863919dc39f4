// Privacy in the windows: the two levels, hold-to-peek (renderer-local, never
// sent to main, never announced), no real figure before the saved setting is
// known or after privacy comes on while a window is hidden, and the Settings
// choice as a radio group.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MASK } from '../../common/format';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings';
import type { AppSnapshot } from '../../common/types';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

/** Money as text: a currency sign next to digits. */
const MONEY = /[$€₿]\s?[+\-−]?\d|\d\s?[$€₿]/;
const PERCENT = /\d%/;

const withPrivacy = (settings: Partial<Settings>): AppSnapshot => {
  const snapshot = portfolioSnapshot();
  return { ...snapshot, settings: { ...snapshot.settings, ...settings } };
};

/** Every command the window sends main, by name: the peek must send none. */
function recordCommands(): string[] {
  const sent: string[] = [];
  const api = window.tallybar as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(api)) {
    if (name === 'on' || typeof value !== 'function') continue;
    api[name] = (...args: unknown[]) => {
      sent.push(name);
      return (value as (...a: unknown[]) => unknown)(...args);
    };
  }
  return sent;
}

const total = (): string => screen.getByTestId('popover-total').textContent ?? '';
const live = (): string => document.querySelector('[aria-live=polite][role=status]')?.textContent ?? '';

describe('privacy levels in the popover', () => {
  it("'amounts' hides amounts and values but keeps shares and the 24 h change in %", async () => {
    renderWindow(<PopoverApp />, { snapshot: withPrivacy({ privacyMode: true, privacyLevel: 'amounts' }) });
    await screen.findByTestId('popover-total');
    expect(total()).toBe(MASK);
    expect(document.body.textContent).not.toMatch(MONEY);
    expect(screen.getByTestId('popover-change').textContent).toMatch(PERCENT);
    expect(document.querySelectorAll('.coin-share')[0]?.textContent).toMatch(/^\d+\.\d%$/);
  });

  it("'all' hides percentages, shares and the change's direction too", async () => {
    renderWindow(<PopoverApp />, { snapshot: withPrivacy({ privacyMode: true, privacyLevel: 'all' }) });
    await screen.findByTestId('popover-total');
    expect(document.body.textContent).not.toMatch(MONEY);
    expect(document.body.textContent).not.toMatch(PERCENT);
    const change = screen.getByTestId('popover-change');
    expect(change.className).toBe('change');
    expect(change.getAttribute('aria-label')).toBe(`24 hour change ${MASK}`);
    for (const share of document.querySelectorAll('.coin-share')) expect(share.textContent).toBe(MASK);
  });
});

describe('hold-to-peek', () => {
  it('shows the figures while Alt (Option: the fixture is macOS) alone is held, masks them on release; nothing is sent to main or announced', async () => {
    renderWindow(<PopoverApp />, { snapshot: withPrivacy({ privacyMode: true }) });
    await screen.findByTestId('popover-total');
    const sent = recordCommands();
    expect(total()).toBe(MASK);

    fireEvent.keyDown(window, { key: 'Alt', altKey: true });
    expect(total()).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(screen.getByTestId('privacy-marker').textContent).toBe('Peeking — release Option to hide');
    expect(document.body.textContent).toMatch(PERCENT);
    expect(live()).toBe('');

    fireEvent.keyUp(window, { key: 'Alt', altKey: false });
    expect(total()).toBe(MASK);
    expect(screen.getByTestId('privacy-marker').textContent).toBe('Privacy mode');
    expect(screen.getByTestId('privacy-marker').title).toBe('Hold Option to peek');
    expect(sent).toEqual([]);
  });

  it('ends when the window loses focus or is hidden, and when another key joins Alt (a mnemonic, an Option character)', async () => {
    renderWindow(<PopoverApp />, { snapshot: withPrivacy({ privacyMode: true }) });
    await screen.findByTestId('popover-total');
    fireEvent.keyDown(window, { key: 'Alt', altKey: true });
    expect(total()).not.toBe(MASK);
    fireEvent.blur(window);
    expect(total()).toBe(MASK);

    fireEvent.keyDown(window, { key: 'Alt', altKey: true });
    expect(total()).not.toBe(MASK);
    fireEvent.keyDown(window, { key: 'å', altKey: true });
    expect(total()).toBe(MASK);

    fireEvent.keyDown(window, { key: 'Alt', altKey: true, ctrlKey: true });
    expect(total()).toBe(MASK);
  });

  it('does nothing when privacy is off, and the peek is not kept across privacy turning on', async () => {
    const { fake } = renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    await screen.findByTestId('popover-total');
    const shown = total();
    fireEvent.keyDown(window, { key: 'Alt', altKey: true });
    expect(total()).toBe(shown);
    fireEvent.keyUp(window, { key: 'Alt' });
    act(() => fake.push({ settings: { ...fake.snapshot().settings, privacyMode: true } }));
    expect(total()).toBe(MASK);
  });
});

describe('no real figure before the setting is known, nor after it comes on unseen', () => {
  let visibility: DocumentVisibilityState = 'visible';
  beforeEach(() => {
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  });
  afterEach(() => {
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('with privacy saved on, no money is ever in either window’s DOM from the first render on', async () => {
    for (const Window of [PopoverApp, DetailsApp]) {
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      const { unmount } = renderWindow(<Window />, { snapshot: withPrivacy({ privacyMode: true, privacyLevel: 'all' }) });
      seen.push(document.body.textContent ?? '');
      // Before getState answers: nothing of the portfolio at all.
      expect(document.body.textContent).not.toMatch(/\d/);
      await waitFor(() => expect(document.body.textContent).toContain(MASK));
      observer.disconnect();
      expect(seen.filter((text) => MONEY.test(text) || PERCENT.test(text))).toEqual([]);
      unmount();
    }
  });

  it('privacy turned on while the popover is hidden masks it before it is shown again', async () => {
    const { fake } = renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    await screen.findByTestId('popover-total');
    expect(total()).toMatch(MONEY);
    visibility = 'hidden';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    act(() => fake.push({ settings: { ...fake.snapshot().settings, privacyMode: true } }));
    // Still hidden: its last frame is what shows first, so it is already masked.
    expect(total()).toBe(MASK);
    expect(document.body.textContent).not.toMatch(MONEY);
  });
});

describe('Settings: the privacy choice', () => {
  it('is a radio group Off / Hide amounts, keep % / Hide all that writes privacyMode and privacyLevel', async () => {
    const { fake } = renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot() });
    const group = await screen.findByRole('group', { name: 'Privacy mode' });
    const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toContain('Hold Option');
    expect(radio('Off').checked).toBe(true);

    fireEvent.click(radio('Hide amounts, keep %'));
    await waitFor(() => expect(fake.snapshot().settings).toMatchObject({ privacyMode: true, privacyLevel: 'amounts' }));
    expect(radio('Hide amounts, keep %').checked).toBe(true);

    fireEvent.click(radio('Hide all'));
    await waitFor(() => expect(fake.snapshot().settings.privacyLevel).toBe('all'));
    expect(radio('Hide all').checked).toBe(true);

    fireEvent.click(radio('Off'));
    await waitFor(() => expect(fake.snapshot().settings.privacyMode).toBe(false));
    // The level is kept for the next time the tray menu or the shortcut turns privacy on.
    expect(fake.snapshot().settings.privacyLevel).toBe('all');
    expect(radio('Off').checked).toBe(true);

    const auto = screen.getByRole('checkbox', { name: /display is added or mirrored/ }) as HTMLInputElement;
    expect(auto.checked).toBe(DEFAULT_SETTINGS.privacyOnDisplayChange);
    fireEvent.click(auto);
    await waitFor(() => expect(fake.snapshot().settings.privacyOnDisplayChange).toBe(true));
  });
});
