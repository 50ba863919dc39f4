// Focus goes where the user is: when a view or step appears, when its busy
// moment ends, and when its window is shown again, focus moves to the view's
// first useful control — but only if focus is nowhere (on <body>), so it never
// takes focus from where the user, or another view, put it.
//
// Focus lands on <body> more often than it looks: Chromium drops it there when
// the focused control is removed (a step replaced by the next) or disabled (a
// form's controls held while its command runs), and a window's page starts
// with it there.
import { useEffect, useRef, type RefObject } from 'react';

const CONTROLS = 'input:not([type="hidden"]), select, textarea, button, a[href], summary, [tabindex]';

function usable(el: HTMLElement): boolean {
  return !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && !el.closest('[hidden], [inert]');
}

/** A rejected field first (what needs fixing), else the view's first control in Tab order. */
export function firstUsefulControl(root: HTMLElement): HTMLElement | null {
  const controls = [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter(usable);
  return controls.find((el) => el.getAttribute('aria-invalid') === 'true') ?? controls[0] ?? null;
}

function focusIsNowhere(root: HTMLElement): boolean {
  const active = document.activeElement;
  // A detached element too: a DOM that kept pointing at a removed control (happy-dom does) has it nowhere as well.
  return active === null || active === document.body || active === root || !active.isConnected;
}

/**
 * Puts focus on `root`'s first useful control if focus is nowhere, and keeps
 * doing so as the view fills in (loading, controls held while busy, a control
 * focused and then re-rendered away) until the person acts: after their first
 * key or pointer press, where focus goes is theirs. Returns the stop, for a
 * React effect.
 */
function placeFocus(root: HTMLElement): () => void {
  const place = (): void => {
    if (focusIsNowhere(root)) firstUsefulControl(root)?.focus();
  };
  const observer = new MutationObserver(place);
  const stop = (): void => {
    observer.disconnect();
    document.removeEventListener('keydown', stop, true);
    document.removeEventListener('pointerdown', stop, true);
  };
  place();
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'inert', 'aria-invalid'] });
  document.addEventListener('keydown', stop, true);
  document.addEventListener('pointerdown', stop, true);
  return stop;
}

/**
 * The ref for a view's element: its first useful control gets focus when the
 * view appears, whenever `moment` changes (pass the form's busy flag, say),
 * and when the window comes back (focused or shown again), each time only if
 * focus is nowhere. Nested views each call it; the innermost one places focus
 * first, since React runs a child's effects before its parent's.
 */
export function useInitialFocus<T extends HTMLElement>(moment: unknown = null): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    return root ? placeFocus(root) : undefined;
  }, [moment]);
  useEffect(() => {
    let stop: () => void = () => {};
    const onBack = (): void => {
      if (document.visibilityState === 'hidden' || !ref.current) return;
      stop();
      stop = placeFocus(ref.current);
    };
    window.addEventListener('focus', onBack);
    document.addEventListener('visibilitychange', onBack);
    return () => {
      stop();
      window.removeEventListener('focus', onBack);
      document.removeEventListener('visibilitychange', onBack);
    };
  }, []);
  return ref;
}
