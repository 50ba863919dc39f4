// The global shortcut recorder in Settings: focus it and press the keys; it
// shows the shortcut in the OS's terms, says when the OS refused it, refuses
// a key without a modifier with a sentence, Escape cancels, Backspace clears,
// Tab still moves on.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

async function openRecorder(platform: 'darwin' | 'win32' | 'linux', shortcutsTaken?: string[]) {
  const rendered = renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot({ platform }), ...(shortcutsTaken ? { shortcutsTaken } : {}) });
  const box = (await screen.findByRole('textbox', { name: 'Global shortcut to open the popover' })) as HTMLInputElement;
  return { ...rendered, box };
}

const statusOf = (box: HTMLElement): string => {
  const [, statusId] = (box.getAttribute('aria-describedby') ?? '').split(' ');
  return document.getElementById(statusId ?? '')?.textContent ?? '';
};

describe('global shortcut recorder', () => {
  it('records Ctrl+Alt+T on Windows and says it works from anywhere', async () => {
    const { box, fake } = await openRecorder('win32');
    expect(box.value).toBe('Off');
    fireEvent.focus(box);
    expect(box.value).toBe('Press the keys…');
    fireEvent.keyDown(box, { key: 'Control', code: 'ControlLeft', ctrlKey: true });
    expect(box.value).toBe('Press the keys…');
    fireEvent.keyDown(box, { key: 't', code: 'KeyT', ctrlKey: true, altKey: true });
    await waitFor(() => expect(box.value).toBe('Ctrl+Alt+T'));
    expect(fake.snapshot().settings.globalShortcut).toBe('Control+Alt+T');
    expect(statusOf(box)).toBe('Ctrl+Alt+T opens the popover from anywhere.');
  });

  it('shows macOS symbols', async () => {
    const { box } = await openRecorder('darwin');
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: '†', code: 'KeyT', metaKey: true, altKey: true });
    await waitFor(() => expect(box.value).toBe('⌥⌘T'));
  });

  it('says the OS refused a shortcut another app holds', async () => {
    const { box } = await openRecorder('linux', ['Control+Alt+T']);
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 't', code: 'KeyT', ctrlKey: true, altKey: true });
    await waitFor(() => expect(statusOf(box)).toBe('The system refused Ctrl+Alt+T: another app probably uses it. Choose another shortcut.'));
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a key without a modifier, keeps the old shortcut; Escape cancels; Backspace turns it off', async () => {
    const { box, fake } = await openRecorder('linux');
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 'k', code: 'KeyK', altKey: true });
    await waitFor(() => expect(box.value).toBe('Alt+K'));
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 'k', code: 'KeyK' });
    expect(statusOf(box)).toMatch(/^Add a modifier such as Ctrl or Alt/);
    fireEvent.keyDown(box, { key: 'Escape', code: 'Escape' });
    expect(box.value).toBe('Alt+K');
    expect(fake.snapshot().settings.globalShortcut).toBe('Alt+K');
    fireEvent.focus(box);
    fireEvent.keyDown(box, { key: 'Backspace', code: 'Backspace' });
    await waitFor(() => expect(box.value).toBe('Off'));
    expect(fake.snapshot().settings.globalShortcut).toBe('');
  });

  it('lets Tab move focus on instead of recording it', async () => {
    const { box } = await openRecorder('linux');
    const tab = new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', bubbles: true, cancelable: true });
    box.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
  });
});
