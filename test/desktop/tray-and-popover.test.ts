// The tray and the popover on every desktop with a tray: the click opens the
// popover inside the work area (or where the compositor puts it), focus
// leaving or Escape hides it, the close shortcut only hides it, and every
// menu item does what it says.
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, PLATFORMS } from '../support/electron-double/platforms';
import { openPopoverFromTray, popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();
const WITH_TRAY = PLATFORM_IDS.filter((id) => PLATFORMS[id].trayHost);

const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe.each(WITH_TRAY)('tray and popover on %s', (id) => {
  const platform = PLATFORMS[id];

  it('a tray click shows the popover inside the work area, focused; clicking elsewhere hides it; Escape hides it', async () => {
    const d = await launch({ platform: id });
    const page = await popoverReady(d);
    await openPopoverFromTray(d);
    const popover = d.popover();
    expect(popover.isFocused()).toBe(true);
    expect(inside(popover.screenBounds(), platform.displays[0]!.workArea)).toBe(true);
    if (platform.processPlatform === 'darwin') {
      // Hangs off the icon: its top edge meets the menu bar, centred under the icon.
      expect(popover.screenBounds().y).toBe(platform.displays[0]!.workArea.y);
    }
    d.clickElsewhere();
    await d.until(() => !popover.isVisible(), 'the popover to hide on blur');

    await new Promise((r) => setTimeout(r, 300)); // a later click, not the one that caused the blur
    await openPopoverFromTray(d);
    await page.keyboard.press('Escape');
    await d.until(() => !popover.isVisible(), 'the popover to hide on Escape');
  });

  it('a second tray click while the popover is open closes it instead of reopening it', async () => {
    const d = await launch({ platform: id });
    await popoverReady(d);
    await openPopoverFromTray(d);
    d.tray().userClick('left');
    if (platform.trayClick === 'menu-only') d.tray().dismissMenu();
    await new Promise((r) => setTimeout(r, 300));
    expect(d.popover().isVisible()).toBe(false);
  });

  it('Cmd+W / Alt+F4 hides the popover; the next tray click shows it again', async () => {
    const d = await launch({ platform: id });
    await popoverReady(d);
    await openPopoverFromTray(d);
    d.pressCloseShortcut();
    await d.until(() => !d.popover().isVisible(), 'the popover to hide');
    expect(d.popover().isDestroyed()).toBe(false);
    await new Promise((r) => setTimeout(r, 300)); // past the blur grace
    await openPopoverFromTray(d);
    expect(d.popover().isVisible()).toBe(true);
    expect(d.watch.unhandled).toEqual([]);
  });

  it('every tray menu item works: Open, Refresh, Details, Privacy, Settings, Quit', async () => {
    const d = await launch({ platform: id });
    await popoverReady(d);
    const menu = () => {
      d.tray().userClick(platform.trayClick === 'menu-only' ? 'left' : 'right');
      return d.tray().openMenu!;
    };
    menu();
    d.pickTrayMenuItem('open');
    await d.until(() => d.popover().isVisible(), 'Open to show the popover');

    menu();
    d.pickTrayMenuItem('details');
    const details = await d.detailsPage();
    await details.getByRole('tab').first().waitFor();
    expect(d.popover().isVisible()).toBe(false);

    menu();
    d.pickTrayMenuItem('settings');
    await details.getByRole('tab', { name: 'Settings', selected: true }).waitFor();

    expect(menu().getMenuItemById('privacy')?.checked).toBe(false);
    d.pickTrayMenuItem('privacy');
    await d.until(() => menu().getMenuItemById('privacy')?.checked === true, 'the privacy item to be checked');
    d.tray().dismissMenu();

    menu();
    d.pickTrayMenuItem('refresh'); // no key yet: nothing to spend, nothing breaks
    menu();
    d.pickTrayMenuItem('quit');
    await d.until(() => d.world.exited, 'Quit to end the app');
    expect(d.watch.unhandled).toEqual([]);
  });
});

describe('macOS: a left click with a menu set would open both (electron/electron#24196)', () => {
  it('opens only the popover on left click and only the menu on right click', async () => {
    const d = await launch({ platform: 'macos' });
    await popoverReady(d);
    d.tray().userClick('left');
    await d.until(() => d.popover().isVisible(), 'the popover to show');
    expect(d.world.eventsOf('menu-opened')).toEqual([]);
    d.tray().userClick('right');
    expect(d.world.eventsOf('menu-opened').map((e) => e.source)).toEqual(['popUpContextMenu']);
  });
});
