// Scenario 6: privacy mode masks every amount everywhere: the popover, the
// details window (every tab) and the tray (title, tooltip, menu), toggled from
// the tray menu and with the keyboard shortcut in either window; and the
// notification of an exchange that syncs while it is on.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { HistoryPoint } from '../../../common/types';
import { scaledPoint } from '../../support/history-points';
import { ALL_SECRETS, KUCOIN_FIELDS } from '../../support/double-helpers';
import {
  bodyText,
  chipTexts,
  fillExchangeForm,
  onboardWithBinance,
  settleAll,
  submitExchangeForm,
  supportedExchanges,
} from '../../support/e2e/scenario-helpers';
import { checkSurface } from '../../support/e2e/page-checks';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

/** Elements that show an amount or a value (never a share or a percentage). */
const POPOVER_AMOUNTS = '[data-testid=popover-total], [data-testid=popover-total-btc], .coin-amount, .coin-value, .exchange-total';
/** Holdings grid cells: amount, price, value (columns 2–4). */
const HOLDINGS_AMOUNTS = '[data-testid=holdings-row] [role=gridcell]:nth-child(-n+4):not(:first-child)';

const texts = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allInnerTexts();

/** The tray's figures: title, the tooltip's total line, the menu header. Not the "Updated 2 min. ago" age line. */
function trayFigures(e: E2E): string[] {
  const tooltip = (e.tray.toolTip() ?? '').split('\n').filter((line) => !/^(Updated|Syncing|Not synced)/.test(line));
  const header = e.tray.menuItems()[0]?.label ?? '';
  return [e.tray.title() ?? '', ...tooltip, header];
}

const withDigits = (values: readonly string[]): string[] => values.filter((value) => /\d/.test(value));

/**
 * Money as text: a currency sign or code next to digits ("$12,345.67",
 * "$84K", "₿0.51", "12,3 €", "USD 5"). Dates, percentages, shares and credit
 * counts carry digits too and reveal no holdings, so they may stay.
 */
const MONEY = /[$€£¥₿]\s?[+\-−]?\d|\d\s?[$€£¥₿]|\b(?:USD|EUR|GBP|BTC)\s?\d|\d\s?(?:USD|EUR|GBP|BTC)\b/;

/**
 * Every piece of money a reader (or a screen reader) could meet on the page:
 * text nodes and accessible names (the history chart's summary is an
 * aria-label). Not <option> text: Settings' "Compact ($12.3K)" is an example
 * of the tray format, not the user's money.
 */
function moneyOn(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const money = new RegExp(source);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (money.test(text) && !node.parentElement?.closest('option, script, style')) found.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value && money.test(value)) found.push(value);
      }
    }
    return found;
  }, MONEY.source);
}

const HOUR = 3_600_000;

/** A few hourly totals before the onboarding's real point, through the app's own history store, so History draws a line. */
function seedHistory(e: E2E): void {
  const history = e.app.session().history;
  const now = history.query('24h').at(-1);
  expect(now, 'onboarding recorded a history point').toBeDefined();
  const points: HistoryPoint[] = [6, 5, 4, 3, 2, 1].map((hoursAgo) => scaledPoint(now!, now!.t - hoursAgo * HOUR, 1 - hoursAgo * 0.01));
  history.appendMany(points);
  expect(history.query('7d').length).toBeGreaterThanOrEqual(7);
}

const statusPolls = (e: E2E): number => e.double.requests().filter((r) => r.path.includes('/exchange/status') && r.status === 200).length;

/**
 * A new portfolio says "syncing" to its first status poll (syncPolls: 1).
 * Once that poll is answered, "Refresh now" finds it synced: the
 * syncing → synced transition that raises a notification, without waiting
 * out the engine's second poll (~10 s later).
 */
async function finishSyncingByRefresh(e: E2E, pollsBefore: number): Promise<void> {
  await expect.poll(() => statusPolls(e), { timeout: 15_000 }).toBeGreaterThan(pollsBefore);
  await e.popover.getByRole('button', { name: 'Refresh now' }).click();
}

async function openTab(page: Page, label: string): Promise<void> {
  await page.getByRole('tab', { name: label }).click();
  await page.getByRole('tab', { name: label, selected: true }).waitFor();
}

/** History's figures: the value axis, the readout's total, and the hidden table's totals (not its dates; nor the readout's dates, left to moneyOn). */
const HISTORY_AMOUNTS = '.chart-y-axis span, .chart-readout strong, table.visually-hidden td:nth-child(n+2)';

async function privacyIs(e: E2E, on: boolean): Promise<void> {
  await expect.poll(() => e.app.snapshot().settings.privacyMode).toBe(on);
  await settleAll(e);
}

it('privacy mode from the tray menu and the keyboard shortcut hides every amount in the popover, details, tray and notifications', async () => {
  // One "syncing" status poll per new portfolio: an exchange added later goes
  // syncing → synced and raises the notification that carries its total.
  const h = await scenario.start({ double: { syncPolls: 1 } });
  const onboarded = onboardWithBinance(h);
  await finishSyncingByRefresh(h, 0);
  await onboarded;
  seedHistory(h);
  const popover = h.popover;
  await popover.getByRole('button', { name: 'Open details' }).click();
  const details = (await h.details()).page;

  // Before: History and Exchanges show money (so the checks below can fail).
  await openTab(details, 'History');
  await details.locator('.chart-surface').waitFor();
  expect(withDigits(await texts(details, '.chart-y-axis span')).length).toBeGreaterThanOrEqual(2);
  expect((await moneyOn(details)).length).toBeGreaterThan(5);
  await openTab(details, 'Exchanges');
  expect(withDigits(await texts(details, '.connection-total'))).toHaveLength(1);
  await openTab(details, 'Holdings');
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

  // 4) Every other tab of the details window, still in privacy mode.
  await openTab(details, 'History');
  await details.locator('.chart-surface').waitFor();
  await expect.poll(() => texts(details, HISTORY_AMOUNTS).then(withDigits)).toEqual([]);
  expect(await details.locator('.chart-y-axis span').count()).toBeGreaterThanOrEqual(2);
  // The keyboard cursor's readout (a point's total and BTC) is masked too.
  await details.locator('.chart-surface').focus();
  await details.keyboard.press('Home');
  await expect.poll(() => texts(details, '.chart-readout strong').then(withDigits)).toEqual([]);
  expect(await texts(details, '.chart-readout .muted')).toEqual([expect.stringMatching(/^\(•+\) at /)]);
  expect(await moneyOn(details)).toEqual([]);

  await openTab(details, 'Exchanges');
  const cards = details.getByTestId('exchange-row');
  expect(await texts(details, '.connection-total')).toHaveLength(1);
  expect(withDigits(await texts(details, '.connection-total'))).toEqual([]);
  // "Test" answers with the connection's total: masked as well, and a result
  // shown before privacy comes on is masked once it does.
  const testResult = (): Promise<string[]> => texts(details, '[data-testid=exchange-row] p.small:not(.muted)');
  await cards.first().getByRole('button', { name: 'Test' }).click();
  await cards.first().getByText(/works:/).waitFor();
  expect(withDigits(await testResult())).toEqual([]);
  expect(await moneyOn(details)).toEqual([]);
  await details.keyboard.press('Control+Shift+P');
  await privacyIs(h, false);
  await cards.first().getByRole('button', { name: 'Test' }).click();
  await expect.poll(() => testResult().then(withDigits)).toHaveLength(1);
  await details.keyboard.press('Control+Shift+P');
  await privacyIs(h, true);
  await expect.poll(() => testResult().then(withDigits)).toEqual([]);
  expect(await moneyOn(details)).toEqual([]);

  await openTab(details, 'Settings');
  await details.getByTestId('api-key-hint').waitFor();
  await settleAll(h);
  expect(await moneyOn(details)).toEqual([]);

  // 5) An exchange added and synced while privacy is on: its card, the
  // totals, and the "synced" notification show no money.
  const notified = h.notifications.shown.length;
  const pollsBefore = statusPolls(h);
  await openTab(details, 'Exchanges');
  await details.getByRole('button', { name: 'Add exchange' }).click();
  const kucoin = (await supportedExchanges(h)).find((e) => e.connectionId === 'kucoin');
  if (!kucoin) throw new Error('The double does not list KuCoin');
  await fillExchangeForm(details, kucoin, KUCOIN_FIELDS);
  await submitExchangeForm(details, 'KuCoin');
  await expect.poll(() => chipTexts(details)).toEqual(['Synced', 'Syncing']);
  await finishSyncingByRefresh(h, pollsBefore);
  await expect.poll(() => chipTexts(details)).toEqual(['Synced', 'Synced']);
  await expect.poll(() => h.notifications.shown.length).toBeGreaterThan(notified);
  await popover.getByRole('button', { name: 'Refresh now' }).waitFor();
  await settleAll(h);
  const fresh = h.notifications.shown.slice(notified);
  expect(fresh.map((n) => n.body)).toContainEqual(expect.stringContaining('KuCoin synced'));
  expect(withDigits(fresh.map((n) => `${n.title}\n${n.body}`))).toEqual([]);
  expect(withDigits(await texts(details, '.connection-total'))).toEqual([]);
  expect(await moneyOn(details)).toEqual([]);
  await expect.poll(() => texts(popover, POPOVER_AMOUNTS).then(withDigits)).toEqual([]);
  expect(await moneyOn(popover)).toEqual([]);
  expect(withDigits(trayFigures(h))).toEqual([]);

  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
  expect(h.harness.pageErrors).toEqual([]);
});

it("the Settings choice: 'Hide amounts, keep %' keeps shares and percentages, 'Hide all' hides them; holding Alt peeks in the popover only while held", async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  const popover = h.popover;
  await popover.getByRole('button', { name: 'Open details' }).click();
  const details = (await h.details()).page;
  await openTab(details, 'Settings');
  const group = details.getByRole('group', { name: 'Privacy mode' });
  await group.waitFor();
  // Keyboard: focus the checked radio, arrows move the choice as in any radio group.
  await details.getByRole('radio', { name: 'Off' }).focus();
  await details.keyboard.press('ArrowDown');
  await privacyIs(h, true);
  expect(h.app.snapshot().settings.privacyLevel).toBe('amounts');
  await expect.poll(() => texts(popover, POPOVER_AMOUNTS).then(withDigits)).toEqual([]);
  expect(withDigits(await texts(popover, '.coin-share')).length).toBeGreaterThan(0);
  expect(withDigits(trayFigures(h))).toEqual([]);
  await checkSurface(details, 'settings-privacy-amounts');

  await details.keyboard.press('ArrowDown');
  await expect.poll(() => h.app.snapshot().settings.privacyLevel).toBe('all');
  await settleAll(h);
  await expect.poll(() => texts(popover, '.coin-share').then(withDigits)).toEqual([]);
  expect(await popover.getByTestId('popover-change').innerText()).not.toMatch(/%/);
  // The tray menu still switches it off and on; the level stays.
  h.tray.clickMenuItem('privacy');
  await privacyIs(h, false);
  h.tray.clickMenuItem('privacy');
  await privacyIs(h, true);
  expect(h.app.snapshot().settings.privacyLevel).toBe('all');

  // Peek: real figures while Alt is held, masked on release; main never hears of it.
  await popover.locator('body').click({ position: { x: 5, y: 5 } });
  await popover.keyboard.down('Alt');
  await expect.poll(() => texts(popover, POPOVER_AMOUNTS).then(withDigits)).not.toEqual([]);
  expect(await popover.getByTestId('privacy-marker').innerText()).toMatch(/^Peeking/);
  expect(h.app.snapshot().settings.privacyMode).toBe(true);
  await checkSurface(popover, 'popover-peeking');
  await popover.keyboard.up('Alt');
  await expect.poll(() => texts(popover, POPOVER_AMOUNTS).then(withDigits)).toEqual([]);
  expect(await moneyOn(popover)).toEqual([]);
  await checkSurface(popover, 'popover-privacy-all');
  expect(h.harness.pageErrors).toEqual([]);
});
