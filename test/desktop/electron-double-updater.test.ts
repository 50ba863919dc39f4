// The double's autoUpdater on its own: Squirrel.Mac's rules on macOS
// (shell/browser/auto_updater_mac.mm, Squirrel's SQRLUpdater.m,
// electron_api_auto_updater.cc) and the empty native calls elsewhere
// (auto_updater.cc), checked on the double itself so an update scenario cannot
// pass on a double that forgot one.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { AutoUpdaterDouble } from '../support/electron-double/auto-updater';
import { createElectronDouble } from '../support/electron-double/electron-double';
import type { InstalledApp } from '../support/electron-double/installed-app';
import { PLATFORMS, type PlatformId } from '../support/electron-double/platforms';
import { DesktopWorld, newMachine } from '../support/electron-double/world';

function double(id: PlatformId, installed?: Partial<InstalledApp>) {
  const platform = PLATFORMS[id];
  const world = new DesktopWorld({
    platform,
    machine: newMachine('/nowhere/u', '/nowhere/d'),
    context: {} as BrowserContext,
    appPath: '/nowhere',
    version: '0.1.0',
    installerAumid: 'x',
    safeStorage: platform.safeStorage,
    ...(installed ? { installed: { kind: 'mac-zip', resourcesDir: '/nowhere/r', signed: true, ...installed } } : {}),
  });
  const electron = createElectronDouble(world);
  electron.app.emitReady();
  const updater = electron.module.autoUpdater as AutoUpdaterDouble;
  const events: string[] = [];
  for (const name of ['checking-for-update', 'update-available', 'update-not-available', 'update-downloaded', 'before-quit-for-update']) {
    updater.on(name, () => events.push(name));
  }
  updater.on('error', (error: Error, message: string) => events.push(`error: ${message}`, `error object: ${error.message}`));
  return { world, electron, updater, events };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));
});

/** A Squirrel feed: `feed` answers `/`, and /update.zip is the ZIP; every request's headers are kept. */
async function squirrelFeed(feed: { status: number; body?: string }, zipStatus = 200) {
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    if (req.url === '/update.zip') return void res.writeHead(zipStatus).end('PK\u0003\u0004zip');
    res.writeHead(feed.status, { 'content-type': 'application/json' }).end(feed.body ?? '');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen };
}

const settled = (events: string[], last: RegExp) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = (): void => {
      if (events.some((e) => last.test(e))) return resolve();
      if (Date.now() - started > 5_000) return reject(new Error(`no ${last} in ${JSON.stringify(events)}`));
      setTimeout(poll, 10);
    };
    poll();
  });

describe('autoUpdater on macOS (Squirrel.Mac)', () => {
  it('setFeedURL: a TypeError without a url string, for an unknown serverType, or for a url that is not one', () => {
    const { updater } = double('macos', {});
    expect(() => updater.setFeedURL({} as never)).toThrow("Expected options object to contain a 'url' string property in setFeedUrl call");
    expect(() => updater.setFeedURL({ url: 'http://127.0.0.1/', serverType: 'sparkle' as never })).toThrow("Expected serverType to be 'default' or 'json'");
    expect(() => updater.setFeedURL({ url: 'not a url' })).toThrow("Expected 'url' to be a valid URL");
    expect(updater.getFeedURL()).toBe('');
  });

  it('an unsigned app: setFeedURL reports that it has no code signature, and checkForUpdates then does nothing', async () => {
    const { updater, events } = double('macos', { signed: false });
    const feed = await squirrelFeed({ status: 204 });
    updater.setFeedURL({ url: feed.url });
    expect(events).toEqual(['error: Could not get code signature for running application', 'error object: Could not get code signature for running application']);
    expect(updater.getFeedURL()).toBe(feed.url);
    updater.checkForUpdates();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(feed.seen).toEqual([]);
  });

  it('204 is no update; the request carries the feed’s headers and Accept: application/json', async () => {
    const { updater, events } = double('macos', {});
    const feed = await squirrelFeed({ status: 204 });
    updater.setFeedURL({ url: feed.url, headers: { Authorization: 'Basic abc' } });
    updater.checkForUpdates();
    await settled(events, /update-not-available/);
    expect(events).toEqual(['checking-for-update', 'update-not-available']);
    expect(feed.seen[0]?.headers).toMatchObject({ authorization: 'Basic abc', accept: 'application/json' });
  });

  it('a ZIP’s url: update-available, the ZIP fetched with Accept: application/zip, then update-downloaded; quitAndInstall installs it', async () => {
    const { updater, events, world } = double('macos', {});
    const zipHost = await squirrelFeed({ status: 200, body: '' });
    const feed = await squirrelFeed({ status: 200, body: JSON.stringify({ url: `${zipHost.url}/update.zip`, name: '0.2.0', notes: 'Faster.' }) });
    updater.setFeedURL({ url: feed.url });
    updater.checkForUpdates();
    await settled(events, /update-downloaded/);
    expect(events).toEqual(['checking-for-update', 'update-available', 'update-downloaded']);
    expect(zipHost.seen.map((s) => [s.path, s.headers.accept])).toEqual([['/update.zip', 'application/zip']]);
    updater.quitAndInstall();
    expect(events.at(-1)).toBe('before-quit-for-update');
    expect(world.eventsOf('update-installed')).toHaveLength(1);
    expect(world.eventsOf('relaunch-requested')).toHaveLength(1);
  });

  it.each([
    ['a feed answering 500', { status: 500 }],
    ['a body without a url', { status: 200, body: '{"name":"0.2.0"}' }],
    ['a body that is not JSON', { status: 200, body: '<html>' }],
  ])('%s is "Update check failed", said as Squirrel says it', async (_, answer) => {
    const message = 'Update check failed. The server sent an invalid response. Try again later.';
    const { updater, events } = double('macos', {});
    const feed = await squirrelFeed(answer);
    updater.setFeedURL({ url: feed.url });
    updater.checkForUpdates();
    await settled(events, /^error: /);
    expect(events).toContain(`error: ${message}`);
    expect(events).not.toContain('update-downloaded');
  });

  it('a ZIP that cannot be had is "Update download failed"; a host that is not a test’s server cannot be reached', async () => {
    const zip = await squirrelFeed({ status: 200, body: '' }, 404);
    const feed = await squirrelFeed({ status: 200, body: JSON.stringify({ url: `${zip.url}/update.zip` }) });
    const a = double('macos', {});
    a.updater.setFeedURL({ url: feed.url });
    a.updater.checkForUpdates();
    await settled(a.events, /^error: /);
    expect(a.events).toContain('error: Update download failed. The server sent an invalid response. Try again later.');

    const b = double('macos', {});
    b.updater.setFeedURL({ url: 'https://updates.example.com/feed' });
    b.updater.checkForUpdates();
    await settled(b.events, /^error: /);
    expect(b.events).toContain('error: Could not connect to the server.');
    expect(b.world.eventsOf('ignored')).toHaveLength(1);
  });

  it("quitAndInstall with nothing downloaded: before-quit-for-update, then \"No update available, can't quit and install\"", () => {
    const { updater, events, world } = double('macos', {});
    updater.quitAndInstall();
    expect(events).toEqual(['before-quit-for-update', "error: No update available, can't quit and install", "error object: No update available, can't quit and install"]);
    expect(world.eventsOf('update-installed')).toEqual([]);
  });
});

describe('autoUpdater on Linux (auto_updater.cc: the native calls are empty)', () => {
  it('setFeedURL, getFeedURL and checkForUpdates do nothing; quitAndInstall only emits before-quit-for-update', async () => {
    const { updater, events, world } = double('linux-x11');
    const feed = await squirrelFeed({ status: 204 });
    updater.setFeedURL({ url: feed.url });
    expect(updater.getFeedURL()).toBe('');
    updater.checkForUpdates();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(feed.seen).toEqual([]);
    updater.quitAndInstall();
    expect(events).toEqual(['before-quit-for-update']);
    expect(world.exited).toBe(false);
  });
});
