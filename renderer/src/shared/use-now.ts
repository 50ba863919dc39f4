// The current time for "4 min ago" labels: one clock per window, shared by
// every label so they move together in one render, and stopped while the page
// is hidden. Electron makes a window's page hidden when it is hidden
// (BrowserWindow.hide(), minimised; occluded too on macOS) and recommends
// pausing work then (docs/api/browser-window.md, "Page visibility"): a hidden
// popover renders nothing until it is shown, and reads the time afresh then.
import { useSyncExternalStore } from 'react';

/** How often visible labels re-read the time; they say minutes, so twice a minute is enough. */
export const NOW_TICK_MS = 30_000;

const listeners = new Set<() => void>();
let now = 0;
/** False while nobody shows a time: the clock stood still, and the next render must read it afresh. */
let fresh = false;
let timer: ReturnType<typeof setInterval> | null = null;

function tick(): void {
  now = Date.now();
  for (const listener of [...listeners]) listener();
}

/** Runs the clock exactly while someone shows a time and the page can be seen. */
function updateTimer(): void {
  const wanted = listeners.size > 0 && document.visibilityState !== 'hidden';
  if (wanted && timer === null) timer = setInterval(tick, NOW_TICK_MS);
  else if (!wanted && timer !== null) {
    clearInterval(timer);
    timer = null;
  }
}

function onVisibilityChange(): void {
  if (document.visibilityState !== 'hidden') tick();
  updateTimer();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) document.addEventListener('visibilitychange', onVisibilityChange);
  listeners.add(listener);
  updateTimer();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      fresh = false;
    }
    updateTimer();
  };
}

/** Stable within a render (React reads it more than once); read afresh by the first render after the clock stood still. */
function getNow(): number {
  if (!fresh) {
    now = Date.now();
    fresh = true;
  }
  return now;
}

/** The current time, moving on every NOW_TICK_MS while the page is visible, and on being shown. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getNow);
}
