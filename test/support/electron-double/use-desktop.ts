// What the desktop scenarios share: one Chromium per file, launches closed
// after each test, and the steps a user takes on every desktop (open the
// popover the way that desktop allows, onboard through the real UI).
import type { Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { BINANCE_FIELDS, TEST_API_KEY } from '../double-helpers';
import { useChromium } from '../e2e/chromium';
import { chipTexts, fillExchangeForm, submitApiKey, submitExchangeForm, supportedExchanges } from '../e2e/scenario-helpers';
import { type Desktop, discardMachine, launchDesktop, type LaunchOptions } from './desktop';

export function useDesktop(): (options: Omit<LaunchOptions, 'browser'>) => Promise<Desktop> {
  const getBrowser = useChromium();
  const open: Desktop[] = [];
  afterEach(async () => {
    for (const desktop of open.splice(0).reverse()) {
      await desktop.close();
      await discardMachine(desktop.machine).catch(() => undefined);
    }
  });
  return async (options) => {
    const desktop = await launchDesktop({ ...options, browser: getBrowser() });
    open.push(desktop);
    return desktop;
  };
}

/** The popover's first screen is on: the onboarding (its heading), or the glance. */
export async function popoverReady(d: Desktop): Promise<Page> {
  const page = await d.popoverPage();
  await page.locator('main, h1, h2').first().waitFor();
  return page;
}

/**
 * Opens the popover as a user of this desktop would: a left click on macOS
 * and Windows; on Linux, where the icon's click opens the menu, its first item.
 */
export async function openPopoverFromTray(d: Desktop): Promise<void> {
  d.tray().userClick('left');
  if (d.platform.trayClick === 'menu-only') d.pickTrayMenuItem('open');
  await d.until(() => d.popover().isVisible(), 'the popover to show');
}

/**
 * Shows the popover the way this desktop allows (the tray, or starting the
 * app again where there is no tray): a hidden popover's page is hidden
 * (browser-window.md, "Page visibility") and shows nothing new until shown.
 */
export async function showPopover(d: Desktop): Promise<void> {
  if (d.platform.trayHost) return openPopoverFromTray(d);
  d.electron.app.launchSecondInstance();
  await d.until(() => d.popover().isVisible(), 'the popover to show');
}

/** Onboarding through the real popover: the CoinStats key, then Binance, until it reads Synced. */
export async function onboardBinance(d: Desktop, page: Page): Promise<void> {
  await submitApiKey(page, TEST_API_KEY);
  const binance = (await supportedExchanges({ double: d.coinstats })).find((e) => e.connectionId === 'binance');
  if (!binance) throw new Error('The double does not list Binance');
  await fillExchangeForm(page, binance, BINANCE_FIELDS);
  await submitExchangeForm(page, 'Binance');
  await expect.poll(() => chipTexts(page), { timeout: 20_000 }).toEqual(['Synced']);
}
