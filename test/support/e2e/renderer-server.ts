// Stands in for main's `app://tallybar/` protocol handler (adapters/app-protocol.ts),
// which Chromium without Electron cannot register: the same built files,
// resolved by the same `resolveRendererFile`, with the same CSP header, served
// from an http origin on 127.0.0.1. `toAppUrl` maps a page URL back to the
// app scheme so the app's real `isAppPageUrl` judges IPC senders.
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { APP_ORIGIN, type PageName, resolveRendererFile } from '../../../main/core/app-url';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../main/core/window-security';
import { RENDERER_DIR, requireBuilt, rendererPage } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  pageUrl(page: PageName, hash?: string): string;
  /** This server's URL as the app:// URL main would have loaded; other URLs unchanged. */
  toAppUrl(url: string): string;
  close(): Promise<void>;
}

export async function startRendererServer(rendererDir: string = RENDERER_DIR): Promise<RendererServer> {
  requireBuilt(rendererPage('popover'));
  const server: Server = createServer((req, res) => {
    void (async () => {
      const file = resolveRendererFile(rendererDir, `${APP_ORIGIN}${req.url ?? '/'}`);
      const body = file ? await readFile(file).catch(() => null) : null;
      if (!file || !body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (file.endsWith('.html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY_HEADER;
      res.writeHead(200, headers).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageUrl: (page, hash) => `${origin}/${page}.html${hash ? `#${hash}` : ''}`,
    toAppUrl: (url) => (url.startsWith(`${origin}/`) ? `${APP_ORIGIN}${url.slice(origin.length)}` : url),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
