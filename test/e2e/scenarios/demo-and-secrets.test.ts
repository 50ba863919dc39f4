// Scenario 10: demo mode, from the command line (`--demo`) and from the
// onboarding's "Try the demo" button: labelled as demo data, with data shown.
// Scenario 9's sweep: after the surfaces that show key hints (Settings,
// Exchanges) and every read-only channel were used, no secret is anywhere.
import { expect, it } from 'vitest';
import { ALL_SECRETS, BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { onboardWithBinance, settleAll } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

// The built-in demo double keeps its production rate limit: pace like production.
const DEMO_TUNING = { ratePerSecond: 2 };

async function expectDemoData(e: E2E): Promise<void> {
  const page = e.popover;
  await page.getByTestId('demo-badge').waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('demo-badge').innerText()).toMatch(/demo/i);
  await expect.poll(() => page.getByTestId('exchange-row').count(), { timeout: 15_000 }).toBe(3);
  await expect.poll(() => page.getByTestId('popover-total').innerText(), { timeout: 30_000 }).toMatch(/^\$[1-9][\d,]*\.\d\d$/);
  await expect.poll(() => page.locator('.coin-row').count()).toBeGreaterThan(2);
  expect(e.app.snapshot().demo).toBe(true);
}

it('demo mode from the command line: the popover shows demo data, labelled as such, in both windows', async () => {
  const h = await scenario.start({ demo: true, tuning: DEMO_TUNING });
  await expectDemoData(h);
  await h.popover.getByRole('button', { name: 'Open details' }).click();
  const details = (await h.details()).page;
  await details.getByTestId('demo-badge').waitFor();
  await details.getByTestId('holdings-row').first().waitFor();
  expect(h.harness.pageErrors).toEqual([]);
});

it('demo mode from the onboarding\'s "Try the demo" button', async () => {
  const h = await scenario.start({ tuning: DEMO_TUNING });
  await h.popover.getByRole('button', { name: 'Try the demo' }).click();
  await expectDemoData(h);
  // The real (empty) profile is untouched: the demo lives in its own folder.
  expect(h.app.session().demo).toBe(true);
});

it('no secret in the DOM or any IPC answer after Settings, Exchanges and every read-only channel were used', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  await h.popover.getByRole('button', { name: 'Settings' }).click();
  const details = (await h.details()).page;
  await details.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
  // The key is write-only: Settings shows its last 4 characters at most.
  await expect.poll(() => details.getByText(TEST_API_KEY.slice(-4)).count()).toBeGreaterThan(0);
  await details.getByRole('tab', { name: 'Exchanges' }).click();
  await details.getByTestId('exchange-row').first().waitFor();
  await expect.poll(() => details.getByText(BINANCE_FIELDS.apiKey.slice(-4), { exact: false }).count()).toBeGreaterThan(0);
  await details.getByRole('button', { name: 'Test' }).click();
  await details.locator('.card p', { hasText: /Binance works: \$/ }).waitFor({ timeout: 10_000 });

  // Every read-only channel, from both windows, lands in the IPC log findLeaks scans.
  for (const page of [h.popover, details]) {
    const answers = await page.evaluate(async () => {
      const api = window.tallybar;
      return Promise.all([api.getState(), api.getSettings(), api.getCredits(), api.queryHistory({ range: '24h' }), api.listSupportedExchanges()]);
    });
    expect(answers.every((answer) => answer.ok)).toBe(true);
  }
  await settleAll(h);
  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
  // And the leak scan itself works: it finds what it is told is secret.
  expect(await h.findLeaks([TEST_API_KEY.slice(-4)])).not.toEqual([]);
});
