// The labels' clock: one render per tick for every label in a window, none
// while the page is hidden (and no timer left to wake it), and the time read
// afresh the moment it is shown. happy-dom's document is always visible, so
// visibility is set here as Electron sets it for a hidden window; the real
// thing, in Chromium, is test/e2e/hidden-popover.test.ts.
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOW_TICK_MS, useNow } from '../../renderer/src/shared/use-now';

function Label({ id }: { id: string }) {
  const now = useNow();
  return <span data-testid={id}>{now}</span>;
}

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(next: DocumentVisibilityState): void {
  visibility = next;
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

function mountTwoLabels() {
  let commits = 0;
  const view = render(
    <Profiler id="labels" onRender={() => void commits++}>
      <Label id="a" />
      <Label id="b" />
    </Profiler>,
  );
  const shown = () => [view.getByTestId('a').textContent, view.getByTestId('b').textContent].map(Number);
  return { commits: () => commits, shown };
}

const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('useNow', () => {
  it('moves every label on together, one render per tick, while visible', () => {
    const labels = mountTwoLabels();
    const before = labels.commits();
    advance(NOW_TICK_MS);
    expect(labels.commits() - before).toBe(1);
    const [a, b] = labels.shown();
    expect(a).toBe(Date.now());
    expect(b).toBe(a);
  });

  it('renders nothing while hidden, with no timer armed, and shows the current time at once when visible again', () => {
    const labels = mountTwoLabels();
    setVisibility('hidden');
    const hiddenAt = labels.commits();
    expect(vi.getTimerCount()).toBe(0);
    advance(10 * NOW_TICK_MS);
    expect(labels.commits()).toBe(hiddenAt);
    expect(labels.shown()[0]).toBeLessThan(Date.now() - 9 * NOW_TICK_MS);

    setVisibility('visible');
    expect(labels.commits()).toBe(hiddenAt + 1);
    expect(labels.shown()).toEqual([Date.now(), Date.now()]);
    advance(NOW_TICK_MS);
    expect(labels.commits()).toBe(hiddenAt + 2);
  });

  it('a label mounted after the clock stood still does not show the old time', () => {
    const first = mountTwoLabels();
    setVisibility('hidden');
    advance(10 * NOW_TICK_MS);
    cleanup();
    expect(first.commits()).toBeGreaterThan(0);
    setVisibility('visible');
    vi.setSystemTime(Date.now() + 5 * NOW_TICK_MS);
    const later = mountTwoLabels();
    expect(later.shown()).toEqual([Date.now(), Date.now()]);
  });
});
