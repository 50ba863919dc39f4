// Scenario 7: the Holdings tab with two exchanges (the second added from the
// details window's Exchanges tab): sort by clicking and by keyboard, filter by
// typing (in the box and type-ahead on the grid), and expand a coin held on
// both exchanges for its per-exchange split.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ALL_SECRETS } from '../../support/double-helpers';
import { onboardWithBinanceAndKucoin, parseUsd } from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const rows = (page: Page) => page.getByTestId('holdings-row');
const symbols = (page: Page): Promise<string[]> => rows(page).locator('.coin-symbol').allInnerTexts();
const names = (page: Page): Promise<string[]> => rows(page).locator('.cell-name .ellipsis').allInnerTexts();
const values = async (page: Page): Promise<number[]> =>
  (await rows(page).locator('[role=gridcell]:nth-child(4)').allInnerTexts()).map(parseUsd);
const sortOf = (page: Page, column: string): Promise<string | null> =>
  page.getByRole('treegrid').getByRole('columnheader', { name: column }).getAttribute('aria-sort');

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const isSorted = (list: readonly number[], dir: 'asc' | 'desc'): boolean =>
  list.every((v, i) => i === 0 || (dir === 'asc' ? list[i - 1]! <= v : list[i - 1]! >= v));

it('Holdings: sort by click and keyboard, type-to-filter, expand a coin for its per-exchange split', async () => {
  const h = await scenario.start();
  // A second exchange, added from the Exchanges tab.
  const page = await onboardWithBinanceAndKucoin(h);

  await page.getByRole('tab', { name: 'Holdings' }).click();
  await rows(page).first().waitFor();

  // Default: by value, largest first.
  expect(await sortOf(page, 'Value')).toBe('descending');
  expect(isSorted(await values(page), 'desc')).toBe(true);

  // Click "Coin": A→Z by name; click again: Z→A.
  await page.getByRole('button', { name: 'Coin' }).click();
  expect(await sortOf(page, 'Coin')).toBe('ascending');
  expect(await sortOf(page, 'Value')).toBe('none');
  const az = await names(page);
  expect(az).toEqual([...az].sort(collator.compare));
  await page.getByRole('button', { name: 'Coin' }).click();
  expect(await sortOf(page, 'Coin')).toBe('descending');
  const za = await names(page);
  expect(za).toEqual([...za].sort(collator.compare).reverse());

  // Keyboard: focus the "Value" header button and press Enter (then Space to flip).
  await page.getByRole('button', { name: 'Value' }).focus();
  await page.keyboard.press('Enter');
  expect(await sortOf(page, 'Value')).toBe('descending');
  await page.keyboard.press('Space');
  expect(await sortOf(page, 'Value')).toBe('ascending');
  expect(isSorted(await values(page), 'asc')).toBe(true);
  await page.keyboard.press('Enter');
  expect(await sortOf(page, 'Value')).toBe('descending');

  // A coin both exchanges hold.
  const shared = h.app.snapshot().portfolio.rows.find((row) => row.split.length === 2);
  if (!shared) throw new Error('Binance and KuCoin share no coin in the double’s data');

  // Type-to-filter in the box.
  const filter = page.getByRole('searchbox', { name: 'Filter coins' });
  await filter.fill(shared.symbol);
  await expect.poll(() => symbols(page)).toContain(shared.symbol);
  for (const row of await rows(page).allInnerTexts()) expect(row.toLowerCase()).toContain(shared.symbol.toLowerCase());
  await expect.poll(() => page.getByText(/\d+ of \d+ coins/).isVisible()).toBe(true);
  await filter.fill('zzz-no-such-coin');
  await expect.poll(() => page.getByText(/No coin matches/).isVisible()).toBe(true);

  // Type-ahead: printable keys typed on the grid go to the filter box.
  await filter.fill('');
  await rows(page).first().waitFor();
  await page.getByRole('treegrid', { name: 'Holdings' }).focus();
  await page.keyboard.type(shared.symbol.toLowerCase());
  await expect.poll(() => filter.inputValue()).toBe(shared.symbol.toLowerCase());
  await expect.poll(() => symbols(page)).toContain(shared.symbol);

  // Keyboard expand: focus the grid, select the coin with the arrows, ArrowRight.
  const grid = page.getByRole('treegrid', { name: 'Holdings' });
  await grid.focus();
  const index = (await symbols(page)).indexOf(shared.symbol);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  const active = await grid.getAttribute('aria-activedescendant');
  expect(await page.locator(`[id="${active}"] .coin-symbol`).innerText()).toBe(shared.symbol);
  await page.keyboard.press('ArrowRight');
  const splits = page.getByTestId('holdings-split');
  await expect.poll(() => splits.count()).toBe(2);
  expect(await page.locator(`[id="${active}"]`).getAttribute('aria-expanded')).toBe('true');
  const splitNames = await splits.locator('.cell-name').allInnerTexts();
  expect(splitNames.sort()).toEqual(['Binance', 'KuCoin']);
  const splitValues = (await splits.locator('[role=gridcell]:nth-child(4)').allInnerTexts()).map(parseUsd);
  expect(Math.abs(splitValues.reduce((a, b) => a + b, 0) - shared.valueUsd)).toBeLessThan(0.02);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => splits.count()).toBe(0);

  // And by mouse: clicking the row expands it.
  await page.locator(`[id="${active}"]`).click();
  await expect.poll(() => splits.count()).toBe(2);

  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
  expect(h.harness.pageErrors).toEqual([]);
});
