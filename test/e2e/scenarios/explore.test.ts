// Issue 11 §3 in Chromium, with two exchanges (Binance from onboarding,
// KuCoin added in the details window): the allocation by coin and by exchange
// in the popover and at the top of Holdings; and History explored with the
// mouse (hover reads a point, a drag compares a span) and the keyboard
// (arrows scrub, Enter marks, End compares to now), each exchange's line on
// demand. Screenshots and axe in light and dark.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedWeekOfHistory } from '../../support/e2e/history-seed';
import { checkSurface } from '../../support/e2e/page-checks';
import { onboardWithBinanceAndKucoin, parseUsd } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

/** Onboarded with Binance, KuCoin added from the Exchanges tab; with the details page. */
async function withTwoExchanges(): Promise<{ h: E2E; page: Page }> {
  const h = await scenario.start();
  return { h, page: await onboardWithBinanceAndKucoin(h) };
}

/** Rows of an allocation table as [name, value, share]. */
async function allocationRows(page: Page, caption: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name: caption }).locator('tbody tr');
  const out: string[][] = [];
  for (const row of await rows.all()) out.push(await row.locator('th, td').allInnerTexts());
  return out;
}

const percent = (text: string): number => Number(text.replace(/[^\d.]/g, ''));

it('allocation by coin and by exchange: a bar beside each popover heading, tables under bars atop Holdings, adding up to the total', async () => {
  const { h, page } = await withTwoExchanges();
  const snapshot = h.app.snapshot();

  const byExchange = await h.popover.getByRole('img', { name: /^Allocation by exchange:/ }).getAttribute('aria-label');
  expect(byExchange).toMatch(/^Allocation by exchange: (Binance|KuCoin) [\d.]+%, (Binance|KuCoin) [\d.]+%$/);
  expect(await h.popover.getByRole('img', { name: /^Allocation by coin:/ }).getAttribute('aria-label')).toMatch(/^Allocation by coin: \w+ [\d.]+%, /);

  await page.getByRole('tab', { name: 'Holdings' }).click();
  await page.getByTestId('holdings-row').first().waitFor();
  const exchanges = await allocationRows(page, 'By exchange');
  expect(exchanges.map((r) => r[0]).sort()).toEqual(['Binance', 'KuCoin']);
  // Each exchange's value is its part of the total; the values add up to it.
  const sum = exchanges.reduce((total, r) => total + parseUsd(r[1]!), 0);
  expect(sum).toBeCloseTo(snapshot.portfolio.totalUsd, 0);
  const coins = await allocationRows(page, 'By coin');
  expect(coins.length).toBeGreaterThanOrEqual(2);
  expect(coins[0]![0]).toBe(snapshot.portfolio.rows[0]!.symbol);
  expect(coins.reduce((total, r) => total + percent(r[2]!), 0)).toBeCloseTo(100, -0.5);
  await checkSurface(page, 'details-holdings-allocation');

  // Privacy mode at its default level ('all'): values and shares masked (the 'amounts' level keeps shares: test/renderer/allocation.test.tsx).
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await expect.poll(async () => (await allocationRows(page, 'By exchange')).map((r) => r[1])).toEqual(['•••••', '•••••']);
  expect((await allocationRows(page, 'By exchange')).map((r) => r[2])).toEqual(['•••••', '•••••']);
});

/** The readout over the chart. */
const readout = (page: Page): Promise<string> => page.locator('figcaption.chart-readout').innerText();

/** Moves the mouse to `fraction` of the plot's width, halfway down. */
async function pointAt(page: Page, fraction: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.chart-plot').boundingBox())!;
  return { x: box.x + box.width * fraction, y: box.y + box.height / 2 };
}

it('History to explore: hover reads a point, a drag compares a span, keys scrub and compare to now, each exchange drawn on demand', async () => {
  const { h, page } = await withTwoExchanges();
  // The seeded week holds both exchanges; the points recorded while only Binance
  // was connected come after it, so the chart ends marked "KuCoin removed", "KuCoin added".
  seedWeekOfHistory(h);
  await page.getByRole('tab', { name: 'History' }).click();
  await page.locator('.chart-surface').waitFor();
  expect(await readout(page)).toMatch(/since .* · Low .* · High /);

  // Hover: the value and time at the point under the pointer.
  let at = await pointAt(page, 0.3);
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => readout(page)).toMatch(/^\$[\d,.]+ \(₿[\d.]+\) at \w{3} \d+, \d{4}, /);

  // Drag from 30 % to 80 %: the change over that span.
  await page.mouse.down();
  at = await pointAt(page, 0.8);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => readout(page)).toMatch(/^\$[\d,.]+ [+-]?\$[\d,.]+ \([+-]?[\d.]+%\) from .* to .*$/);
  expect(await page.getByTestId('compare-span').count()).toBe(1);
  await page.getByRole('button', { name: 'Clear comparison' }).click();
  expect(await page.getByTestId('compare-span').count()).toBe(0);

  // Keyboard: mark a day in, then compare to now.
  await page.mouse.move(0, 0);
  const surface = page.getByRole('group', { name: /History chart/ });
  await surface.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect.poll(() => readout(page)).toMatch(/ \([+-]?[\d.]+%\) since \w{3} \d+, \d{4}, /);

  // Each exchange's line, named in the legend and read out at the cursor.
  await page.getByRole('checkbox', { name: 'Show each exchange' }).check();
  expect(await page.getByTestId('exchange-line').count()).toBe(2);
  expect(await page.getByRole('list', { name: 'Lines on the chart' }).getByRole('listitem').allInnerTexts()).toEqual(['Total', expect.any(String), expect.any(String)]);
  await surface.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageUp');
  await expect.poll(() => readout(page)).toMatch(/from .* to .*· (Binance|KuCoin) \$[\d,.]+ · (Binance|KuCoin) \$[\d,.]+$/);
  await checkSurface(page, 'details-history-scrub');
});
