// One scenario per platform defect the review of the Electron-only code found;
// each fails on the code before its fix (see the commit that added it).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_API_KEY } from '../support/double-helpers';
import { bodyText, submitApiKey } from '../support/e2e/scenario-helpers';
import { openPopoverFromTray, popoverReady, showPopover, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

describe('Linux key protection is judged by what the async API really uses', () => {
  it('a GNOME session with no Secret Service running (hard-coded key) refuses to store keys and says how to fix it', async () => {
    // getSelectedStorageBackend() still says gnome_libsecret: the desktop's name, not the encryptor's key.
    const d = await launch({ platform: 'linux-x11', safeStorage: { backend: 'gnome_libsecret', cipherPrefix: 'v10' } });
    const page = await popoverReady(d);
    await d.until(async () => /no Secret Service keyring is running/.test(await bodyText(page)), 'the refusal to show');
    expect(await bodyText(page)).toMatch(/gnome-keyring.*KWallet/s);
    expect(await page.getByLabel('CoinStats API key').isDisabled()).toBe(true);
    expect(existsSync(join(d.machine.userDataDir, 'secrets.json'))).toBe(false);
  });

  it('a running keyring (v11 ciphertext) is accepted', async () => {
    const d = await launch({ platform: 'linux-x11' });
    const page = await popoverReady(d);
    expect(await page.getByLabel('CoinStats API key').isDisabled()).toBe(false);
    expect(await bodyText(page)).not.toMatch(/cannot store keys safely/);
  });
});

describe('tray icons are picked by the bar they are drawn on', () => {
  it('GNOME: the top bar is dark in the light theme too, so the light glyph', async () => {
    const d = await launch({ platform: 'linux-x11', appDark: false });
    await popoverReady(d);
    expect(d.tray().image.path).toMatch(/tray-normal-dark\.png$/);
  });

  it('Windows: the taskbar follows the system theme (dark) while the app is light', async () => {
    const d = await launch({ platform: 'windows', appDark: false });
    await popoverReady(d);
    expect(d.tray().image.path).toMatch(/tray-normal-dark\.ico$/);
  });

  it('macOS: a template image, tinted by the menu bar itself', async () => {
    const d = await launch({ platform: 'macos', appDark: true });
    await popoverReady(d);
    expect(d.tray().image.isTemplateImage()).toBe(true);
  });
});

describe('Wayland: the compositor places windows', () => {
  it('the popover is a normal framed window the compositor places; nothing tries to move it', async () => {
    const d = await launch({ platform: 'linux-wayland' });
    await popoverReady(d);
    expect(d.popover().options.frame).not.toBe(false);
    await openPopoverFromTray(d);
    expect(d.world.eventsOf('ignored').filter((e) => e.api === 'BrowserWindow.setPosition')).toEqual([]);
    const area = d.platform.displays[0]!.workArea;
    const bounds = d.popover().screenBounds();
    expect(bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height).toBe(true);
  });

  it('X11 keeps the frameless popover anchored to the pointer', async () => {
    const d = await launch({ platform: 'linux-x11' });
    await popoverReady(d);
    expect(d.popover().options.frame).toBe(false);
    await openPopoverFromTray(d);
    // Under the pointer in GNOME's top bar, clamped into the work area.
    expect(d.popover().screenBounds().y).toBe(d.platform.displays[0]!.workArea.y);
  });
});

describe('GNOME without the AppIndicator extension draws no tray icon', () => {
  it('opens the details window instead, with a hint shown once', async () => {
    const d = await launch({ platform: 'linux-no-tray' });
    const details = await d.detailsPage();
    await d.until(async () => /shows no tray icons/.test(await bodyText(details)), 'the hint');
    expect(await bodyText(details)).toMatch(/AppIndicator/);
    await d.quitAndWait();

    const again = await launch({ platform: 'linux-no-tray', machine: d.machine });
    const page = await again.detailsPage();
    await page.getByRole('tab').first().waitFor();
    await new Promise((r) => setTimeout(r, 300));
    expect(await bodyText(page)).not.toMatch(/shows no tray icons/);
  });

  it('a desktop with a tray host opens no window at start', async () => {
    const d = await launch({ platform: 'linux-x11' });
    await popoverReady(d);
    await new Promise((r) => setTimeout(r, 300));
    expect(d.details()).toBeNull();
  });
});

describe('macOS niceties', () => {
  it('showing the popover on all workspaces does not flash the Dock', async () => {
    const d = await launch({ platform: 'macos' });
    await popoverReady(d);
    expect(d.world.eventsOf('dock-flashed')).toEqual([]);
    expect(d.electron.app.dock?.isVisible()).toBe(false);
  });
});

describe('the app:// handler', () => {
  it('answers a missing file with a network error, not a 404 page, and serves what exists', async () => {
    const d = await launch({ platform: 'linux-x11' });
    await popoverReady(d);
    expect(await d.electron.protocol.request('app://tallybar/missing.js')).toEqual({ networkError: true });
    expect(await d.electron.protocol.request('app://tallybar/../package.json')).toEqual({ networkError: true });
    expect(await d.electron.protocol.request('app://tallybar/popover.html')).toEqual({ status: 200 });
    expect(d.electron.protocol.privileged.get('app')).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('a keyring that is locked or changed after keys were saved', () => {
  it('locked: the app still starts, says to unlock, and keeps the key; unlocked: the key works again', async () => {
    const first = await launch({ platform: 'linux-x11' });
    const page = await popoverReady(first);
    await showPopover(first);
    await submitApiKey(page, TEST_API_KEY);
    await page.getByRole('combobox', { name: 'Exchange' }).waitFor();
    await first.quitAndWait();

    const locked = await launch({ platform: 'linux-x11', machine: first.machine, safeStorage: { locked: true } });
    const lockedPage = await popoverReady(locked);
    expect(locked.watch.unhandled).toEqual([]);
    expect(locked.tray().image.isEmpty()).toBe(false);
    await locked.until(async () => /locked/i.test(await bodyText(lockedPage)), 'the locked-keyring message');
    expect(await bodyText(lockedPage)).not.toMatch(/enter it again/);
    await locked.quitAndWait();
    expect(JSON.parse(await readFile(join(first.machine.userDataDir, 'secrets.json'), 'utf8')).apiKey).toEqual(expect.any(String));

    const unlocked = await launch({ platform: 'linux-x11', machine: first.machine });
    const unlockedPage = await popoverReady(unlocked);
    await unlockedPage.getByRole('combobox', { name: 'Exchange' }).waitFor();
    await unlocked.quitAndWait();

    // Another keyring (reinstalled, or the files copied to another machine): the key must be entered again.
    const changed = await launch({ platform: 'linux-x11', machine: { ...first.machine, keyringKey: randomBytes(32) } });
    const changedPage = await popoverReady(changed);
    await changed.until(async () => /may have changed; enter it again/.test(await bodyText(changedPage)), 'the enter-it-again message');
    expect(changed.watch.unhandled).toEqual([]);
  });
});
