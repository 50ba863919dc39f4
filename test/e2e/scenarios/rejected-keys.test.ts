// Scenarios 2 and 3: keys that are refused. A wrong CoinStats key and an
// exchange key the exchange rejects each get a specific message (with the
// read-only / IP-restriction guidance for the exchange), and nothing of them
// is stored: not in the settings, not as ciphertext, not in any answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ALL_SECRETS, REJECTED_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { fillExchangeForm, submitApiKey, submitExchangeForm, supportedExchanges } from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

/** Refused by the double (it only knows TEST_API_KEY); still a secret. */
const WRONG_KEY = 'liveKEY-coinstats-0badc0de77';

/** Every file main wrote under userData, as text. */
function userDataText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

it('a rejected CoinStats key: the specific message is shown and the key is not stored', async () => {
  const h = await scenario.start();
  const page = h.popover;
  await submitApiKey(page, WRONG_KEY);

  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  expect(text).toMatch(/CoinStats (rejected|did not accept) (the|your) API key/);
  expect(text).toMatch(/openapi\.coinstats\.app/);
  // Still on step 1, nothing stored, no ciphertext for it.
  await page.getByLabel('CoinStats API key').waitFor();
  expect(h.app.snapshot().apiKey.set).toBe(false);
  expect(await h.app.session().vault.getApiKey()).toBeNull();

  // The user clears the field and pastes the right key: it works.
  await page.getByLabel('CoinStats API key').fill('');
  expect(await h.findLeaks([WRONG_KEY, ...ALL_SECRETS])).toEqual([]);
  await submitApiKey(page, TEST_API_KEY);
  await page.getByRole('heading', { name: /Step 2/ }).waitFor();
  expect(h.app.snapshot().apiKey.set).toBe(true);
  expect(await h.findLeaks([WRONG_KEY, ...ALL_SECRETS])).toEqual([]);
  expect(userDataText(h.userDataDir)).not.toContain(WRONG_KEY);
});

it('an exchange rejecting its key: a specific message with read-only / IP guidance, and nothing stored', async () => {
  const h = await scenario.start();
  const page = h.popover;
  await submitApiKey(page, TEST_API_KEY);
  await page.getByRole('heading', { name: /Step 2/ }).waitFor();
  const binance = (await supportedExchanges(h)).find((e) => e.connectionId === 'binance');
  if (!binance) throw new Error('The double does not list Binance');

  await fillExchangeForm(page, binance, REJECTED_FIELDS);
  await submitExchangeForm(page, 'Binance');
  const alert = page.getByRole('form', { name: 'Connect Binance' }).getByRole('alert');
  await alert.waitFor({ timeout: 10_000 });
  const message = await alert.innerText();
  expect(message).toMatch(/Binance rejected the API key/);
  expect(message).toMatch(/IP-restricted/);
  expect(message).toMatch(/read-only/);

  // Rolled back: no connection, no ciphertext, still onboarding.
  expect(h.app.snapshot().connections).toEqual([]);
  expect(h.app.session().store.listConnections()).toEqual([]);
  expect(await page.getByRole('heading', { name: /Step 2/ }).isVisible()).toBe(true);

  // The user goes back to the picker: the typed keys leave the page, and
  // nothing anywhere (answers, pushes, files, tray) ever carried them.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('combobox', { name: 'Exchange' }).waitFor();
  expect(await h.findLeaks([...Object.values(REJECTED_FIELDS), ...ALL_SECRETS])).toEqual([]);
  expect(userDataText(h.userDataDir)).not.toContain(REJECTED_FIELDS.apiSecret);
});
