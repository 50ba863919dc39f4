// A local update server on 127.0.0.1, as electron-updater's generic provider
// reads one: `latest-linux.yml` (or `latest-mac.yml`, naming the mac ZIP)
// naming a file and its sha512, and the file,
// which (as a GitHub release asset does) answers with a redirect to where the
// bytes are. Each fault a real feed has is a mode: no newer version, a body
// cut off mid-way, a file whose hash is not the feed's, and no server at all.
// `holdDownload()` makes the next download send half, pause long enough for
// electron-updater to report progress, and wait for `release()`.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeedMode = 'newer' | 'same' | 'interrupted' | 'bad-sha512';

/** The feed's platforms: the channel file electron-updater asks for, and the file it names. */
const CHANNELS = {
  linux: { metadata: '/latest-linux.yml', file: 'Tallybar-0.2.0.deb' },
  mac: { metadata: '/latest-mac.yml', file: 'Tallybar-0.2.0-mac.zip' },
} as const;
export type FeedPlatform = keyof typeof CHANNELS;
export const FEED_FILE = CHANNELS.linux.file;
export const MAC_FEED_FILE = CHANNELS.mac.file;
/** A "package" big enough that a cut-off body is mid-stream. */
export const FEED_PAYLOAD = Buffer.alloc(256 * 1024, 'tallybar-0.2.0 ');
export const FEED_NOTES = '<h2>Tallybar 0.2.0</h2><p>Faster sync &amp; fewer credits.</p><ul><li>Updates</li><li>Alerts</li></ul><script>alert(1)</script>';

export interface UpdateFeed {
  url: string;
  /** What the feed answers from now on. */
  mode: FeedMode;
  /** Paths requested, in order. */
  requests: string[];
  holdDownload(): void;
  release(): void;
  close(): Promise<void>;
}

/** electron-updater reports progress at most once a second (builder-util-runtime ProgressCallbackTransform). */
const PROGRESS_INTERVAL_MS = 1_000;

function metadata(mode: FeedMode, file: string): string {
  const version = mode === 'same' ? '0.1.0' : '0.2.0';
  const hashed = mode === 'bad-sha512' ? Buffer.from('not the file') : FEED_PAYLOAD;
  const sha512 = createHash('sha512').update(hashed).digest('base64');
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${sha512}`,
    `    size: ${FEED_PAYLOAD.length}`,
    `path: ${file}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-12-01T00:00:00.000Z'",
    `releaseNotes: '${FEED_NOTES}'`,
    '',
  ].join('\n');
}

export async function startUpdateFeed(mode: FeedMode, platform: FeedPlatform = 'linux'): Promise<UpdateFeed> {
  const requests: string[] = [];
  const channel = CHANNELS[platform];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === channel.metadata) {
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(metadata(feed.mode, channel.file));
      return;
    }
    if (path === `/${channel.file}`) {
      res.writeHead(302, { location: `/objects/${channel.file}` }).end();
      return;
    }
    if (path !== `/objects/${channel.file}`) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(FEED_PAYLOAD.length) });
    const half = FEED_PAYLOAD.length / 2;
    if (feed.mode === 'interrupted') {
      // Half the announced body, then the connection drops.
      res.write(FEED_PAYLOAD.subarray(0, half), () => res.socket?.destroy());
      return;
    }
    if (!held) {
      res.end(FEED_PAYLOAD);
      return;
    }
    const gate = held;
    held = null;
    res.write(FEED_PAYLOAD.subarray(0, half));
    setTimeout(() => res.write(FEED_PAYLOAD.subarray(half, half + 1024)), PROGRESS_INTERVAL_MS + 100);
    void gate.promise.then(() => res.end(FEED_PAYLOAD.subarray(half + 1024)));
  });
  interface Hold {
    promise: Promise<void>;
    resolve(): void;
  }
  let held: Hold | null = null;
  const holds: Hold[] = [];
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const feed: UpdateFeed = {
    url: `http://127.0.0.1:${port}/`,
    mode,
    requests,
    holdDownload() {
      let resolve = (): void => undefined;
      const promise = new Promise<void>((r) => (resolve = r));
      held = { promise, resolve };
      holds.push(held);
    },
    release() {
      for (const hold of holds.splice(0)) hold.resolve();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return feed;
}
