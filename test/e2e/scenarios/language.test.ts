// The Language setting in a real Chromium: choosing Deutsch in Settings turns
// the details window and the popover German at once (main's next snapshot
// names the language; each window loads its catalogue), no restart; back to
// System, whose OS here speaks English, turns both English again. Axe clean
// in German too (the page says lang="de").
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkSurface } from '../../support/e2e/page-checks';
import { onboardWithBinance, settleAll } from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

/** Binance onboarded, then Settings open in the details window. */
async function onboardedSettings() {
  const h = await scenario.start();
  await onboardWithBinance(h);
  h.app.menuActions.openSettings();
  const page = (await h.details()).page;
  await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
  return { h, page };
}

const pageLanguage = (page: Page): Promise<string | null> => page.locator('html').getAttribute('lang');

it('Deutsch from Settings: both windows speak German without a restart, and System brings English back', async () => {
  const { h, page } = await onboardedSettings();

  const select = page.getByRole('combobox', { name: 'Language' });
  expect(await select.locator('option').allInnerTexts()).toEqual(['System (English)', 'English', 'Deutsch', 'Español', 'Français', '日本語', '简体中文']);
  await select.selectOption('de');

  // The details window: the Settings words, and the page's language for screen readers and hyphenation.
  await page.getByRole('heading', { name: 'Anzeige' }).waitFor();
  await page.getByRole('heading', { name: 'Aktualisierung und Credits' }).waitFor();
  const german = page.getByRole('combobox', { name: 'Sprache' });
  expect(await german.inputValue()).toBe('de');
  expect(await pageLanguage(page)).toBe('de');
  expect(h.app.snapshot()).toMatchObject({ language: 'de', systemLanguage: 'en', settings: { language: 'de' } });
  // The popover got the same snapshot and loaded German too: Binance's age reads German.
  if (!h.popoverWindow.isVisible()) h.app.togglePopover();
  await settleAll(h);
  await expect.poll(() => pageLanguage(h.popover)).toBe('de');
  await h.popover.getByText('gerade eben', { exact: true }).first().waitFor();
  await page.getByRole('heading', { name: 'Anzeige' }).scrollIntoViewIfNeeded();
  await checkSurface(page, 'settings-language-de');

  // Back to the OS's language, from the keyboard's control, now labelled in German.
  await german.selectOption('system');
  await page.getByRole('heading', { name: 'Display' }).waitFor();
  expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('system');
  expect(await pageLanguage(page)).toBe('en');
  await settleAll(h);
  await expect.poll(() => pageLanguage(h.popover)).toBe('en');
  await h.popover.getByText('just now', { exact: true }).first().waitFor();
  expect(h.app.snapshot().language).toBe('en');
  expect(h.app.session().store.getSettings().language).toBe('system');
});

it('an error the window holds is worded again in the new language: the refused key’s message turns German with the rest', async () => {
  const { h, page } = await onboardedSettings();

  await page.getByRole('button', { name: 'Replace…' }).click();
  await page.getByRole('textbox', { name: 'CoinStats API key' }).fill('liveKEY-coinstats-0badc0de77');
  await page.getByRole('button', { name: 'Replace key' }).click();
  const alert = page.locator('.api-key-form').getByRole('alert');
  await expect.poll(() => alert.innerText()).toMatch(/^CoinStats (rejected|did not accept)/);
  expect(await alert.innerText()).toMatch(/openapi\.coinstats\.app/);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Anzeige' }).waitFor();
  // The same refusal, in German: main sent its facts with it, and the window worded them again.
  await expect.poll(() => alert.innerText()).toMatch(/^CoinStats hat (den|Ihren) API-Schlüssel/);
  expect(await alert.innerText()).toMatch(/Erstellen Sie auf openapi\.coinstats\.app einen neuen Schlüssel/);
  expect(h.app.snapshot().apiKey.set).toBe(true);
});
