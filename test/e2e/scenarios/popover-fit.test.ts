// The popover at its real size (POPOVER_SIZE, 360×540): with five exchanges
// the total, its 24 h change, freshness and every exchange's row are in view
// without scrolling; a tall credential form keeps its submit button in view;
// a huge total turns compact instead of overflowing. Screenshots for people
// to look at, and axe on each.
import type { E2E } from '../../support/e2e/start-e2e';
import type { SupportedExchange } from '../../../common/types';
import { portfolioIdFor } from '../../../main/double/balances';
import { POPOVER_SIZE } from '../../../main/core/window-sizes';
import { BINANCE_FIELDS, KUCOIN_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { checkSurface, expectInViewport, expectNoOverflow } from '../../support/e2e/page-checks';
import {
  chipTexts,
  fillExchangeForm,
  onboardWithBinance,
  settleAll,
  submitApiKey,
  submitExchangeForm,
  supportedExchanges,
} from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';
import { expect, it } from 'vitest';

const scenario = useScenario();

/** Four more after Binance: the most the glance promises to show without scrolling. */
const MORE_EXCHANGES = ['kraken', 'kucoin', 'okx', 'bybit'] as const;

async function exchange(h: E2E, id: string): Promise<SupportedExchange> {
  const found = (await supportedExchanges(h)).find((e) => e.connectionId === id);
  if (!found) throw new Error(`The double does not list ${id}`);
  return found;
}

/** Demo credentials the double accepts (any value starting with "demo"). */
const demoFields = (e: SupportedExchange): Record<string, string> =>
  Object.fromEntries(e.connectionFields.map((f) => [f.key, `demo-${e.connectionId}-${f.key}`]));

async function withFiveExchanges(): Promise<E2E> {
  const h = await scenario.start();
  await onboardWithBinance(h);
  await h.popover.getByRole('button', { name: 'Open details' }).click();
  const page = (await h.details()).page;
  await page.getByRole('tab', { name: 'Exchanges' }).click();
  for (const [i, id] of MORE_EXCHANGES.entries()) {
    await page.getByRole('button', { name: 'Add exchange' }).click();
    const e = await exchange(h, id);
    await fillExchangeForm(page, e, demoFields(e));
    await submitExchangeForm(page, e.name);
    await expect.poll(() => chipTexts(page), { timeout: 15_000 }).toEqual(Array(i + 2).fill('Synced'));
  }
  await settleAll(h);
  await expect.poll(() => chipTexts(h.popover), { timeout: 15_000 }).toEqual(Array(5).fill('Synced'));
  await settleAll(h);
  return h;
}

it('five exchanges at 360×540: total, change, freshness and every exchange row in view without scrolling', async () => {
  const h = await withFiveExchanges();
  const page = h.popover;
  expect(page.viewportSize()).toEqual(POPOVER_SIZE);
  await page.locator('.coin-list img.coin-icon').first().waitFor();

  await expectInViewport(page.getByTestId('popover-total'), 'the total');
  await expectInViewport(page.getByTestId('popover-change'), 'the 24 h change');
  expect(await page.getByTestId('popover-change').innerText()).toMatch(/[$]\d.*\(.*%\)/s);
  await expectInViewport(page.getByTestId('popover-freshness'), 'the freshness');
  await expectInViewport(page.getByRole('button', { name: 'Refresh now' }), 'Refresh');
  const rows = page.getByTestId('exchange-row');
  expect(await rows.count()).toBe(5);
  for (let i = 0; i < 5; i++) {
    const row = rows.nth(i);
    const what = `exchange row ${i + 1} (${await row.locator('.exchange-name').innerText()})`;
    await expectInViewport(row, what);
    for (const part of ['.exchange-name', '[data-testid=status-chip]', '.exchange-age', '.exchange-total']) await expectInViewport(row.locator(part), `${what} ${part}`);
  }
  // The coins take what is left: some are in view, the list scrolls inside itself, the page does not.
  await expectInViewport(page.locator('.coin-row').first(), 'the first coin');
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  await checkSurface(page, 'popover-five-exchanges');
});

it('the tall KuCoin form in onboarding scrolls in the window with its submit button always in view', async () => {
  const h = await scenario.start();
  const page = h.popover;
  await submitApiKey(page, TEST_API_KEY);
  const kucoin = await exchange(h, 'kucoin');
  await fillExchangeForm(page, kucoin, KUCOIN_FIELDS);
  const submit = page.getByRole('button', { name: 'Connect KuCoin' });
  await expectInViewport(submit, 'Connect KuCoin (form just opened)');
  const scroller = page.locator('.onboarding');
  // Taller than the window: it scrolls, and the button stays in view wherever it is scrolled to.
  expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await page.getByLabel('Name (optional)').focus();
  await expectInViewport(page.getByLabel('Name (optional)'), 'the last field, focused');
  await expectInViewport(submit, 'Connect KuCoin (last field focused)');
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await expectInViewport(submit, 'Connect KuCoin (scrolled to the top)');
  // The screenshot shows the form as it opens, not a focus ring half under the buttons.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await checkSurface(page, 'onboarding-kucoin-form');
});

it('a huge total (1e17 USD) turns compact and stays inside its box', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  // A synced answer for the same portfolio, worth 1e17 USD: the double has no fault for huge values.
  const portfolio = { id: portfolioIdFor('binance', BINANCE_FIELDS), status: 'synced', connectionId: 'binance' };
  const balances = [{ coinId: 'bitcoin', amount: 1e12, price: 100_000, priceBtc: 1 }];
  h.double.setFault('balance', { kind: 'status', status: 200, body: { balances, portfolio } });
  await h.popover.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(() => h.popover.getByTestId('popover-total').locator('[title]').count(), { timeout: 10_000 }).toBe(1);
  await settleAll(h);

  const total = h.popover.getByTestId('popover-total');
  expect(await total.locator('[title]').getAttribute('title')).toMatch(/^\$\d{3}(,\d{3}){5}$/);
  await expectNoOverflow(total, 'the total');
  await expectInViewport(total, 'the total');
  const row = h.popover.getByTestId('exchange-row');
  await expectNoOverflow(row, 'the exchange row');
  await expectInViewport(row.locator('.exchange-name'), 'the exchange name');
  await expectInViewport(row.locator('.exchange-total'), 'the exchange total');
  await expectNoOverflow(h.popover.getByTestId('popover-change'), 'the 24 h change');
  await checkSurface(h.popover, 'popover-huge-numbers');
});
