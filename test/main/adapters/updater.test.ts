// The updater adapter against a real electron-updater (its DebUpdater, the
// class a packaged .deb gets) reading a generic feed on 127.0.0.1. Plain Node
// has no Electron, so the two parts electron-updater takes from it are given
// at its own seams: `app` as its AppAdapter interface (version, paths,
// isPackaged — what ElectronAppAdapter reads from Electron's app), and HTTP as
// builder-util's NodeHttpExecutor instead of Electron's `net` (the executor
// electron-builder's own updater tests use). Everything else — the feed
// parsing, version comparison, download, sha512 check — is electron-updater's.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeHttpExecutor } from 'builder-util/out/nodeHttpExecutor';
import { configureRequestOptions, configureRequestUrl, type DownloadOptions } from 'builder-util-runtime';
import { DebUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { afterEach, describe, expect, it } from 'vitest';
import { createElectronUpdater } from '../../../main/adapters/updater';
import type { UpdaterPort } from '../../../main/ports';
import { useTempDirs } from '../../support/temp-dir';
import { FEED_FILE, FEED_NOTES, startUpdateFeed, type FeedMode, type UpdateFeed } from '../../support/update-feed';

/**
 * Node's http in place of Electron's `net`: builder-util's executor, plus the
 * `download` only electron-updater's ElectronHttpExecutor has — copied from it
 * (electron-updater/out/electronHttpExecutor.js), so the download path is the same.
 */
class NodeDownloadExecutor extends NodeHttpExecutor {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers ?? undefined, redirect: 'manual' };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      const callback = (error: Error | null): void => (error == null ? resolve(destination) : reject(error));
      this.doDownload(requestOptions, { destination, options, onCancel, callback, responseHandler: null }, 0);
    });
  }
}

const tempDir = useTempDirs('tallybar-updater-');
const feeds: UpdateFeed[] = [];
afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.close();
});

interface Setup {
  port: UpdaterPort;
  feed: UpdateFeed;
  logs: string[];
  cacheDir: string;
}

async function setup(mode: FeedMode): Promise<Setup> {
  const feed = await startUpdateFeed(mode);
  feeds.push(feed);
  const dir = await tempDir();
  // What electron-builder writes into resources/app-update.yml, pointed at the local feed.
  const configPath = join(dir, 'app-update.yml');
  await writeFile(configPath, `provider: generic\nurl: ${feed.url}\nupdaterCacheDirName: tallybar-updater\n`);
  const app: AppAdapter = {
    version: '0.1.0',
    name: 'Tallybar',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: join(dir, 'userData'),
    baseCachePath: join(dir, 'cache'),
    whenReady: async () => undefined,
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  const updater = new DebUpdater(null, app);
  // The executor Electron's `net` would be (see the file comment).
  Object.assign(updater, { httpExecutor: new NodeDownloadExecutor() });
  const logs: string[] = [];
  return { port: createElectronUpdater(updater, (line) => void logs.push(line)), feed, logs, cacheDir: join(dir, 'cache', 'tallybar-updater') };
}

describe('updater adapter (electron-updater, generic feed on 127.0.0.1)', () => {
  it('finds a newer version with its release notes, downloads it with progress and keeps the verified file', async () => {
    const { port, feed, cacheDir } = await setup('newer');
    const found = await port.check();
    expect(found).toEqual({ version: '0.2.0', releaseNotes: FEED_NOTES });
    const progress: number[] = [];
    await port.download((percent) => void progress.push(percent));
    expect(feed.requests).toContain(`/${FEED_FILE}`);
    expect(progress.at(-1)).toBe(100);
    expect(existsSync(join(cacheDir, 'pending', FEED_FILE))).toBe(true);
  });

  it('answers null when the feed lists the running version', async () => {
    const { port, feed } = await setup('same');
    await expect(port.check()).resolves.toBeNull();
    expect(feed.requests).toEqual(['/latest-linux.yml']);
  });

  it('rejects a download the server cuts off mid-body, and keeps no file', async () => {
    const { port, cacheDir } = await setup('interrupted');
    await expect(port.check()).resolves.toMatchObject({ version: '0.2.0' });
    await expect(port.download(() => undefined)).rejects.toThrow();
    expect(existsSync(join(cacheDir, 'pending', FEED_FILE))).toBe(false);
  });

  it('rejects a file whose sha512 is not the one the feed lists, and keeps no file', async () => {
    const { port, cacheDir } = await setup('bad-sha512');
    await port.check();
    await expect(port.download(() => undefined)).rejects.toThrow(/sha512 checksum mismatch/);
    expect(existsSync(join(cacheDir, 'pending', FEED_FILE))).toBe(false);
  });

  it('rejects a check when nothing answers (offline: connection refused)', async () => {
    const { port, feed, logs } = await setup('newer');
    await feed.close();
    await expect(port.check()).rejects.toThrow(/ECONNREFUSED/);
    expect(logs.some((line) => line.startsWith('updates: '))).toBe(true);
  });
});
