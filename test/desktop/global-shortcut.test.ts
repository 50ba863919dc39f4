// The global shortcut on the modelled desktops: set in Settings by pressing
// the keys, the OS's press toggles the popover (at the tray, or under the
// cursor on Linux, whose tray cannot say where it is); a shortcut another app
// holds is reported in Settings with nothing registered; changing or clearing
// it unregisters the old one, and none is left registered at will-quit.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POPOVER_SIZE } from '../../main/core/window-sizes';
import type { Desktop } from '../support/electron-double/desktop';
import { type PlatformId, PLATFORMS } from '../support/electron-double/platforms';
import { popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

async function openSettings(d: Desktop): Promise<Page> {
  d.tray().userClick(d.platform.trayClick === 'menu-only' ? 'left' : 'right');
  d.pickTrayMenuItem('settings');
  const page = await d.detailsPage();
  await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
  return page;
}

/** Focuses the recorder and presses the keys, as the user would. */
async function record(page: Page, keys: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Global shortcut to open the popover' });
  await box.focus();
  await box.press(keys);
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /opens the popover|refused|handed to your desktop/ });

const CASES: { id: PlatformId; keys: string; accelerator: string; shown: string }[] = [
  { id: 'macos', keys: 'Meta+Alt+KeyT', accelerator: 'Command+Alt+T', shown: '⌥⌘T' },
  { id: 'windows', keys: 'Control+Alt+KeyT', accelerator: 'Control+Alt+T', shown: 'Ctrl+Alt+T' },
];

describe.each(CASES)('global shortcut on $id', ({ id, keys, accelerator, shown }) => {
  it('set in Settings, pressing it toggles the popover at the tray', async () => {
    const d = await launch({ platform: id });
    await popoverReady(d);
    const page = await openSettings(d);
    await record(page, keys);
    await status(page).getByText(`${shown} opens the popover from anywhere.`).waitFor();
    expect(d.electron.globalShortcut.held()).toEqual([accelerator]);

    d.clickElsewhere();
    expect(d.electron.globalShortcut.userPress(accelerator)).toBe(true);
    await d.until(() => d.popover().isVisible(), 'the shortcut to show the popover');
    const bounds = d.popover().screenBounds();
    const tray = PLATFORMS[id].trayBounds;
    expect(Math.abs(bounds.x + bounds.width / 2 - (tray.x + tray.width / 2))).toBeLessThanOrEqual(POPOVER_SIZE.width / 2);
    d.electron.globalShortcut.userPress(accelerator);
    await d.until(() => !d.popover().isVisible(), 'the shortcut to hide the popover again');
  });
});

describe('global shortcut conflicts and changes', () => {
  it('one another app holds: Settings says the OS refused it, and nothing is registered', async () => {
    const d = await launch({ platform: 'windows', shortcutsTaken: ['Ctrl+Alt+T'] });
    await popoverReady(d);
    const page = await openSettings(d);
    await record(page, 'Control+Alt+KeyT');
    await status(page).getByText('The system refused Ctrl+Alt+T: another app probably uses it. Choose another shortcut.').waitFor();
    expect(d.electron.globalShortcut.held()).toEqual([]);
    expect(d.electron.globalShortcut.userPress('Control+Alt+T')).toBe(false);
  });

  it('on a German Windows the shortcut is said in German key caps (Strg, Umschalt) and registered as Electron writes it', async () => {
    const d = await launch({ platform: 'windows', languages: ['de-DE'] });
    await popoverReady(d);
    d.tray().userClick('right');
    d.pickTrayMenuItem('settings');
    const page = await d.detailsPage();
    const box = page.getByRole('textbox', { name: 'Globales Tastenkürzel zum Öffnen des Popovers' });
    await box.focus();
    await box.press('Control+Shift+Delete');
    await page.getByRole('status').getByText('Strg+Umschalt+Entf öffnet das Popover von überall.').waitFor();
    expect(await box.inputValue()).toBe('Strg+Umschalt+Entf');
    expect(d.electron.globalShortcut.held()).toEqual(['Control+Shift+Delete']);
  });

  it('changing it unregisters the old one, Backspace clears it, and quitting leaves none registered', async () => {
    const d = await launch({ platform: 'linux-x11' });
    await popoverReady(d);
    const page = await openSettings(d);
    await record(page, 'Control+Alt+KeyT');
    await status(page).getByText('Ctrl+Alt+T opens the popover from anywhere.').waitFor();
    await record(page, 'Alt+Shift+KeyK');
    await status(page).getByText('Alt+Shift+K opens the popover from anywhere.').waitFor();
    expect(d.electron.globalShortcut.held()).toEqual(['Alt+Shift+K']);
    await record(page, 'Backspace');
    await d.until(() => d.electron.globalShortcut.held().length === 0, 'the cleared shortcut to be unregistered');
    await record(page, 'Alt+Shift+KeyK');
    await d.until(() => d.electron.globalShortcut.held().length === 1, 'the shortcut to be registered again');
    await d.quitAndWait();
    expect(d.electron.globalShortcut.heldAtWillQuit).toEqual([]);
    expect(d.world.eventsOf('used-after-exit')).toEqual([]);
  });

  it('on Linux the popover opens under the cursor, where the tray cannot report its bounds', async () => {
    const d = await launch({ platform: 'linux-x11' });
    await popoverReady(d);
    const page = await openSettings(d);
    await record(page, 'Control+Alt+KeyT');
    await status(page).getByText('Ctrl+Alt+T opens the popover from anywhere.').waitFor();
    d.clickElsewhere();
    d.world.cursor = { x: 700, y: 400 };
    d.electron.globalShortcut.userPress('Control+Alt+T');
    await d.until(() => d.popover().isVisible(), 'the shortcut to show the popover');
    const bounds = d.popover().screenBounds();
    expect(bounds.x + bounds.width / 2).toBe(700);
    expect(bounds.y).toBe(400);
  });

  it('on Wayland, where the portal answers yes and may refuse later, Settings says only what is known', async () => {
    const d = await launch({ platform: 'linux-wayland', shortcutsTaken: ['Ctrl+Alt+T'] });
    await popoverReady(d);
    const page = await openSettings(d);
    await record(page, 'Control+Alt+KeyT');
    await page.getByText('Ctrl+Alt+T was handed to your desktop, which may ask you to confirm it. If it does not open the popover, another app holds it: choose another.').waitFor();
    expect(await page.getByText('opens the popover from anywhere').count()).toBe(0);
    // The portal kept the keys for the other app: pressing them does nothing here.
    expect(d.electron.globalShortcut.userPress('Control+Alt+T')).toBe(false);
  });

  it('a shortcut stored by an earlier launch is registered at the next start', async () => {
    const first = await launch({ platform: 'linux-x11' });
    await popoverReady(first);
    const page = await openSettings(first);
    await record(page, 'Control+Alt+KeyT');
    await status(page).getByText('Ctrl+Alt+T opens the popover from anywhere.').waitFor();
    await first.quitAndWait();
    const second = await launch({ platform: 'linux-x11', machine: first.machine });
    await popoverReady(second);
    await second.until(() => second.electron.globalShortcut.held().length === 1, 'the stored shortcut to be registered');
    expect(second.electron.globalShortcut.held()).toEqual(['Control+Alt+T']);
  });
});
