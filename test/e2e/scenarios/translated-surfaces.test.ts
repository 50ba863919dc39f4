// The app in German and Japanese (issue 12 §1): the OS's language, then a
// choice in Settings, each applied without a restart. German is the longest of
// our languages and Japanese the tallest script: each screenshot is checked
// for text that is clipped or runs out of the window, and stays for people to
// look at (artifacts/screenshots/popover-de-light.png,
// details-settings-de-light.png, popover-ja-dark.png).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshot } from '../../support/e2e/page-checks';
import { onboardWithBinanceAndKucoin, settleAll } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { clippedTexts } from '../../support/e2e/text-fit';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const inLanguage = (page: Page, language: string) => page.waitForFunction((lang) => document.documentElement.lang === lang, language);

async function shoot(h: E2E, page: Page, name: string, colorScheme: 'light' | 'dark'): Promise<void> {
  await settleAll(h);
  await page.mouse.move(0, 0);
  await page.emulateMedia({ colorScheme });
  expect(await clippedTexts(page), `${name}-${colorScheme}: clipped text`).toEqual([]);
  await screenshot(page, name, { colorScheme });
  await page.emulateMedia({ colorScheme: null });
}

it('German from the OS, Japanese from Settings: popover and Settings fit, in light and dark', async () => {
  const h = await scenario.start();
  const details = await onboardWithBinanceAndKucoin(h);

  h.system.setLanguages(['de-DE', 'en-US']);
  await h.popover.evaluate(() => window.tallybar.refreshAll());
  await inLanguage(h.popover, 'de');
  await inLanguage(details, 'de');
  // German words, not English ones: the tray and the popover alike.
  await expect.poll(() => h.tray.toolTip()).toMatch(/Aktualisiert|Synchronisier/);
  await shoot(h, h.popover, 'popover-de', 'light');
  await shoot(h, h.popover, 'popover-de', 'dark');
  await details.getByRole('tab').last().click();
  await details.getByRole('tabpanel').waitFor();
  await shoot(h, details, 'details-settings-de', 'light');
  await shoot(h, details, 'details-settings-de', 'dark');

  // Japanese chosen in Settings beats the OS's German, at once, main's words included.
  await details.evaluate(() => window.tallybar.updateSettings({ language: 'ja' }));
  await inLanguage(h.popover, 'ja');
  await inLanguage(details, 'ja');
  await expect.poll(() => h.tray.toolTip()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  await shoot(h, h.popover, 'popover-ja', 'dark');
  await shoot(h, h.popover, 'popover-ja', 'light');
  await shoot(h, details, 'details-settings-ja', 'light');
});
