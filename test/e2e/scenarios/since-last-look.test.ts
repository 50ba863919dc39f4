// "Since you last looked" in a real Chromium at the popover's real size: the
// popover open for the look time makes a look; balances that moved since show
// as a change in money and percent with the coin behind it, in view with the
// total, the 24 h change, freshness and the exchange; axe finds nothing, in
// both themes. Privacy mode masks its amounts.
import { expect, it } from 'vitest';
import { LOOK_AFTER_MS } from '../../../main/app/look-tracker';
import { portfolioIdFor } from '../../../main/double/balances';
import { BINANCE_FIELDS } from '../../support/double-helpers';
import { checkSurface, expectInViewport } from '../../support/e2e/page-checks';
import { onboardWithBinance, settleAll } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

/** Shows the popover as a tray click does, whatever it was before. */
function showPopover(h: E2E): void {
  if (!h.popoverWindow.isVisible()) h.app.togglePopover();
}

function hidePopover(h: E2E): void {
  if (h.popoverWindow.isVisible()) h.app.togglePopover();
}

it('shows the change since the last look beside the 24 h change, with the coin that moved it, and masks it in privacy', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  hidePopover(h);
  showPopover(h);
  await new Promise((resolve) => setTimeout(resolve, LOOK_AFTER_MS + 300));
  hidePopover(h);
  expect(h.app.session().store.getLastLook()).not.toBeNull();

  // Binance now holds half a bitcoin more ($50,000 at the double's price).
  const rows = h.double.expectedBalance('binance', BINANCE_FIELDS);
  const balances = [...rows, { coinId: 'bitcoin', amount: 0.5, price: 100_000, priceBtc: 1 }];
  const portfolio = { id: portfolioIdFor('binance', BINANCE_FIELDS), status: 'synced', connectionId: 'binance' };
  h.double.setFault('balance', { kind: 'status', status: 200, body: { balances, portfolio } });
  showPopover(h);
  const page = h.popover;
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await page.getByTestId('since-look-change').waitFor({ timeout: 10_000 });
  await settleAll(h);

  const change = page.getByTestId('since-look-change');
  expect(await change.innerText()).toMatch(/^\+\$50,000\.00\s*\(\+[\d.]+%\)\s*since you looked (just now|1 min. ago)$/);
  expect(await change.getAttribute('aria-label')).toMatch(/^Change since you looked .*: \+\$50,000\.00, \+[\d.]+%$/);
  expect(await page.getByTestId('since-look-movers').innerText()).toBe('Moved most: BTC +$50K');
  expect(await page.locator('.coin-row[title^="Since you looked: +$50,000.00"]').count()).toBe(1);
  for (const [testId, what] of [
    ['popover-total', 'the total'],
    ['popover-change', 'the 24 h change'],
    ['since-look-change', 'the change since the last look'],
    ['since-look-movers', 'the coins that moved it'],
    ['popover-freshness', 'the freshness'],
    ['exchange-row', 'the exchange'],
  ] as const) {
    await expectInViewport(page.getByTestId(testId), what);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await checkSurface(page, 'popover-since-last-look');

  await page.keyboard.press('Control+Shift+P');
  await expect.poll(() => page.getByTestId('since-look').innerText()).not.toMatch(/\$/);
  // The default level ('all') hides the percentages too ('amounts' keeps them: test/renderer/since-look.test.tsx).
  expect(await page.getByTestId('since-look-movers').innerText()).toMatch(/^Moved most: BTC •+$/);
  expect(await change.getAttribute('aria-label')).not.toMatch(/\$/);
  expect(await page.locator('.coin-row[title*="$"]').count()).toBe(0);
});
