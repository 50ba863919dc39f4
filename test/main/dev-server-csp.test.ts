// `npm run dev` serves the renderer from Vite's dev server, whose client
// injects <style> elements and talks to the server over a websocket; the
// pages' CSP meta tag would block both. electron.vite.config.ts relaxes the
// policy in serve mode only. These tests run the renderer config through
// Vite itself: a real dev server on 127.0.0.1 serves relaxed pages, a real
// (in-memory) build keeps the policy byte for byte.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, resolveConfig, type InlineConfig, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { devServerCsp, relaxCspForDevServer } from '../../electron.vite.config';

const root = join(import.meta.dirname, '..', '..');
const pages = ['popover', 'details'] as const;
const source = (page: string): string => readFileSync(join(root, 'renderer', `${page}.html`), 'utf8');

const CSP_META = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi;
function cspOf(html: string): string {
  const metas = html.match(CSP_META) ?? [];
  expect(metas).toHaveLength(1);
  return /content=(["'])(.*?)\1/i.exec(metas[0] ?? '')?.[2] ?? '';
}
const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(policy.split('; ').map((d) => d.split(' ')).map(([name = '', ...sources]) => [name, sources]));
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// Vite's dependency cache and build output go to a scratch folder, not the repository.
const scratch = mkdtempSync(join(tmpdir(), 'tallybar-dev-csp-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const renderer = config.renderer as InlineConfig;
const inline = (over: InlineConfig): InlineConfig => ({
  ...renderer,
  root: join(root, 'renderer'),
  cacheDir: join(scratch, 'vite-cache'),
  configFile: false,
  logLevel: 'silent',
  ...over,
});

describe('relaxCspForDevServer', () => {
  const original = directives(cspOf(source('popover')));

  it('adds exactly what the dev server needs and leaves every other directive alone', () => {
    const preamble = 'import { injectIntoGlobalHook } from "/@react-refresh";\ninjectIntoGlobalHook(window);';
    const html = source('popover').replace('<head>', `<head>\n<script type="module">${preamble}</script>\n<script type="module" src="/@vite/client"></script>`);
    const relaxed = directives(cspOf(relaxCspForDevServer(html, ['http://localhost:5173/'])));
    expect(relaxed['script-src']).toEqual(["'self'", sha256(preamble)]);
    expect(relaxed['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(relaxed['connect-src']).toEqual(["'self'", 'ws://localhost:5173']);
    const untouched = Object.keys(original).filter((d) => !['script-src', 'style-src', 'connect-src'].includes(d));
    expect(untouched.length).toBeGreaterThan(0);
    for (const name of untouched) expect(relaxed[name], name).toEqual(original[name]);
    expect(Object.keys(relaxed)).toEqual(Object.keys(original));
  });

  it('changes nothing but the CSP meta tag', () => {
    const html = source('details');
    const relaxed = relaxCspForDevServer(html, []);
    expect(relaxed).not.toBe(html);
    expect(relaxed.replace(CSP_META, '')).toBe(html.replace(CSP_META, ''));
  });
});

describe('the plugin', () => {
  it('is in the renderer config and applies to serve only', async () => {
    expect(devServerCsp().apply).toBe('serve');
    const names = async (command: 'build' | 'serve') => (await resolveConfig(inline({}), command)).plugins.map((p) => p.name);
    expect(await names('serve')).toContain('tallybar:dev-server-csp');
    expect(await names('build')).not.toContain('tallybar:dev-server-csp');
  });
});

// Serve first: `vite build` sets NODE_ENV=production for the process, which
// would switch React Refresh (and its inline preamble) off.
describe('a real dev server (127.0.0.1) serves the relaxed policy', () => {
  let server: Awaited<ReturnType<typeof createServer>>;
  beforeAll(async () => {
    server = await createServer(inline({ server: { host: '127.0.0.1', port: 0, strictPort: false } }));
    await server.listen();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(pages)('%s.html', async (page) => {
    const origin = new URL(server.resolvedUrls?.local[0] ?? '').origin;
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const html = await server.transformIndexHtml(`/${page}.html`, source(page));
    const policy = directives(cspOf(html));
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['connect-src']).toEqual(["'self'", origin.replace(/^http/, 'ws')]);
    // Every inline script the dev server put in the page (React Refresh's preamble), by hash.
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\bsrc=/.test(attrs ?? ''));
    expect(inlineScripts.length).toBeGreaterThan(0);
    expect(policy['script-src']).toEqual(["'self'", ...inlineScripts.map(([, , body]) => sha256(body ?? ''))]);
    expect(policy['default-src']).toEqual(["'none'"]);
  });
});

describe('a real build keeps the policy byte for byte', () => {
  let built: Record<string, string>;
  beforeAll(async () => {
    const nodeEnv = process.env.NODE_ENV;
    try {
      const result = await build(inline({ build: { ...renderer.build, write: false, outDir: join(scratch, 'out'), emptyOutDir: false } }));
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      built = Object.fromEntries(
        outputs.flatMap((o) => o.output).flatMap((f) => (f.type === 'asset' && f.fileName.endsWith('.html') ? [[f.fileName, String(f.source)]] : [])),
      );
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  }, 60_000);

  it.each(pages)('%s.html', (page) => {
    const html = built[`${page}.html`];
    expect(html).toBeDefined();
    expect(html?.match(CSP_META)).toEqual(source(page).match(CSP_META));
    expect(html).not.toMatch(/unsafe-inline|sha256-|ws:\/\//);
  });
});
