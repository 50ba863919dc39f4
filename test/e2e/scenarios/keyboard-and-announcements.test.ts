// Keyboard and screen-reader behaviour in real Chromium: Escape hides the
// popover (through main, so the window really hides), the polite live region
// announces each refresh's outcome, and Tab reaches every focusable control
// of the popover and of each details tab with a visible focus indicator.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { onboardWithBinance, settleAll } from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const statusText = (page: Page): Promise<string> => page.getByRole('status').innerText();

it('Escape in the popover hides the popover window', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  h.tray.click();
  await expect.poll(() => h.popoverWindow.isVisible(), { timeout: 5_000 }).toBe(true);

  await h.popover.getByRole('button', { name: 'Refresh now' }).focus();
  await h.popover.keyboard.press('Escape');
  await expect.poll(() => h.popoverWindow.isVisible(), { timeout: 5_000 }).toBe(false);
  expect(h.popoverWindow.calls.at(-1)).toEqual({ method: 'hide' });
});

it('the live region announces the refresh result, and a 503 as a failure', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  const page = h.popover;
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(() => statusText(page), { timeout: 10_000 }).toMatch(/^Refreshed 1 exchange, total \$[\d,.]+\.$/);

  h.double.setFault('balance', { kind: 'status', status: 503 });
  await settleAll(h);
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(() => statusText(page), { timeout: 10_000 }).toMatch(/^Binance failed: .*not answering right now/);
});

interface Stop {
  id: string;
  label: string;
  indicator: boolean;
}

/**
 * Tabs from the top of the page until focus leaves the document or comes back
 * round; returns what was focused (with whether a focus ring shows) and every
 * element that should have been reachable.
 */
async function tabWalk(page: Page): Promise<{ stops: Stop[]; expected: string[] }> {
  // Give every focusable element a stable handle, and list the reachable ones.
  const expected = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const all = [...document.querySelectorAll<HTMLElement>(selector)];
    all.forEach((el, i) => {
      if (!el.dataset.walkId) el.dataset.walkId = `w${i}`;
    });
    return all
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility() && !el.closest('[inert]'))
      .map((el) => el.dataset.walkId!);
  });
  // Start from the top: Chromium tabs on from wherever focus last was, so
  // focus an unreachable (tabindex -1) marker placed first in the body.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-walk-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const stops: Stop[] = [];
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): Stop | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== '' && cs.boxShadow !== 'none';
      const label = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      return { id: el.dataset.walkId ?? '', label, indicator: outline || shadow };
    });
    if (!stop || stops.some((s) => s.id === stop.id)) break;
    stops.push(stop);
  }
  await page.evaluate(() => document.getElementById('tab-walk-start')?.remove());
  return { stops, expected };
}

async function expectFullWalk(page: Page, surface: string): Promise<void> {
  const { stops, expected } = await tabWalk(page);
  expect(stops.length, `${surface}: Tab reached nothing`).toBeGreaterThan(0);
  expect(stops.map((s) => s.id).sort(), `${surface}: Tab order ${stops.map((s) => s.label).join(', ')}`).toEqual([...expected].sort());
  expect(stops.filter((s) => !s.indicator).map((s) => s.label), `${surface}: no visible focus indicator`).toEqual([]);
}

it('Tab reaches every control of the popover and of each details tab, each with a visible focus ring', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  await expectFullWalk(h.popover, 'popover');

  // The check itself can fail: a control whose ring is styled away is reported.
  // (A CSSOM write: the page's CSP rightly refuses an injected <style>.)
  await h.popover.evaluate(() => document.querySelector<HTMLElement>('.refresh-button')?.style.setProperty('outline', 'none', 'important'));
  const { stops } = await tabWalk(h.popover);
  expect(stops.filter((s) => !s.indicator).map((s) => s.label)).toEqual(['button "Refresh now"']);
  await h.popover.evaluate(() => document.querySelector<HTMLElement>('.refresh-button')?.style.removeProperty('outline'));

  await h.popover.getByRole('button', { name: 'Open details' }).click();
  const page = (await h.details()).page;
  await page.getByTestId('holdings-row').first().waitFor();
  for (const tab of ['Holdings', 'Exchanges', 'History', 'Settings']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tabpanel').waitFor();
    await settleAll(h);
    await expectFullWalk(page, `details ${tab}`);
  }
});
