// A hidden window renders nothing: state main pushes while the page is hidden
// is kept, and only the latest is shown when the page is. happy-dom's
// document is always visible, so visibility is set as Electron sets it for a
// hidden window (browser-window.md, "Page visibility").
import { act, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

let visibility: DocumentVisibilityState = 'visible';
const setVisibility = (next: DocumentVisibilityState): void => {
  visibility = next;
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
};

beforeEach(() => {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('pushes to a hidden window', () => {
  it('are held while hidden (no render) and the latest is shown on show', async () => {
    let commits = 0;
    const { fake } = renderWindow(
      <Profiler id="popover" onRender={() => void commits++}>
        <PopoverApp />
      </Profiler>,
      { snapshot: portfolioSnapshot() },
    );
    await screen.findByTestId('popover-total');
    setVisibility('hidden');
    const before = commits;
    const total = () => screen.getByTestId('popover-total').textContent;
    const shownTotal = total();
    const portfolio = fake.snapshot().portfolio;
    act(() => fake.push({ portfolio: { ...portfolio, totalUsd: 1_000 } }));
    act(() => fake.push({ portfolio: { ...portfolio, totalUsd: 2_000 } }));
    expect(commits).toBe(before);
    expect(total()).toBe(shownTotal);

    setVisibility('visible');
    expect(total()).toBe('$2,000.00');
    expect(commits).toBeGreaterThan(before);
  });
});
