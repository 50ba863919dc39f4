// What the end-to-end scenarios share: an app started with test-speed
// settings against a double that knows the test key, and the user's steps
// (paste the key, connect an exchange) done through the real UI, as a person
// would click through the onboarding.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatMoney } from '../../../common/format';
import type { BalanceRow, SupportedExchange } from '../../../common/types';
import type { DoubleOptions } from '../../../main/double/server';
import { BINANCE_FIELDS, KUCOIN_FIELDS, TEST_API_KEY } from '../double-helpers';
import { type E2E, type StartE2EOptions, startE2E } from './start-e2e';

export type ScenarioOptions = Partial<Omit<StartE2EOptions, 'browser'>> & { double?: DoubleOptions };

/**
 * Test speed, not production pacing: no rate limit on the double, a fast
 * pacer and short retries. A new portfolio is synced at once unless the
 * scenario asks for `syncPolls` (the syncing → synced transition).
 * In a test file, `useScenario().start()` calls this and closes the app after the test.
 */
export function startScenario(browser: Browser, options: ScenarioOptions = {}): Promise<E2E> {
  return startE2E({
    demo: false,
    ...options,
    browser,
    double: { apiKey: TEST_API_KEY, syncPolls: 0, rateLimit: null, ...options.double },
    tuning: { ratePerSecond: 50, retry: { limit: 1, baseDelayMs: 5 }, timeoutMs: 3_000, ...options.tuning },
  });
}

/** The double's `/exchange/support`, asked over HTTP as the app would, to compare the generated form with. */
export async function supportedExchanges(h: { double: { url: string } }): Promise<SupportedExchange[]> {
  const response = await fetch(`${h.double.url}/v1/exchange/support`, { headers: { 'X-API-KEY': TEST_API_KEY } });
  if (!response.ok) throw new Error(`The double answered ${response.status} to /exchange/support`);
  return (await response.json()) as SupportedExchange[];
}

/** Onboarding step 1: paste the CoinStats key and save it. */
export async function submitApiKey(page: Page, key: string): Promise<void> {
  await page.getByLabel('CoinStats API key').fill(key);
  await page.getByRole('button', { name: 'Save key' }).click();
}

/** Picks an exchange in the combobox (typing its name, as a user would) and fills its generated credential form. */
export async function fillExchangeForm(page: Page, exchange: Pick<SupportedExchange, 'name' | 'connectionFields'>, fields: Record<string, string>): Promise<void> {
  await page.getByRole('combobox', { name: 'Exchange' }).fill(exchange.name);
  await page.getByRole('option', { name: exchange.name, exact: true }).click();
  const form = page.getByRole('form', { name: `Connect ${exchange.name}` });
  for (const field of exchange.connectionFields) {
    const value = fields[field.key];
    if (value === undefined) throw new Error(`fillExchangeForm: no value for ${exchange.name}'s field "${field.key}"`);
    await form.getByLabel(field.name, { exact: true }).fill(value);
  }
}

/** Clicks "Connect <exchange>" in the credential form. */
export async function submitExchangeForm(page: Page, exchangeName: string): Promise<void> {
  await page.getByRole('button', { name: `Connect ${exchangeName}` }).click();
}

/**
 * First run through the onboarding: key, then Binance, waiting until the
 * popover shows the glance with a synced Binance. Leaves the popover on it.
 */
export async function onboardWithBinance(h: E2E): Promise<void> {
  await submitApiKey(h.popover, TEST_API_KEY);
  const binance = (await supportedExchanges(h)).find((e) => e.connectionId === 'binance');
  if (!binance) throw new Error('The double does not list Binance');
  await fillExchangeForm(h.popover, binance, BINANCE_FIELDS);
  await submitExchangeForm(h.popover, 'Binance');
  await expect.poll(() => chipTexts(h.popover), { timeout: 15_000 }).toEqual(['Synced']);
  await settleAll(h);
}

/**
 * Onboarding with Binance, then KuCoin (whose form asks a passphrase too)
 * added from the details window's Exchanges tab, both synced. Returns the
 * details page, left on the Exchanges tab.
 */
export async function onboardWithBinanceAndKucoin(h: E2E): Promise<Page> {
  await onboardWithBinance(h);
  await h.popover.getByRole('button', { name: 'Open details' }).click();
  const page = (await h.details()).page;
  await page.getByRole('tab', { name: 'Exchanges' }).click();
  await page.getByRole('button', { name: 'Add exchange' }).click();
  const kucoin = (await supportedExchanges(h)).find((e) => e.connectionId === 'kucoin');
  if (!kucoin) throw new Error('The double does not list KuCoin');
  expect(kucoin.connectionFields.map((f) => f.key)).toContain('passphrase');
  await fillExchangeForm(page, kucoin, KUCOIN_FIELDS);
  await submitExchangeForm(page, 'KuCoin');
  await expect.poll(() => chipTexts(page), { timeout: 15_000 }).toEqual(['Synced', 'Synced']);
  await settleAll(h);
  return page;
}

/** Waits until main has no call in flight (enrichment included) and every push reached the pages. */
export async function settleAll(h: E2E): Promise<void> {
  await h.app.session().engine.whenIdle();
  await h.settle();
  // A push can schedule React work; let the pages paint it.
  for (const win of h.harness.windows()) {
    if (!win.isDestroyed()) await win.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  }
}

export const chipTexts = (page: Page): Promise<string[]> => page.getByTestId('status-chip').allInnerTexts();

/** Sum of amount × price: the USD total a synced portfolio of these rows is worth. */
export function totalUsd(rows: readonly BalanceRow[]): number {
  return rows.reduce((sum, row) => sum + row.amount * row.price, 0);
}

/** The string the popover shows for a USD total, with the UI's own Intl formatting (en-US, USD). */
export const formatUsd = (value: number): string => formatMoney(value, 'USD', 'en-US');

/** Turns "$12,345.67" back into 12345.67. */
export function parseUsd(text: string): number {
  const cleaned = text.replace(/[^0-9.-]/g, '');
  const value = Number(cleaned);
  if (cleaned === '' || !Number.isFinite(value)) throw new Error(`Not a USD figure: "${text}"`);
  return value;
}

/** Text content of the page body (what a reader sees, including visually hidden text). */
export const bodyText = (page: Page): Promise<string> => page.evaluate(() => document.body.textContent ?? '');
