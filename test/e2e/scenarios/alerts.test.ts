// The Alerts tab in Chromium against the real app: presets offered on the
// first visit with none on, a rule created and edited with the keyboard, a
// firing through the native notification path, the re-arm once the total
// cleared the margin, a second firing, and the fired log; axe clean and
// screenshots in both themes.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BINANCE_FIELDS, KUCOIN_FIELDS } from '../../support/double-helpers';
import { checkSurface } from '../../support/e2e/page-checks';
import { onboardWithBinance, settleAll, totalUsd } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const alerts = (e: E2E) => e.notifications.shown.filter((n) => n.title === 'Tallybar alert');

/** The status line under the rule whose text matches. */
const statusOf = (page: Page, rule: RegExp) => page.locator('.alert-rule', { hasText: rule }).locator('.alert-status');

it('creates, edits, fires, re-arms and lists an alert, keyboard first, axe clean in both themes', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  const binance = totalUsd(h.double.expectedBalance('binance', BINANCE_FIELDS));
  const kucoin = totalUsd(h.double.expectedBalance('kucoin', KUCOIN_FIELDS));
  // Binance alone is under it; Binance with KuCoin is over it by more than the 2 % re-arm margin.
  const threshold = Math.round(binance + kucoin / 2);
  expect(binance + kucoin).toBeGreaterThan(threshold * 1.02);

  await h.popover.getByRole('button', { name: 'Open details' }).click();
  const details = (await h.details()).page;
  await details.getByRole('tab', { name: 'Alerts' }).click();
  await details.getByRole('tab', { name: 'Alerts', selected: true }).waitFor();

  // First visit: presets offered, none on until added.
  await details.getByRole('heading', { name: 'Suggested alerts' }).waitFor();
  expect(await details.getByRole('button', { name: /^Add alert: / }).count()).toBe(4);
  expect(h.app.snapshot().alerts.rules).toEqual([]);

  // Create with the keyboard: the form opens on its first field, Enter saves.
  await details.getByRole('button', { name: 'New alert…' }).click();
  await details.getByLabel('Alert when').selectOption('total_below');
  await details.getByLabel('Amount').fill('-3');
  await details.getByLabel('Amount').press('Enter');
  await details.getByRole('alert').filter({ hasText: 'The amount must be a number above 0' }).waitFor();
  await details.getByLabel('Amount').fill(String(threshold * 2));
  await details.getByLabel('Amount').press('Enter');
  const rule = /^Total falls below/;
  await details.locator('.alert-rule', { hasText: rule }).waitFor();

  // It is true at once (Binance alone is far under twice the threshold): one native notification.
  await expect.poll(() => alerts(h).length, { timeout: 10_000 }).toBe(1);
  expect(alerts(h)[0]!.body).toMatch(/^The total fell below \$[\d,.]+: it is \$[\d,.]+\.$/);
  await expect.poll(() => statusOf(details, rule).innerText()).toMatch(/^Fired just now\./);

  // Edit: a rule watching something else starts armed; this one is still true, so it fires for the new amount.
  await details.getByRole('button', { name: /^Edit alert: Total falls below/ }).click();
  await details.getByLabel('Amount').fill(String(threshold));
  await details.getByRole('button', { name: 'Save alert' }).click();
  await expect.poll(() => alerts(h).length, { timeout: 10_000 }).toBe(2);

  // KuCoin joins: the total clears the margin and the rule re-arms.
  await details.evaluate(async (fields) => {
    const added = await window.tallybar.addConnection({ exchangeId: 'kucoin', fields });
    if (!added.ok) throw new Error(added.error.message);
  }, KUCOIN_FIELDS);
  await expect.poll(() => statusOf(details, rule).innerText(), { timeout: 15_000 }).toBe('Watching.');
  expect(alerts(h)).toHaveLength(2);

  // KuCoin leaves: the total falls under the threshold again and it fires again.
  const kucoinId = h.app.snapshot().connections.find((c) => c.exchangeId === 'kucoin')!.id;
  await details.evaluate(async (id) => void (await window.tallybar.removeConnection({ id })), kucoinId);
  await expect.poll(() => alerts(h).length, { timeout: 10_000 }).toBe(3);

  // The log lists every firing, newest first.
  const log = details.getByRole('list', { name: 'Fired alerts' }).getByRole('listitem');
  await expect.poll(() => log.count()).toBe(3);
  expect(await log.first().innerText()).toMatch(/The total fell below \$[\d,.]+: it is \$[\d,.]+\./);

  // A preset added is on; declining hides the rest.
  await details.getByRole('button', { name: 'Add alert: Total moves 10.0% or more within 24 h' }).click();
  await details.locator('.alert-rule', { hasText: 'Total moves 10.0% or more within 24 h' }).waitFor();
  expect(h.app.snapshot().alerts.rules.find((r) => r.kind === 'move')?.enabled).toBe(true);
  await settleAll(h);
  await checkSurface(details, 'details-alerts');
  await details.getByRole('button', { name: 'No thanks' }).click();
  await details.getByRole('heading', { name: 'Suggested alerts' }).waitFor({ state: 'detached' });
});
