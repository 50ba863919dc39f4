// On every desktop: the CoinStats key and a Binance connection entered in the
// real popover, the portfolio syncs (syncing → synced), exactly one native
// notification says so — on Windows only because the AppUserModelID matches
// the installer's shortcut — and clicking it opens the details window.
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, PLATFORMS } from '../support/electron-double/platforms';
import { onboardBinance, openPopoverFromTray, popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

describe.each(PLATFORM_IDS)('first sync on %s', (id) => {
  const platform = PLATFORMS[id];

  it('key and exchange through the popover, one "synced" notification, its click opens details, the total reaches the tray', async () => {
    const d = await launch({ platform: id, double: { syncPolls: 1 } });
    const page = await popoverReady(d);
    if (platform.trayHost) await openPopoverFromTray(d);
    else {
      // No tray: starting Tallybar again from the launcher shows the popover.
      d.electron.app.launchSecondInstance();
      await d.until(() => d.popover().isVisible(), 'the popover to show');
    }
    await onboardBinance(d, page);
    await d.until(() => d.electron.notifications.length > 0, 'the synced notification', 30_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(d.electron.notifications).toHaveLength(1);
    const [notification] = d.electron.notifications;
    expect(`${notification!.title} ${notification!.body}`).toContain('Binance');
    expect(d.world.eventsOf('notification-failed')).toEqual([]);

    notification!.userClick();
    await d.detailsPage();
    await d.until(() => d.details()?.isVisible() === true, 'details to show');

    const carried = platform.trayTitles ? d.tray().getTitle() : d.tray().toolTip;
    expect(carried).toMatch(/\$[\d,]+\.\d\d/);
    expect(d.watch.unhandled).toEqual([]);
  });
});

it('Windows: a shortcut with another AUMID gets no toast, and the app logs why', async () => {
  const d = await launch({ platform: 'windows', double: { syncPolls: 1 }, installerAumid: 'com.example.old-tallybar' });
  const page = await popoverReady(d);
  await openPopoverFromTray(d);
  await onboardBinance(d, page);
  await d.until(() => d.world.eventsOf('notification-failed').length > 0, 'the toast to fail', 30_000);
  expect(d.world.aumid).toBe('app.tallybar.desktop');
  await d.until(() => d.watch.logs.some((line) => /notification: the OS did not show it/.test(line)), 'the failure to be logged');
});
