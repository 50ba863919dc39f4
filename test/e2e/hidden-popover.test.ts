// A hidden popover renders nothing (issue 9 §6): in a real Chromium, the
// built popover with the real preload, its page hidden by Chromium itself
// (document.visibilityState === 'hidden', as BrowserWindow.hide() makes it in
// Electron), and a minute of its clock run. Not one React commit; on show it
// reads the time afresh and says how old the data is now.
import { afterEach, describe, expect, it } from 'vitest';
import { type HideablePage, openHideablePage } from '../support/e2e/hideable-page';
import { portfolioSnapshot } from '../support/snapshot-fixture';

const MIN = 60_000;
let open: HideablePage | null = null;

afterEach(async () => {
  await open?.close();
  open = null;
});

/** Lets React's scheduler (a MessageChannel, which page.clock does not hold) finish what a tick started. */
const settle = (p: HideablePage) => p.page.waitForTimeout(200);

describe('hidden popover', () => {
  it('does not re-render on clock ticks while hidden, and shows the current age the moment it is shown', async () => {
    open = await openHideablePage({ page: 'popover', state: portfolioSnapshot() });
    const p = open;
    const freshness = p.page.locator('.freshness');
    await expect.poll(() => freshness.textContent()).toBe('Updated 4 min. ago');

    // The probe sees renders: visible, a minute moves the label on.
    const visibleBefore = await p.commits();
    await p.page.clock.runFor(MIN);
    await settle(p);
    expect(await freshness.textContent()).toBe('Updated 5 min. ago');
    expect(await p.commits()).toBeGreaterThan(visibleBefore);

    await p.hide();
    expect(await p.visibility()).toBe('hidden');
    const hiddenAt = await p.commits();
    await p.page.clock.runFor(MIN);
    await settle(p);
    expect(await p.commits(), 'React commits during a minute hidden').toBe(hiddenAt);
    expect(await freshness.textContent()).toBe('Updated 5 min. ago');

    await p.show();
    await expect.poll(() => freshness.textContent()).toBe('Updated 6 min. ago');
    expect(await p.commits()).toBe(hiddenAt + 1);
  });
});
