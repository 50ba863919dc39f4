// Thin adapter: serves out/renderer on app://tallybar/ (see core/app-url.ts
// for why not file://) and adds the CSP as a response header too.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, resolveRendererFile } from '../core/app-url';
import { CONTENT_SECURITY_POLICY_HEADER } from '../core/window-security';

/** Must run before app ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** After app ready: answer app:// requests from the built renderer files only. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(rendererDir, request.url);
    // A missing file is a network error, as it is for file:// (a 404 page
    // would let a broken build load as a blank window); Response.error()
    // becomes net::ERR_FAILED (lib/browser/api/protocol.ts).
    if (!file) return Response.error();
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => Response.error());
    if (response.type === 'error') return response;
    if (!file.endsWith('.html')) return response;
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER);
    headers.set('Content-Type', 'text/html; charset=utf-8');
    return new Response(response.body, { status: response.status, headers });
  });
}
