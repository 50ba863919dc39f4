// The suite must never reach the internet: pages may load file:// and talk to
// servers on 127.0.0.1 (the CoinStats double), nothing else. Everything else
// is aborted and remembered, and the harness fails the test that caused it,
// so an accidental CDN font or remote icon cannot slip in unnoticed.
import type { BrowserContext } from 'playwright-core';

const LOCAL_PROTOCOLS = new Set(['file:', 'data:', 'blob:', 'about:']);

export function isAllowedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (LOCAL_PROTOCOLS.has(url.protocol)) return true;
  return (url.protocol === 'http:' || url.protocol === 'ws:') && url.hostname === '127.0.0.1';
}

export interface NetworkGuard {
  /** URLs the pages tried to reach and were refused, in order. */
  readonly blocked: string[];
  /** Throws, naming the URLs, if any page tried to leave 127.0.0.1. */
  assertNoExternalRequests(): void;
}

export async function guardNetwork(context: BrowserContext): Promise<NetworkGuard> {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowedUrl(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  // WebSockets bypass context.route: close any that is not local.
  await context.routeWebSocket(/.*/, (ws) => {
    if (isAllowedUrl(ws.url())) return ws.connectToServer();
    blocked.push(ws.url());
    return ws.close({ code: 1008, reason: 'blocked by the Tallybar e2e network guard' });
  });
  return {
    blocked,
    assertNoExternalRequests() {
      if (blocked.length > 0) {
        throw new Error(`The page tried to reach hosts other than 127.0.0.1 (blocked): ${[...new Set(blocked)].join(', ')}`);
      }
    },
  };
}
