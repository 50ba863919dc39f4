// An alert on the desktop: the built main bundle on the Electron platform
// double. A rule set in the details window becomes true on the synced total,
// one Notification is shown through the double (Electron's Notification,
// docs/api/notification.md), and clicking it brings the details window to the
// tab where that figure is shown — History, for a rule on the total.
import { expect, it } from 'vitest';
import type { AlertRule } from '../../common/alerts';
import { onboardBinance, openPopoverFromTray, popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

const above: AlertRule = { id: 'above-one', kind: 'total_above', enabled: true, threshold: 1, currency: 'USD', window: '24h' };

it('an alert that fires shows one Notification through the double, and its click opens details on History', async () => {
  const d = await launch({ platform: 'macos', double: { syncPolls: 0 } });
  const popover = await popoverReady(d);
  await openPopoverFromTray(d);
  await onboardBinance(d, popover);
  await popover.getByRole('button', { name: 'Open details' }).click();
  const details = await d.detailsPage();
  await details.getByRole('tab', { name: 'Alerts' }).click();
  await details.getByRole('tab', { name: 'Alerts', selected: true }).waitFor();
  const before = d.electron.notifications.length;

  await details.evaluate(async (rule) => {
    const saved = await window.tallybar.updateAlerts({ rules: [rule] });
    if (!saved.ok) throw new Error(saved.error.message);
  }, above);
  const alerts = () => d.electron.notifications.slice(before).filter((n) => n.title === 'Tallybar alert');
  await d.until(() => alerts().length > 0, 'the alert notification', 20_000);
  await new Promise((r) => setTimeout(r, 300));
  expect(alerts()).toHaveLength(1);
  expect(alerts()[0]!.body).toMatch(/^The total rose above \$1\.00: it is \$[\d,.]+\.$/);
  expect(d.world.eventsOf('notification-failed')).toEqual([]);

  // Elsewhere in the meantime: the click must bring the window back on History.
  await details.getByRole('tab', { name: 'Settings' }).click();
  alerts()[0]!.userClick();
  await d.until(() => d.details()?.isVisible() === true, 'details to show');
  await details.getByRole('tab', { name: 'History', selected: true }).waitFor();
  expect(d.watch.unhandled).toEqual([]);
});
