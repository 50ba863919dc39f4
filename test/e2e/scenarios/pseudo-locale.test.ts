// The pseudo-locale run (issue 12 §1): the OS asks for en-XA, where every
// catalogue message is bracketed and accented, and every surface is walked —
// onboarding and its errors, the popover with data and failing, each details
// tab, the alert form, the tray's title, tooltip and menu, notifications. Any
// readable word (text, aria-label, title, placeholder) outside a message that
// is not data fails the run: a string that bypassed the catalogues.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dataWords, readableTexts, textsNotFromCatalogue } from '../../support/e2e/catalogue-text';
import { seedWeekOfHistory } from '../../support/e2e/history-seed';
import { onboardWithBinanceAndKucoin, settleAll } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const inLanguage = (page: Page, language: string) => page.waitForFunction((lang) => document.documentElement.lang === lang, language);

async function expectCatalogued(h: E2E, page: Page, where: string): Promise<void> {
  await settleAll(h);
  const stray = textsNotFromCatalogue(await readableTexts(page), dataWords(h.app.snapshot()));
  expect(stray, `${where}: readable text that is not from a catalogue`).toEqual([]);
}

function expectTrayCatalogued(h: E2E): void {
  const texts = [h.tray.title() ?? '', h.tray.toolTip() ?? '', ...h.tray.menuItems().map((item) => item.label ?? '')].filter((t) => t !== '');
  expect(textsNotFromCatalogue(texts, dataWords(h.app.snapshot())), 'the tray').toEqual([]);
}

it('onboarding, and its errors, say only catalogue words', async () => {
  const h = await scenario.start({ system: { languages: ['en-XA', 'en-US'] } });
  await inLanguage(h.popover, 'en-XA');
  const key = h.popover.locator('input').first();
  await key.waitFor();
  await expectCatalogued(h, h.popover, 'onboarding');
  expectTrayCatalogued(h);
  await key.fill('short');
  await key.press('Enter');
  await h.popover.getByRole('alert').waitFor();
  await expectCatalogued(h, h.popover, 'onboarding with an invalid key');
});

it('every surface with data, the tray and the notifications say only catalogue words', async () => {
  const h = await scenario.start();
  const details = await onboardWithBinanceAndKucoin(h);
  seedWeekOfHistory(h);
  const notified = h.notifications.shown.length;

  // The user puts the pseudo-locale first in the OS's list; the next snapshot follows it.
  h.system.setLanguages(['en-XA']);
  await h.popover.evaluate(() => window.tallybar.refreshAll());
  await inLanguage(h.popover, 'en-XA');
  await inLanguage(details, 'en-XA');
  await expectCatalogued(h, h.popover, 'the popover');
  expectTrayCatalogued(h);

  const tabs = details.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await details.getByRole('tabpanel').waitFor();
    await expectCatalogued(h, details, `details tab ${i + 1}`);
  }
  // The alert form, opened from the Alerts tab (the fourth).
  await tabs.nth(3).click();
  await details.getByRole('tabpanel').getByRole('button').first().click();
  await expectCatalogued(h, details, 'the alerts tab, a button pressed');

  // Everything failing: the shared problem at the top, each exchange's error.
  h.double.setFault('balance', { kind: 'status', status: 503 });
  await h.popover.evaluate(() => window.tallybar.refreshAll());
  await h.popover.getByTestId('shared-problem').waitFor({ timeout: 10_000 });
  await expectCatalogued(h, h.popover, 'the popover, every exchange failing');
  await tabs.nth(1).click();
  await expectCatalogued(h, details, 'the exchanges tab, every exchange failing');
  expectTrayCatalogued(h);

  const shown = h.notifications.shown.slice(notified).flatMap((n) => [n.title, n.body]);
  expect(textsNotFromCatalogue(shown, dataWords(h.app.snapshot())), 'notifications').toEqual([]);
});
