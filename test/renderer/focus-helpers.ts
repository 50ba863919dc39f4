// What the focus tests need that happy-dom does not do as Chromium does.
import { fireEvent } from '@testing-library/react';
import type { Command } from '../../common/contract';
import type { FakeTallybar } from '../support/fake-tallybar';

/**
 * Chromium moves focus to <body> when the focused control becomes disabled
 * (a form's buttons held while its command runs); happy-dom leaves it on the
 * disabled control. Returns the stop.
 */
export function keepDisabledFocusLikeChromium(): () => void {
  const observer = new MutationObserver(() => {
    const active = document.activeElement as HTMLButtonElement | null;
    if (!active || active === document.body || !active.disabled) return;
    // happy-dom's blur() ignores a disabled element; focus a throwaway and remove it.
    const throwaway = document.body.appendChild(document.createElement('span'));
    throwaway.tabIndex = -1;
    throwaway.focus();
    throwaway.remove();
  });
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return () => observer.disconnect();
}

/** Main answers after a moment, as over real IPC, so the busy render (controls held) happens. */
export function slowDown(fake: FakeTallybar, ...commands: Command[]): void {
  const api = fake.api as unknown as Record<Command, (...args: unknown[]) => Promise<unknown>>;
  for (const command of commands) {
    const answer = api[command];
    api[command] = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      return answer(...args);
    };
  }
}

/** A click as a person makes it: the button takes focus, then is pressed. */
export function submitWith(button: HTMLElement): void {
  button.focus();
  fireEvent.click(button);
}
