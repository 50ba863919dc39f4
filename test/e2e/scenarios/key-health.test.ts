// Key health as a person meets it after months: keys added 100 days ago that
// worked until 3 days ago and are now refused. One reminder notification
// (its click opens Exchanges), the Exchanges tab's badge heard as a sentence,
// the card saying the keys are due, when they last worked, "Worked until
// 3 days ago — was the key revoked or expired?", and the exchange's guidance
// opened from the keyboard. Screenshots, axe clean in light and dark.
import { expect, it } from 'vitest';
import { createSystemClock, type Clock } from '../../../main/services/clock';
import { checkSurface } from '../../support/e2e/page-checks';
import { onboardWithBinance, settleAll } from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';
import { DAY } from '../../support/stored-connections';

const scenario = useScenario();

/** The system clock, set back by `offset` ms: main lives the connection's past, then today. */
function clockSetBack() {
  const system = createSystemClock();
  const state = { offset: 0 };
  const clock: Clock = { now: () => system.now() - state.offset, setTimeout: (fn, ms) => system.setTimeout(fn, ms), clearTimeout: (t) => system.clearTimeout(t) };
  return { clock, state };
}

it('keys months old and now refused: one reminder, the badge, "worked until" and the guidance; axe clean', async () => {
  const time = clockSetBack();
  time.state.offset = 100 * DAY;
  const h = await scenario.start({ clock: time.clock });
  await onboardWithBinance(h);
  expect(h.notifications.titles().filter((t) => t.includes('new keys'))).toEqual([]);

  // 97 days later the keys still work, and are due for replacing.
  time.state.offset = 3 * DAY;
  await h.popover.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(() => h.notifications.titles().filter((t) => t.includes('new keys')), { timeout: 15_000 }).toEqual(['Binance: time for new keys']);
  await settleAll(h);

  // Today the exchange refuses them.
  time.state.offset = 0;
  h.double.setFault('balance', { kind: 'status', status: 401, body: { message: 'Binance rejected the API key: API-key has been revoked.' } });
  await h.popover.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(() => h.app.snapshot().connections[0]?.keys.workedUntil ?? null, { timeout: 15_000 }).not.toBeNull();
  await settleAll(h);
  expect(h.notifications.titles().filter((t) => t.includes('new keys'))).toHaveLength(1);

  h.notifications.shown.find((n) => n.title === 'Binance: time for new keys')!.click();
  const page = (await h.details()).page;
  const tab = page.getByRole('tab', { name: /^Exchanges.*1 connection has keys due for replacing$/ });
  await tab.waitFor();
  expect(await tab.getAttribute('aria-selected')).toBe('true');
  const card = page.getByRole('listitem', { name: 'Binance' });
  await card.getByText('Keys due for replacing').waitFor();
  const keys = card.getByRole('region', { name: 'Keys for Binance' });
  expect(await keys.textContent()).toContain('Keys set 100 days ago · last worked 3 days ago');
  expect(await card.getByTestId('worked-until').textContent()).toMatch(/^Worked until 3 days ago — was the key revoked or expired\?/);

  // The guidance opens from the keyboard.
  const summary = keys.getByText('Making keys for Binance');
  await summary.focus();
  await page.keyboard.press('Enter');
  await keys.getByText('Tick "Enable Reading" only.').waitFor({ state: 'visible' });
  expect(await keys.textContent()).toMatch(/IP allow-list empty.*will likely break/);
  await checkSurface(page, 'details-exchanges-key-health');
});
