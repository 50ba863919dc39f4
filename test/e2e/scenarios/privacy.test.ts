// Scenario 6: privacy mode masks every amount everywhere: the popover, the
// details window and the tray (title, tooltip, menu), toggled from the tray
// menu and with the keyboard shortcut in either window.
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { ALL_SECRETS } from '../../support/double-helpers';
import { useChromium } from '../../support/e2e/chromium';
import { bodyText, onboardWithBinance, settleAll, startScenario } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';

const getBrowser = useChromium();
let h: E2E | null = null;

afterEach(async () => {
  await h?.close();
  h = null;
});

/** Elements that show an amount or a value (never a share or a percentage). */
const POPOVER_AMOUNTS = '[data-testid=popover-total], [data-testid=popover-total-btc], .coin-amount, .coin-value, .exchange-total';
/** Holdings grid cells: amount, price, value (columns 2–4). */
const HOLDINGS_AMOUNTS = '[data-testid=holdings-row] [role=gridcell]:nth-child(-n+4):not(:first-child)';

const texts = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();

/** The tray's figures: title, the tooltip's total line, the menu header. Not the "Updated 2 min ago" age line. */
function trayFigures(e: E2E): string[] {
  const tooltip = (e.tray.toolTip() ?? '').split('\n').filter((line) => !/^(Updated|Syncing|Not synced)/.test(line));
  const header = e.tray.menuItems()[0]?.label ?? '';
  return [e.tray.title() ?? '', ...tooltip, header];
}

const withDigits = (values: readonly string[]): string[] => values.filter((value) => /\d/.test(value));

async function privacyIs(e: E2E, on: boolean): Promise<void> {
  await expect.poll(() => e.app.snapshot().settings.privacyMode).toBe(on);
  await settleAll(e);
}

it('privacy mode from the tray menu and the keyboard shortcut hides every amount in the popover, details and tray', async () => {
  h = await startScenario(getBrowser());
  await onboardWithBinance(h);
  const popover = h.popover;
  await popover.getByRole('button', { name: 'Open details' }).click();
  const details = (await h.details()).page;
  await details.getByTestId('holdings-row').first().waitFor();
  // Expand the first coin so the per-exchange split is on screen too.
  await details.getByTestId('holdings-row').first().click();
  await details.getByTestId('holdings-split').first().waitFor();

  // Before: the figures are there, with digits.
  const shownPopover = await texts(popover, POPOVER_AMOUNTS);
  const shownDetails = await texts(details, HOLDINGS_AMOUNTS);
  expect(withDigits(shownPopover).length).toBeGreaterThan(5);
  expect(withDigits(shownDetails).length).toBeGreaterThan(5);
  expect(withDigits(trayFigures(h)).length).toBeGreaterThan(0);

  // 1) From the tray menu.
  h.tray.clickMenuItem('privacy');
  await privacyIs(h, true);
  await expect.poll(() => texts(popover, POPOVER_AMOUNTS).then(withDigits)).toEqual([]);
  await expect.poll(() => texts(details, HOLDINGS_AMOUNTS).then(withDigits)).toEqual([]);
  expect(await texts(details, '[data-testid=holdings-split] [role=gridcell]:nth-child(2), [data-testid=holdings-split] [role=gridcell]:nth-child(4)').then(withDigits)).toEqual([]);
  expect(withDigits(trayFigures(h))).toEqual([]);
  expect(h.tray.menuItems().find((item) => item.id === 'privacy')?.checked).toBe(true);
  // No figure seen before privacy is anywhere in either page's text.
  for (const page of [popover, details]) {
    const text = await bodyText(page);
    for (const figure of [...withDigits(shownPopover), ...withDigits(shownDetails)]) expect(text).not.toContain(figure);
  }

  // 2) The shortcut in the popover turns it off again…
  await popover.locator('body').click({ position: { x: 5, y: 5 } });
  await popover.keyboard.press('Control+Shift+P');
  await privacyIs(h, false);
  await expect.poll(() => texts(popover, POPOVER_AMOUNTS)).toEqual(shownPopover);
  expect(withDigits(trayFigures(h)).length).toBeGreaterThan(0);

  // 3) …and in the details window on.
  await details.getByRole('tab', { name: 'Holdings' }).focus();
  await details.keyboard.press('Control+Shift+P');
  await privacyIs(h, true);
  await expect.poll(() => texts(details, HOLDINGS_AMOUNTS).then(withDigits)).toEqual([]);
  await expect.poll(() => texts(popover, POPOVER_AMOUNTS).then(withDigits)).toEqual([]);
  expect(withDigits(trayFigures(h))).toEqual([]);

  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
  expect(h.harness.pageErrors).toEqual([]);
});
