// A large account on the desktop (100,000 rows: spam airdrops make them real):
// the popover shows the total as soon as the balance arrives, and the refresh
// stops spinning while coin names and icons are still being fetched in the
// background, a bounded number of `/coins` calls at a time.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { COINS_CALLS_PER_PASS } from '../../main/services/enrichment';
import type { CoinStatsDouble } from '../../main/double/server';
import { parseUsd } from '../support/e2e/scenario-helpers';
import { onboardBinance, openPopoverFromTray, popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

/** The popover's total in USD, 0 while it is not known yet ("—"). */
const shownTotal = async (page: Page): Promise<number> => {
  const text = (await page.getByTestId('popover-total').textContent()) ?? '';
  return text.includes('$') ? parseUsd(text) : 0;
};

/** Each /coins call's delay during the timed refresh: a pass of five outlasts any wait for the spinner. */
const SLOW_COINS_MS = 6_000;

const calls = (double: CoinStatsDouble, route: string) => double.requests().filter((r) => r.path.split('?')[0]?.endsWith(route));

it('with a 100,000-row account the popover shows the total while enrichment still runs, the refresh no longer spinning', async () => {
  const d = await launch({ platform: 'macos' });
  const page = await popoverReady(d);
  d.coinstats.setFault('balance', { kind: 'large', rows: 100_000 });
  await openPopoverFromTray(d);
  await onboardBinance(d, page);
  await expect.poll(() => shownTotal(page), { timeout: 20_000 }).toBeGreaterThan(0);
  // Adding the exchange ran the first pass (the most valuable 1,000 coins); let it end.
  const answered = (): boolean => calls(d.coinstats, '/coins').every((r) => r.status !== 0);
  await d.until(() => calls(d.coinstats, '/coins').length === COINS_CALLS_PER_PASS && answered(), 'the first pass to end', 30_000);

  // Names and icons answer slowly now: the refresh must not wait for them.
  d.coinstats.setFault('coins', { kind: 'slow', ms: SLOW_COINS_MS });
  const balancesBefore = calls(d.coinstats, '/exchange/balance').length;
  const coinsBefore = calls(d.coinstats, '/coins').length;
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await d.until(() => calls(d.coinstats, '/exchange/balance').length > balancesBefore, 'the refresh to ask for the balance');
  await d.until(() => calls(d.coinstats, '/coins').length > coinsBefore, 'enrichment to start after the balance', 30_000);

  // The spinner is gone while the pass still runs: its calls take 6 s each, so
  // waiting for them would keep it spinning for 30 s. (The popover needs a few
  // seconds to receive 100,000 holdings from the double's IPC, more on a busy machine.)
  await page.getByRole('button', { name: 'Refresh now' }).waitFor({ timeout: 20_000 });
  const passAnswered = calls(d.coinstats, '/coins').slice(coinsBefore).filter((r) => r.status !== 0);
  expect(passAnswered.length).toBeLessThan(COINS_CALLS_PER_PASS);
  expect(await page.locator('.freshness').textContent()).toMatch(/^Updated/);
  expect(await shownTotal(page)).toBeGreaterThan(0);
  expect(d.tray().getTitle()).toMatch(/^\$[\d,.]+[KMBT]?$/);

  // The pass stays bounded (test/main/sync/enrichment-budget.test.ts follows it to its end):
  // never more than its calls, not one per 200 of the 100,000 coins.
  expect(calls(d.coinstats, '/coins').length - coinsBefore).toBeLessThanOrEqual(COINS_CALLS_PER_PASS);
  expect(d.watch.unhandled).toEqual([]);
});
