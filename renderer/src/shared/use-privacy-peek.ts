// Hold-to-peek: while Alt (Option on macOS) alone is held in a window, the
// figures privacy mode masks are shown for real. Releasing it, the window
// losing focus or being hidden masks them again. The peek lives only in this
// window's memory: it is never persisted, never sent to main, and nothing is
// announced (the live region is fed by formatters that ignore it).
//
// Alt alone clashes with no shortcut of ours (⌘/Ctrl+Shift+P, Escape, arrows,
// Home/End, typing to filter): a chord with another key ends the peek, so
// Alt+letter (Windows menu mnemonics, macOS Option characters) reveals nothing.
import { useEffect } from 'react';
import { create } from 'zustand';

export const usePeekStore = create<{ peeking: boolean }>()(() => ({ peeking: false }));

const setPeeking = (peeking: boolean): void => {
  if (usePeekStore.getState().peeking !== peeking) usePeekStore.setState({ peeking });
};

/** Alt pressed alone, with no other modifier. */
export function isPeekKey(event: KeyboardEvent): boolean {
  return event.key === 'Alt' && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

/** Installs the peek on this window; returns the unsubscribe. */
export function watchPrivacyPeek(): () => void {
  const onKeyDown = (event: KeyboardEvent): void => setPeeking(isPeekKey(event));
  const onKeyUp = (event: KeyboardEvent): void => {
    if (event.key === 'Alt' || !event.altKey) setPeeking(false);
  };
  const end = (): void => setPeeking(false);
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') end();
  };
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', end);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', end);
    document.removeEventListener('visibilitychange', onVisibility);
    end();
  };
}

export function usePrivacyPeek(): void {
  useEffect(() => watchPrivacyPeek(), []);
}
