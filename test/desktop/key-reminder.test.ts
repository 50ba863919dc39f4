// The key rotation reminder on a modelled Windows desktop, through the real
// built main bundle: keys stored 100 days ago (the file rewritten between
// launches, as months of use leave it) raise one native notification at the
// next launch; its click opens details on Exchanges, whose tab and card carry
// the badge; the launch after that does not say it again. No secret shows.
import { expect, it } from 'vitest';
import { ALL_SECRETS } from '../support/double-helpers';
import type { Desktop } from '../support/electron-double/desktop';
import { onboardBinance, openPopoverFromTray, popoverReady, useDesktop } from '../support/electron-double/use-desktop';
import { findSecretsInText } from '../support/secret-scan';
import { DAY, rewriteStoredConnections } from '../support/stored-connections';

const launch = useDesktop();
const reminders = (d: Desktop) =>
  d.electron.notifications.filter((n) => n.title === 'Binance: time for new keys');

it('Windows: keys 100 days old raise one reminder that opens Exchanges, and a relaunch does not repeat it', async () => {
  const d = await launch({ platform: 'windows' });
  await openPopoverFromTray(d);
  await onboardBinance(d, await popoverReady(d));
  expect(reminders(d)).toEqual([]);
  await d.quitAndWait();

  await rewriteStoredConnections(d.machine.userDataDir, () => ({ keysSetAt: Date.now() - 100 * DAY }));
  const aged = await launch({ platform: 'windows', machine: d.machine });
  await popoverReady(aged);
  await aged.until(() => reminders(aged).length > 0, 'the key rotation reminder', 20_000);
  const [reminder] = reminders(aged);
  expect(reminder!.body).toContain('more than 90 days old');
  expect(aged.world.eventsOf('notification-failed')).toEqual([]);
  reminder!.userClick();
  const details = await aged.detailsPage();
  const tab = details.getByRole('tab', { name: /^Exchanges.*1 connection has keys due for replacing$/ });
  await tab.waitFor();
  expect(await tab.getAttribute('aria-selected')).toBe('true');
  await details.getByRole('listitem', { name: 'Binance' }).getByText('Keys due for replacing').waitFor();
  const said = [...aged.electron.notifications.map((n) => `${n.title}\n${n.body}`), await details.locator('body').innerText(), ...aged.watch.logs].join('\n');
  expect(findSecretsInText(said, ALL_SECRETS, 'reminder surfaces')).toEqual([]);
  expect(reminders(aged)).toHaveLength(1);
  await aged.quitAndWait();

  const again = await launch({ platform: 'windows', machine: d.machine });
  await popoverReady(again);
  // The tray is drawn from the same first snapshot the reminder is decided on.
  await again.until(() => again.tray().toolTip.includes('Binance') || /\$[\d,]+\.\d\d/.test(again.tray().toolTip), 'the first snapshot to reach the tray');
  await new Promise((r) => setTimeout(r, 500));
  expect(reminders(again)).toEqual([]);
  expect(again.watch.unhandled).toEqual([]);
});
