// Cold start on every modelled desktop: the real out/main/index.js starts,
// shows its tray icon (the variant for that bar), carries the total where the
// OS shows it, offers its menu the way that OS opens it, and creates the
// popover hidden with the onboarding loaded.
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, PLATFORMS } from '../support/electron-double/platforms';
import { popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();
const MENU = ['Open Tallybar', 'Refresh Now', 'Open Details…', 'Privacy Mode', 'Settings…', 'Quit Tallybar'];

describe.each(PLATFORM_IDS)('cold start on %s', (id) => {
  const platform = PLATFORMS[id];

  it('shows a tray icon of the right kind, the state in title or tooltip, and the popover hidden on the onboarding', async () => {
    const d = await launch({ platform: id });
    const page = await popoverReady(d);
    await page.getByLabel('CoinStats API key').waitFor();
    const tray = d.tray();
    expect(tray.image.isEmpty()).toBe(false);
    if (platform.processPlatform === 'darwin') expect(tray.image.isTemplateImage()).toBe(true);
    else expect(tray.image.path).toMatch(platform.processPlatform === 'win32' ? /\.ico$/ : /\.png$/);
    expect(tray.toolTip).toMatch(/^Tallybar/);
    // Only macOS draws a title (no total yet: a dash); the double drops it elsewhere, as the OS does.
    expect(tray.getTitle()).toBe(platform.trayTitles ? '—' : '');
    expect(d.popover().isVisible()).toBe(false);
    expect(d.popover().webContents.getURL()).toBe('app://tallybar/popover.html');
    expect(d.electron.pageErrors).toEqual([]);
  });

  it(platform.processPlatform === 'linux' ? 'sets the context menu, since clicks may never arrive' : 'opens the full menu on right-click only', async () => {
    const d = await launch({ platform: id });
    await popoverReady(d);
    const tray = d.tray();
    if (!platform.trayHost) {
      // Nobody draws the icon; the menu is still set for a host that appears later.
      expect(tray.contextMenu?.labels()).toEqual(expect.arrayContaining(MENU));
      return;
    }
    tray.userClick('right');
    expect(tray.openMenu?.labels()).toEqual(expect.arrayContaining(MENU));
    expect(tray.openMenu?.labels()[0]).toMatch(/Tallybar|\$|Add your CoinStats key/);
    expect(d.popover().isVisible()).toBe(false);
    tray.dismissMenu();
  });
});

it('the popover page sees only window.tallybar: no require, no process, a frozen API', async () => {
  const d = await launch({ platform: 'linux-x11' });
  const page = await popoverReady(d);
  const seen = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    frozen: Object.isFrozen(window.tallybar),
    ipc: Object.keys(window).filter((key) => /ipc/i.test(key)),
  }));
  expect(seen).toEqual({ require: 'undefined', process: 'undefined', frozen: true, ipc: [] });
});
