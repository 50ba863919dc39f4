// Focus goes where the user is through the onboarding (issue 10 §2): on the
// key field when the popover opens, on the exchange search once the key is
// saved, on the first key field once an exchange is picked with Enter, and on
// the rejected field once a check fails; never left on <body>.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { keepDisabledFocusLikeChromium, slowDown, submitWith } from './focus-helpers';
import { renderWindow } from './render-window';

let stopEmulation: () => void = () => {};
beforeEach(() => {
  stopEmulation = keepDisabledFocusLikeChromium();
});
afterEach(() => stopEmulation());

async function openOnboarding() {
  const view = renderWindow(<PopoverApp />);
  slowDown(view.fake, 'setApiKey', 'addConnection');
  const keyInput = await screen.findByLabelText('CoinStats API key');
  return { ...view, keyInput };
}

/** Step 1 done: a key the fake accepts, saved with the button; resolves with step 2's search. */
async function saveKey(keyInput: HTMLElement): Promise<HTMLElement> {
  fireEvent.change(keyInput, { target: { value: 'good-secret-key-9876' } });
  submitWith(screen.getByRole('button', { name: 'Save key' }));
  return screen.findByRole('combobox', { name: 'Exchange' });
}

describe('focus through the onboarding', () => {
  it('starts on the CoinStats key field when the popover opens', async () => {
    const { keyInput } = await openOnboarding();
    await waitFor(() => expect(document.activeElement).toBe(keyInput));
  });

  it('goes back to the key field after CoinStats rejects the key, with the error announced', async () => {
    const { keyInput } = await openOnboarding();
    fireEvent.change(keyInput, { target: { value: 'invalid-key-0001' } });
    submitWith(screen.getByRole('button', { name: 'Save key' }));
    await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(keyInput));
    expect(keyInput.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps focus on Save when the key is refused before asking main (too short)', async () => {
    const { keyInput } = await openOnboarding();
    fireEvent.change(keyInput, { target: { value: 'short' } });
    const save = screen.getByRole('button', { name: 'Save key' });
    submitWith(save);
    expect((await screen.findByRole('alert')).textContent).toMatch(/too short/);
    expect(document.activeElement).toBe(save);
  });

  it('moves to the exchange search once the key is saved (step 1 → step 2)', async () => {
    const { keyInput } = await openOnboarding();
    const search = await saveKey(keyInput);
    await waitFor(() => expect(document.activeElement).toBe(search));
  });

  it('moves to the first key field when an exchange is picked with Enter, and to it again when the exchange rejects the key', async () => {
    const { keyInput } = await openOnboarding();
    const search = await saveKey(keyInput);
    await waitFor(() => expect(document.activeElement).toBe(search));
    fireEvent.change(search, { target: { value: 'bin' } });
    fireEvent.keyDown(search, { key: 'Enter' });

    const form = await screen.findByRole('form', { name: 'Connect Binance' });
    const apiKey = within(form).getByLabelText('API key');
    await waitFor(() => expect(document.activeElement).toBe(apiKey));

    fireEvent.change(apiKey, { target: { value: 'rejected-key' } });
    fireEvent.change(within(form).getByLabelText('API secret'), { target: { value: 'some-secret-1234' } });
    submitWith(within(form).getByRole('button', { name: 'Connect Binance' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toMatch(/rejected the API key/);
    await waitFor(() => expect(document.activeElement).toBe(apiKey));
    expect(apiKey.getAttribute('aria-invalid')).toBe('true');
    expect(apiKey.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('comes back to the key field when the popover is shown again with focus nowhere', async () => {
    const { keyInput } = await openOnboarding();
    await waitFor(() => expect(document.activeElement).toBe(keyInput));
    act(() => keyInput.blur()); // a click on the page's background
    expect(document.activeElement).toBe(document.body);
    act(() => void window.dispatchEvent(new Event('focus'))); // Electron's BrowserWindow.show() + focus()
    expect(document.activeElement).toBe(keyInput);
  });
});
