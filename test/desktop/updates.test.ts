// Updates through the real built main bundle on the Electron double.
//
// A development build (app.isPackaged false, as under `npm start`) never
// builds electron-updater: Settings says so and the tray offers nothing.
//
// An installed .deb (installApp: app.isPackaged, process.resourcesPath with
// the app-update.yml electron-builder writes, pointed at a generic feed on
// 127.0.0.1) runs electron-updater itself: its DebUpdater reads the feed
// through the double's net.request, downloads through a redirect as GitHub's
// assets answer, checks the sha512, and installs with `dpkg -i` (a recording
// stand-in first on PATH) before it relaunches. Every case of the feed:
// a newer version, none, a download cut off, a file whose hash is wrong,
// no server, and no network.
//
// Tallybar.app on macOS runs electron-updater's MacUpdater over the double's
// Squirrel.Mac (auto-updater.ts): the verified ZIP is served from
// electron-updater's proxy on 127.0.0.1 to Squirrel, whose quitAndInstall
// closes every window before before-quit (so main must let the popover
// close then), and an unsigned app is refused.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Desktop } from '../support/electron-double/desktop';
import { installApp } from '../support/electron-double/installed-app';
import { popoverReady, useDesktop } from '../support/electron-double/use-desktop';
import { FEED_FILE, FEED_PAYLOAD, MAC_FEED_FILE, startUpdateFeed, type FeedMode, type UpdateFeed } from '../support/update-feed';

const launch = useDesktop();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function launchInstalled(mode: FeedMode, options: { offline?: boolean } = {}): Promise<{ d: Desktop; feed: UpdateFeed }> {
  const feed = await startUpdateFeed(mode);
  const root = await mkdtemp(join(tmpdir(), 'tallybar-installed-'));
  cleanups.push(() => feed.close(), () => rm(root, { recursive: true, force: true }));
  const d = await launch({ platform: 'linux-x11', installed: await installApp(root, feed.url), ...options });
  await popoverReady(d);
  return { d, feed };
}

/** Tallybar.app from the mac ZIP, signed unless said otherwise, on a feed of latest-mac.yml. */
async function launchInstalledMac(mode: FeedMode, signed = true): Promise<{ d: Desktop; feed: UpdateFeed }> {
  const feed = await startUpdateFeed(mode, 'mac');
  const root = await mkdtemp(join(tmpdir(), 'tallybar-installed-'));
  cleanups.push(() => feed.close(), () => rm(root, { recursive: true, force: true }));
  const d = await launch({ platform: 'macos', installed: await installApp(root, feed.url, 'mac-zip', { signed }) });
  await popoverReady(d);
  return { d, feed };
}

/** The tray click that opens the menu: the only click on macOS, the right one elsewhere. */
const menuClick = (d: Desktop): void => d.tray().userClick(d.platform.trayClick === 'menu-only' ? 'left' : 'right');

/** The labels of the tray menu as the user sees it when they open it now. */
function trayMenu(d: Desktop): string[] {
  menuClick(d);
  const items = d.world.eventsOf('menu-opened').at(-1)?.items ?? [];
  d.tray().dismissMenu();
  return items;
}

function pickUpdateItem(d: Desktop): void {
  menuClick(d);
  d.pickTrayMenuItem('update');
}

const commandsRun = async (d: Desktop): Promise<string[]> =>
  existsSync(d.machine.commandLog) ? (await readFile(d.machine.commandLog, 'utf8')).split('\n').filter(Boolean) : [];
const pendingFile = (d: Desktop): string => join(d.machine.cacheDir, 'tallybar-updater', 'pending', FEED_FILE);
const readyNotifications = (d: Desktop) => d.electron.notifications.filter((n) => n.title === 'Tallybar 0.2.0 is ready');
const sha512 = (bytes: Buffer): string => createHash('sha512').update(bytes).digest('base64');

async function updatesSection(d: Desktop) {
  d.pickTrayMenuItem('settings');
  const page = await d.detailsPage();
  return page.getByRole('region', { name: 'Updates' });
}

describe('updates in a development build', () => {
  it('never checks: Settings says so, the policy is fixed, and the tray menu has no update item', async () => {
    const d = await launch({ platform: 'linux-x11' });
    await popoverReady(d);
    const items = trayMenu(d);
    expect(items).toContain('Quit Tallybar');
    expect(items.some((label) => /update/i.test(label))).toBe(false);
    d.tray().userClick('right');
    const section = await updatesSection(d);
    await section.getByRole('status').getByText('Updates are checked only in installed builds.').waitFor();
    expect(await section.getByRole('combobox', { name: 'When a new version is out' }).isDisabled()).toBe(true);
    expect(await section.getByRole('button').count()).toBe(0);
  });
});

describe('updates in an installed .deb (electron-updater on the double’s net)', () => {
  it('a newer version: offered at start, downloaded only on the user’s word with progress in the tray, then Restart to Update installs the verified file and relaunches', async () => {
    const { d, feed } = await launchInstalled('newer');
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered in the tray');
    // Policy "ask": nothing is downloaded before the user says so.
    expect(feed.requests).toEqual(['/latest-linux.yml']);

    feed.holdDownload();
    pickUpdateItem(d);
    await d.until(() => trayMenu(d).some((label) => /^Downloading Update 0\.2\.0… [1-9]\d%$/.test(label)), 'the download’s progress in the tray', 10_000);
    feed.release();
    await d.until(() => trayMenu(d).includes('Restart to Update'), 'Restart to Update in the tray');
    expect(feed.requests).toEqual(['/latest-linux.yml', `/${FEED_FILE}`, `/objects/${FEED_FILE}`]);
    expect(readyNotifications(d)).toHaveLength(1);
    expect(sha512(await readFile(pendingFile(d)))).toBe(sha512(FEED_PAYLOAD));

    d.tray().userClick('right');
    const section = await updatesSection(d);
    await section.getByRole('status').getByText('Tallybar 0.2.0 is downloaded and installs when Tallybar restarts.').waitFor();
    expect(await section.getByRole('region', { name: 'Release notes' }).innerText()).toContain('Faster sync & fewer credits.');

    pickUpdateItem(d);
    await d.until(() => d.world.exited, 'the app to quit for the update');
    const commands = await commandsRun(d);
    expect(commands.filter((line) => line.startsWith('dpkg '))).toEqual([`dpkg -i ${pendingFile(d)}`]);
    expect(d.world.eventsOf('relaunch-requested')).toHaveLength(1);
    expect(d.world.eventsOf('ignored')).toEqual([]);
  });

  it('no newer version: Settings says up to date, Check now asks the feed again, and the tray offers nothing', async () => {
    const { d, feed } = await launchInstalled('same');
    d.tray().userClick('right');
    const section = await updatesSection(d);
    await section.getByRole('status').getByText('Tallybar is up to date.').waitFor();
    expect(trayMenu(d).some((label) => /update/i.test(label))).toBe(false);
    await section.getByRole('button', { name: 'Check now' }).click();
    await d.until(() => feed.requests.length === 2, 'a second check');
    expect(feed.requests).toEqual(['/latest-linux.yml', '/latest-linux.yml']);
    await section.getByRole('status').getByText('Tallybar is up to date.').waitFor();
  });

  it('a download cut off mid-way is logged, keeps no file, and the version is offered again; the next try succeeds', async () => {
    const { d, feed } = await launchInstalled('interrupted');
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered');
    pickUpdateItem(d);
    await d.until(() => d.watch.logs.some((line) => line.includes('updates: download of 0.2.0 failed: net::ERR_CONTENT_LENGTH_MISMATCH')), 'the failed download in the log');
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered again');
    expect(existsSync(pendingFile(d))).toBe(false);
    expect(readyNotifications(d)).toEqual([]);

    feed.mode = 'newer';
    pickUpdateItem(d);
    await d.until(() => trayMenu(d).includes('Restart to Update'), 'Restart to Update after the retry');
    expect(readyNotifications(d)).toHaveLength(1);
  });

  it('a file whose sha512 is not the feed’s is refused: logged, no file kept, nothing installed when the app quits', async () => {
    const { d } = await launchInstalled('bad-sha512');
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered');
    pickUpdateItem(d);
    await d.until(() => d.watch.logs.some((line) => /updates: download of 0\.2\.0 failed: .*sha512 checksum mismatch/.test(line)), 'the refused file in the log');
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered again');
    expect(existsSync(pendingFile(d))).toBe(false);
    await d.quitAndWait();
    expect(await commandsRun(d)).toEqual([]);
    expect(readyNotifications(d)).toEqual([]);
  });

  it.each([
    { what: 'no server (connection refused)', offline: false, error: 'net::ERR_CONNECTION_REFUSED' },
    { what: 'no network', offline: true, error: 'net::ERR_INTERNET_DISCONNECTED' },
  ])('$what: the check fails quietly, is logged, and Settings does not claim up to date', async ({ offline, error }) => {
    const feed = await startUpdateFeed('newer');
    const root = await mkdtemp(join(tmpdir(), 'tallybar-installed-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const installed = await installApp(root, feed.url);
    await feed.close();
    const d = await launch({ platform: 'linux-x11', installed, offline });
    await popoverReady(d);
    await d.until(() => d.watch.logs.some((line) => line.includes(`updates: check failed: ${error}`)), `the failed check (${error}) in the log`);
    expect(d.electron.notifications).toEqual([]);
    expect(trayMenu(d).some((label) => /update/i.test(label))).toBe(false);
    d.tray().userClick('right');
    const section = await updatesSection(d);
    await section.getByRole('status').getByText('Tallybar could not reach the update server. It tries again later.').waitFor();
  });

  it("'Download in the background' chosen in Settings fetches the version found at once; quitting then installs it, without a relaunch", async () => {
    const { d, feed } = await launchInstalled('newer');
    d.tray().userClick('right');
    const section = await updatesSection(d);
    await section.getByRole('status').getByText('Update available — Tallybar 0.2.0.').waitFor();
    await section.getByRole('combobox', { name: 'When a new version is out' }).selectOption({ label: 'Download in the background' });
    await section.getByRole('status').getByText('Tallybar 0.2.0 is downloaded and installs when Tallybar restarts.').waitFor();
    expect(feed.requests.filter((path) => path.endsWith(FEED_FILE))).toHaveLength(2);
    await d.until(() => readyNotifications(d).length === 1, 'the ready notification');
    // Its click opens Settings (already open here: it comes to the front).
    readyNotifications(d)[0]!.userClick();

    d.tray().userClick('right');
    d.pickTrayMenuItem('quit');
    await d.until(() => d.world.exited, 'the app to quit');
    expect((await commandsRun(d)).filter((line) => line.startsWith('dpkg '))).toEqual([`dpkg -i ${pendingFile(d)}`]);
    expect(d.world.eventsOf('relaunch-requested')).toEqual([]);
  });
});

describe('updates in Tallybar.app on macOS (electron-updater’s MacUpdater over the double’s Squirrel.Mac)', () => {
  it('a newer version: downloaded and verified on the user’s word, handed to Squirrel through its local proxy, and Restart to Update lets ShipIt install that very file and relaunch', async () => {
    const { d, feed } = await launchInstalledMac('newer');
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered in the menu bar menu');
    expect(feed.requests).toEqual(['/latest-mac.yml']);

    pickUpdateItem(d);
    await d.until(() => trayMenu(d).includes('Restart to Update'), 'Restart to Update in the menu');
    expect(feed.requests).toEqual(['/latest-mac.yml', `/${MAC_FEED_FILE}`, `/objects/${MAC_FEED_FILE}`]);
    expect(readyNotifications(d)).toHaveLength(1);
    // The download stays in the user's own cache (HOME/Library/Caches), for a differential download next time.
    expect(existsSync(join(d.machine.homeDir, 'Library', 'Caches', 'tallybar-updater', 'update.zip'))).toBe(true);

    pickUpdateItem(d);
    await d.until(() => d.world.exited, 'the app to quit for the update');
    // Squirrel fetched the ZIP from electron-updater's proxy and installed exactly the bytes the feed's sha512 names.
    expect(d.world.eventsOf('update-installed')).toEqual([{ kind: 'update-installed', sha512: sha512(FEED_PAYLOAD) }]);
    expect(d.world.eventsOf('relaunch-requested')).toHaveLength(1);
    expect(d.world.eventsOf('ignored')).toEqual([]);
    expect(d.world.eventsOf('used-after-exit')).toEqual([]);
  });

  it('an unsigned app, which Squirrel.Mac will not update: the refusal is logged, the version is offered again, and no restart is promised', async () => {
    const { d } = await launchInstalledMac('newer', false);
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered');
    pickUpdateItem(d);
    await d.until(
      () => d.watch.logs.some((line) => line.includes('updates: download of 0.2.0 failed: Could not get code signature for running application')),
      'Squirrel’s refusal in the log',
    );
    // Not stuck at "Downloading… 100%", and no Restart to Update that could never install.
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered again');
    expect(trayMenu(d)).not.toContain('Restart to Update');
    // A second try (electron-updater's first download never settles) fails at once the same way, never hanging.
    pickUpdateItem(d);
    const refusals = () => d.watch.logs.filter((line) => line.includes('download of 0.2.0 failed: Could not get code signature')).length;
    await d.until(() => refusals() === 2, 'the second refusal in the log');
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered once more');
    expect(readyNotifications(d)).toEqual([]);
    await d.quitAndWait();
    expect(d.world.eventsOf('update-installed')).toEqual([]);
  });

  it.each([
    { mode: 'interrupted' as const, failure: 'net::ERR_CONTENT_LENGTH_MISMATCH' },
    { mode: 'bad-sha512' as const, failure: 'sha512 checksum mismatch' },
  ])('a download that is $mode: logged, nothing handed to Squirrel, the version offered again, nothing installed at quit', async ({ mode, failure }) => {
    const { d } = await launchInstalledMac(mode);
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered');
    pickUpdateItem(d);
    await d.until(() => d.watch.logs.some((line) => line.includes('updates: download of 0.2.0 failed:') && line.includes(failure)), `the failed download (${failure}) in the log`);
    await d.until(() => trayMenu(d).includes('Update 0.2.0 Available — Download'), 'the update to be offered again');
    expect(d.watch.logs.some((line) => line.includes('Proxy server for native Squirrel.Mac'))).toBe(false);
    expect(readyNotifications(d)).toEqual([]);
    await d.quitAndWait();
    expect(d.world.eventsOf('update-installed')).toEqual([]);
  });

  it('no network: the check fails quietly, is logged, and Settings does not claim up to date', async () => {
    const feed = await startUpdateFeed('newer', 'mac');
    const root = await mkdtemp(join(tmpdir(), 'tallybar-installed-'));
    cleanups.push(() => feed.close(), () => rm(root, { recursive: true, force: true }));
    const d = await launch({ platform: 'macos', installed: await installApp(root, feed.url, 'mac-zip'), offline: true });
    await popoverReady(d);
    await d.until(() => d.watch.logs.some((line) => line.includes('updates: check failed: net::ERR_INTERNET_DISCONNECTED')), 'the failed check in the log');
    expect(feed.requests).toEqual([]);
    menuClick(d);
    const section = await updatesSection(d);
    await section.getByRole('status').getByText('Tallybar could not reach the update server. It tries again later.').waitFor();
  });

  it('no newer version: Settings says up to date and the menu offers nothing', async () => {
    const { d, feed } = await launchInstalledMac('same');
    menuClick(d);
    const section = await updatesSection(d);
    await section.getByRole('status').getByText('Tallybar is up to date.').waitFor();
    expect(feed.requests).toEqual(['/latest-mac.yml']);
    expect(trayMenu(d).some((label) => /update/i.test(label))).toBe(false);
  });
});
