// Scenario 1: a new user's first run, end to end. The key goes in through the
// onboarding, Binance through the form generated from /exchange/support, the
// portfolio syncs (syncing → synced), exactly one notification says so, the
// popover's totals are the double's data, and the notification opens details.
import { expect, it } from 'vitest';
import { ALL_SECRETS, BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import {
  chipTexts,
  fillExchangeForm,
  formatUsd,
  parseUsd,
  settleAll,
  submitApiKey,
  submitExchangeForm,
  supportedExchanges,
  totalUsd,
} from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

it('first run: key → Binance via the generated form → syncing → one "synced" notification → totals equal the double → notification opens details', async () => {
  // One status poll says "syncing" before the portfolio is synced.
  const h = await scenario.start({ double: { syncPolls: 1 } });
  const page = h.popover;

  await submitApiKey(page, TEST_API_KEY);
  await expect.poll(() => page.getByRole('heading', { name: /Step 2/ }).isVisible()).toBe(true);
  expect(await page.getByLabel('CoinStats API key').count()).toBe(0);

  // The credential form is generated from the double's connectionFields.
  const binance = (await supportedExchanges(h)).find((e) => e.connectionId === 'binance');
  expect(binance?.connectionFields.map((f) => f.key)).toEqual(['apiKey', 'apiSecret']);
  if (!binance) return;
  await fillExchangeForm(page, binance, BINANCE_FIELDS);
  const form = page.getByRole('form', { name: 'Connect Binance' });
  expect(await form.locator('input[type=password]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name))).toEqual(['apiKey', 'apiSecret']);
  await expect.poll(() => form.getByText(/read-only API key/).isVisible()).toBe(true);
  await submitExchangeForm(page, 'Binance');

  // Syncing first, then synced after the double's one "syncing" status poll.
  await expect.poll(() => chipTexts(page), { timeout: 10_000 }).toEqual(['Syncing']);
  expect(h.notifications.shown).toEqual([]);
  await expect.poll(() => chipTexts(page), { timeout: 30_000 }).toEqual(['Synced']);
  await settleAll(h);
  // Enriched: coins carry their CoinStats icons, not initials.
  await expect.poll(() => page.locator('.coin-list img.coin-icon').count()).toBeGreaterThan(0);

  const expected = totalUsd(h.double.expectedBalance('binance', BINANCE_FIELDS));
  expect(expected).toBeGreaterThan(0);
  const shown = await page.getByTestId('popover-total').innerText();
  expect(shown).toBe(formatUsd(expected));
  expect(Math.abs(parseUsd(shown) - expected)).toBeLessThan(0.01);
  expect(h.app.snapshot().portfolio.partial).toBe(false);
  expect(await page.getByTestId('popover-total-btc').innerText()).toMatch(/^₿\d/);

  // Exactly one notification for the transition, even after a further refresh.
  expect(h.notifications.titles()).toHaveLength(1);
  const [notification] = h.notifications.shown;
  expect(`${notification?.title} ${notification?.body}`).toContain('Binance');
  expect(notification?.body).toContain(formatUsd(expected));
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(() => chipTexts(page)).toEqual(['Synced']);
  await h.settle();
  expect(h.notifications.shown).toHaveLength(1);

  // The user clicks the notification: details opens on Holdings.
  notification?.click();
  const details = await h.details();
  await details.page.getByRole('tab', { name: 'Holdings', selected: true }).waitFor();
  await details.page.getByTestId('holdings-row').first().waitFor();

  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
  expect(h.harness.pageErrors).toEqual([]);
});
