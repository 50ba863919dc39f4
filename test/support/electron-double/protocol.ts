// Electron's `protocol` and `net`, for what Tallybar serves its pages with.
// Chromium outside Electron cannot register a scheme, so pages on a
// privileged standard scheme (app://tallybar/…) are loaded from a 127.0.0.1
// server that answers every request by calling the handler the app gave
// protocol.handle — the app's own code decides every byte. URLs are mapped
// back, so main sees app:// in getURL(), senderFrame.url and navigations.
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CustomScheme, Net, Protocol } from 'electron';
import type { DesktopWorld } from './world';

type Handler = Parameters<Protocol['handle']>[1];

export class ProtocolDouble implements Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'isProtocolHandled' | 'unhandle'> {
  readonly privileged = new Map<string, NonNullable<CustomScheme['privileges']>>();
  private readonly handlers = new Map<string, Handler>();
  private readonly servers = new Map<string, { server: Server; origin: string }>();
  private registeredOnce = false;

  constructor(private readonly world: DesktopWorld) {}

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    // shell/browser/api/electron_api_protocol.cc: "should be called before app is ready".
    if (this.world.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    // protocol.md: "can be called only once".
    if (this.registeredOnce) throw new Error('protocol.registerSchemesAsPrivileged can be called only once (protocol.md)');
    this.registeredOnce = true;
    for (const { scheme, privileges = {} } of schemes) {
      if (privileges.codeCache && !privileges.standard) {
        throw new Error('Code cache can only be enabled when the custom scheme is registered as standard scheme.');
      }
      this.privileged.set(scheme, privileges);
    }
  }

  handle(scheme: string, handler: Handler): void {
    // protocol.md: "The protocol module … can not be used before the ready event".
    this.world.requireReady('protocol.handle cannot be used before the app is ready (protocol.md)');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** What a page asking for `url` gets: the handler's status, or a network error. */
  async request(url: string): Promise<{ status: number } | { networkError: true }> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) return { networkError: true };
    try {
      const response = await handler(new Request(url) as GlobalRequest);
      return response.type === 'error' ? { networkError: true } : { status: response.status };
    } catch {
      return { networkError: true };
    }
  }

  /** The URL a Chromium page can load for `url` (app:// → a server of its own origin; anything else unchanged). */
  async toPageUrl(url: string): Promise<string> {
    const parsed = new URL(url);
    const scheme = parsed.protocol.slice(0, -1);
    if (!this.privileged.has(scheme) && !this.handlers.has(scheme)) return url;
    // Without `standard`, Chromium does not parse a host out of scheme://host/path.
    if (!this.privileged.get(scheme)?.standard) throw new Error(`ERR_UNKNOWN_URL_SCHEME: ${scheme} is not a standard scheme`);
    const origin = await this.serverFor(`${scheme}://${parsed.host}`);
    return `${origin}${parsed.pathname}${parsed.search}${parsed.hash}`;
  }

  /** A page URL back to what Electron would report (getURL, senderFrame.url). */
  toAppUrl(url: string): string {
    for (const [appOrigin, served] of this.servers) {
      if (url === served.origin || url.startsWith(`${served.origin}/`)) return `${appOrigin}${url.slice(served.origin.length)}`;
    }
    return url;
  }

  async close(): Promise<void> {
    const servers = [...this.servers.values()];
    this.servers.clear();
    await Promise.all(
      servers.map(({ server }) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
  }

  /** One 127.0.0.1 server per app origin, so absolute paths (/assets/…) stay on it, as on app://tallybar. */
  private async serverFor(appOrigin: string): Promise<string> {
    const existing = this.servers.get(appOrigin);
    if (existing) return existing.origin;
    const server = createServer((req, res) => void this.serve(appOrigin, req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.servers.set(appOrigin, { server, origin });
    return origin;
  }

  private async serve(appOrigin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const appUrl = `${appOrigin}${req.url ?? '/'}`;
    const scheme = appOrigin.slice(0, appOrigin.indexOf(':'));
    const handler = this.handlers.get(scheme);
    // fetch() of a custom scheme needs the supportFetchAPI privilege (protocol.md, CustomScheme).
    const fromFetch = req.headers['sec-fetch-dest'] === 'empty';
    if (!handler || (fromFetch && !this.privileged.get(scheme)?.supportFetchAPI)) {
      req.socket.destroy();
      return;
    }
    try {
      const response = await handler(new Request(appUrl, { method: req.method ?? 'GET' }) as GlobalRequest);
      // lib/browser/api/protocol.ts: a Response of type 'error' becomes net::ERR_FAILED.
      if (response.type === 'error') {
        req.socket.destroy();
        return;
      }
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body) Readable.fromWeb(response.body as WebReadableStream).pipe(res);
      else res.end();
    } catch {
      // lib/browser/api/protocol.ts: a throwing handler is ERR_UNEXPECTED.
      req.socket.destroy();
    }
  }
}

type GlobalRequest = Parameters<Handler>[0];

const FILE_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** net.fetch for the schemes main uses: file: from disk (Chromium's file loader), http(s) through Node. */
export function createNetDouble(world: DesktopWorld): Pick<Net, 'fetch' | 'isOnline'> {
  return {
    async fetch(input: string | GlobalRequest) {
      const url = typeof input === 'string' ? input : input.url;
      if (!url.startsWith('file:')) return fetch(url) as unknown as Response;
      const body = await readFile(fileURLToPath(url)).catch(() => {
        // Chromium's file loader: a missing file is a network error, not a 404.
        throw new TypeError('net::ERR_FILE_NOT_FOUND');
      });
      // Chromium's file loader types a file by its extension.
      const type = FILE_TYPES[extname(url)] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } }) as unknown as Response;
    },
    isOnline: () => world.online,
  };
}
