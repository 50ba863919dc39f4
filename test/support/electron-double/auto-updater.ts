// Electron's autoUpdater (docs/api/auto-updater.md), an EventEmitter.
//
// On macOS it is Squirrel.Mac (shell/browser/auto_updater_mac.mm over
// Squirrel's SQRLUpdater.m), modelled here for the 'default' server type:
// - setFeedURL({ url, headers, serverType }) throws a TypeError without a
//   url string, for a serverType other than 'default' or 'json', or for a url
//   that is not one; a running app without a code signature makes
//   SQRLUpdater's init throw "Could not get code signature for running
//   application", which setFeedURL reports as 'error' (the updater stays nil).
// - checkForUpdates() with no updater does nothing (a message to nil).
//   Otherwise 'checking-for-update', then a GET of the feed with its headers
//   and `Accept: application/json` (a native request, not Chromium's net):
//   204 is 'update-not-available'; another non-2xx, or a body without a
//   `url`, is "Update check failed"; a 2xx JSON body's `url` is the ZIP,
//   fetched with `Accept: application/zip` after 'update-available'
//   (non-2xx: "Update download failed"), then 'update-downloaded' with
//   (event, releaseNotes, releaseName, releaseDate, updateURL).
// - quitAndInstall() (electron_api_auto_updater.cc) emits
//   'before-quit-for-update', closes every window, and once none is left
//   ShipIt replaces the app and relaunches it (recorded as 'update-installed'),
//   while the app quits; with nothing downloaded it is "No update available,
//   can't quit and install".
// Elsewhere (Linux here) the native calls are empty (auto_updater.cc): the
// module is only an EventEmitter, which electron-updater itself emits
// 'before-quit-for-update' on before it quits to install (BaseUpdater.js).
//
// Like net.request, only loopback servers a test started answer.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AutoUpdater, FeedURLOptions } from 'electron';
import { preventableEvent } from './electron-event';
import { LOOPBACK } from './net-request';
import type { QuitParticipant } from './app';
import type { DesktopWorld } from './world';

/** Squirrel's failure strings: the description, then ". " and the recovery suggestion (auto_updater_mac.mm). */
const CHECK_FAILED = 'Update check failed. The server sent an invalid response. Try again later.';
const DOWNLOAD_FAILED = 'Update download failed. The server sent an invalid response. Try again later.';
/** NSURLErrorCannotConnectToHost's localizedDescription. */
const CANNOT_CONNECT = 'Could not connect to the server.';

interface Answer {
  status: number;
  body: Buffer;
}

interface SquirrelUpdate {
  url: string;
  notes: string;
  name: string;
  date: Date;
  bytes: Buffer;
}

export interface AutoUpdaterHost {
  world: DesktopWorld;
  /** The app's open windows, which quitAndInstall closes first. */
  windows(): Iterable<QuitParticipant>;
  quitApp(): void;
}

export class AutoUpdaterDouble extends EventEmitter implements Pick<AutoUpdater, 'setFeedURL' | 'getFeedURL' | 'checkForUpdates' | 'quitAndInstall'> {
  private feedUrl = '';
  private updater: { url: URL; headers: Record<string, string> } | null = null;
  private downloaded: SquirrelUpdate | null = null;

  constructor(private readonly host: AutoUpdaterHost) {
    super();
  }

  private get mac(): boolean {
    return this.host.world.platform.processPlatform === 'darwin';
  }

  setFeedURL(options: FeedURLOptions): void {
    this.host.world.touch('autoUpdater.setFeedURL');
    if (!this.mac) return;
    const { url, headers = {}, serverType = 'default' } = (options ?? {}) as Partial<FeedURLOptions>;
    if (typeof url !== 'string') throw new TypeError("Expected options object to contain a 'url' string property in setFeedUrl call");
    if (serverType !== 'default' && serverType !== 'json') throw new TypeError("Expected serverType to be 'default' or 'json'");
    if (serverType === 'json') throw new Error("Electron double: Squirrel.Mac's 'json' server type is not modelled");
    if (!URL.canParse(url)) throw new TypeError("Expected 'url' to be a valid URL");
    this.feedUrl = url;
    this.updater = null;
    if (!this.host.world.options.installed?.signed) {
      this.emitError('Could not get code signature for running application');
      return;
    }
    this.updater = { url: new URL(url), headers: { ...headers } };
  }

  getFeedURL(): string {
    return this.feedUrl;
  }

  checkForUpdates(): void {
    this.host.world.touch('autoUpdater.checkForUpdates');
    const updater = this.updater;
    if (!this.mac || !updater) return;
    queueMicrotask(() => this.emit('checking-for-update'));
    void this.check(updater).then(
      (update) => {
        if (!update) return void this.emit('update-not-available');
        this.downloaded = update;
        this.emit('update-downloaded', preventableEvent(), update.notes, update.name, update.date, update.url);
      },
      (error: Error) => this.emitError(error.message),
    );
  }

  quitAndInstall(): void {
    this.host.world.touch('autoUpdater.quitAndInstall');
    this.emit('before-quit-for-update');
    if (!this.mac) return;
    // WindowList::CloseAllWindows: the install waits for every window to be gone.
    for (const window of [...this.host.windows()]) {
      if (window.isDestroyed()) continue;
      if (!window.closeForQuit()) {
        this.host.world.record({ kind: 'ignored', api: 'autoUpdater.quitAndInstall', why: 'a window refused to close, so the update waits for every window to close' });
        return;
      }
    }
    const update = this.downloaded;
    if (!update) return this.emitError("No update available, can't quit and install");
    this.host.world.record({ kind: 'update-installed', sha512: createHash('sha512').update(update.bytes).digest('base64') });
    this.host.world.record({ kind: 'relaunch-requested' });
    this.host.quitApp();
  }

  private async check(updater: { url: URL; headers: Record<string, string> }): Promise<SquirrelUpdate | null> {
    const feed = await this.get(updater.url, { ...updater.headers, Accept: 'application/json' });
    if (feed.status === 204) return null;
    if (feed.status < 200 || feed.status > 299) throw new Error(CHECK_FAILED);
    const entry = parseEntry(feed.body);
    if (!entry) throw new Error(CHECK_FAILED);
    this.emit('update-available');
    const zipUrl = new URL(entry.url, updater.url);
    const zip = await this.get(zipUrl, { ...updater.headers, Accept: 'application/zip' });
    if (zip.status < 200 || zip.status > 299) throw new Error(DOWNLOAD_FAILED);
    return { url: entry.url, notes: entry.notes ?? '', name: entry.name ?? '', date: new Date(entry.pub_date ?? 0), bytes: zip.body };
  }

  private get(url: URL, headers: Record<string, string>): Promise<Answer> {
    if (!this.host.world.online || !LOOPBACK.has(url.hostname)) {
      if (this.host.world.online) this.host.world.record({ kind: 'ignored', api: 'autoUpdater', why: `${url.origin} is not a loopback server the test started` });
      return Promise.reject(new Error(CANNOT_CONNECT));
    }
    return new Promise((resolve, reject) => {
      const request = httpRequest(url, { method: 'GET', headers }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', () => reject(new Error(CANNOT_CONNECT)));
      });
      request.on('error', () => reject(new Error(CANNOT_CONNECT)));
      request.end();
    });
  }

  /** OnError: an Error whose message is the failure string, and the string itself (electron_api_auto_updater.cc). */
  private emitError(message: string): void {
    this.emit('error', new Error(message), message);
  }
}

/** SQRLUpdate's JSON: `url` is required; `name`, `notes`, `pub_date` are optional. */
function parseEntry(body: Buffer): { url: string; name?: string; notes?: string; pub_date?: string } | null {
  try {
    const entry = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    if (typeof entry.url !== 'string' || !URL.canParse(entry.url)) return null;
    return entry as { url: string };
  } catch {
    return null;
  }
}
