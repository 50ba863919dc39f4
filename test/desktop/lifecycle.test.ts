// The app's life on every desktop: a second launch hands over to the first,
// sleep and lock pause it, and Quit ends it cleanly — its last writes on disk,
// no promise rejected unhandled, no timer of its own still armed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_API_KEY } from '../support/double-helpers';
import { submitApiKey } from '../support/e2e/scenario-helpers';
import { launchDesktop } from '../support/electron-double/desktop';
import { PLATFORM_IDS, PLATFORMS } from '../support/electron-double/platforms';
import { popoverReady, showPopover, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

describe.each(PLATFORM_IDS)('lifecycle on %s', (id) => {
  const platform = PLATFORMS[id];

  it('a second instance toggles the popover of the first', async () => {
    const d = await launch({ platform: id });
    await popoverReady(d);
    d.electron.app.launchSecondInstance();
    await d.until(() => d.popover().isVisible(), 'the second launch to show the popover');
  });

  it('sleep, wake, lock and unlock do not disturb it; quit flushes its writes and leaves no timer or rejection', async () => {
    const d = await launch({ platform: id });
    const page = await popoverReady(d);
    d.electron.powerMonitor.sleep();
    d.electron.powerMonitor.wake();
    d.electron.powerMonitor.lock();
    d.electron.powerMonitor.unlock();
    await showPopover(d);
    await submitApiKey(page, TEST_API_KEY);
    await page.getByRole('combobox', { name: 'Exchange' }).waitFor();
    // Privacy on, then quit at once: the change must reach the disk before the process ends.
    if (platform.trayHost) {
      d.tray().userClick(platform.trayClick === 'menu-only' ? 'left' : 'right');
      d.pickTrayMenuItem('privacy');
    } else {
      // No icon to click: the application menu's View › Toggle Privacy Mode.
      d.pickAppMenuItem('privacy');
    }
    await d.quitAndWait();
    expect(d.world.exitCode).toBe(0);
    expect(d.world.eventsOf('used-after-exit')).toEqual([]);
    expect(d.watch.unhandled).toEqual([]);
    expect(d.watch.runningTimers()).toEqual([]);
    const config = JSON.parse(await readFile(join(d.machine.userDataDir, 'config.json'), 'utf8')) as { settings: { privacyMode?: boolean } };
    expect(config.settings.privacyMode).toBe(true);
    const secrets = await readFile(join(d.machine.userDataDir, 'secrets.json'), 'utf8');
    expect(secrets).not.toContain(TEST_API_KEY);
    expect(JSON.parse(secrets).apiKey).toEqual(expect.any(String));
  });
});

it('a launch while another instance runs quits at once without a tray or window', async () => {
  const first = await launch({ platform: 'linux-x11' });
  await popoverReady(first);
  const second = await launchDesktop({ browser: first.world.context.browser()!, platform: 'linux-x11', machine: first.machine, lockTaken: true });
  try {
    await second.until(() => second.world.exited, 'the second instance to quit');
    expect(second.electron.trays).toEqual([]);
    expect(second.electron.windows.size).toBe(0);
  } finally {
    await second.close();
  }
});
