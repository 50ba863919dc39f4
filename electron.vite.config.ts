import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { pseudoCatalogue } from './scripts/pseudo-catalogue';

/**
 * `npm run dev` only: the pages' `<meta http-equiv="Content-Security-Policy">`
 * (the policy of main/core/window-security.ts) would block what Vite's dev
 * server needs: the `<style>` elements its client injects for CSS, the
 * websocket (and ping) to the dev server for HMR, and the inline React
 * Refresh preamble. In serve mode this relaxes exactly those: style-src gets
 * 'unsafe-inline', connect-src the dev server's own origin ('self' plus its
 * ws:// form), script-src the sha256 of each inline script in the served
 * page. `apply: 'serve'` keeps it out of builds, whose pages keep the policy
 * byte for byte.
 */
export function devServerCsp(): Plugin {
  return {
    name: 'tallybar:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: {
      // After every other plugin has injected its tags (React's preamble).
      order: 'post',
      handler: (html, ctx) => relaxCspForDevServer(html, ctx.server?.resolvedUrls?.local ?? []),
    },
  };
}

/** The page with its CSP meta tag relaxed for a Vite dev server at `devUrls`. */
export function relaxCspForDevServer(html: string, devUrls: readonly string[]): string {
  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attrs, body]) => !/\ssrc\s*=/i.test(` ${attrs}`) && body !== '',
  );
  const hashes = inlineScripts.map(([, , body]) => `'sha256-${createHash('sha256').update(body ?? '').digest('base64')}'`);
  const websockets = devUrls.map((url) => new URL(url).origin.replace(/^http/, 'ws'));
  const relax = (policy: string): string => {
    const parsed = policy.split(';').map((directive) => directive.trim().split(/\s+/));
    const directives = new Map(parsed.filter(([name]) => name).map(([name = '', ...sources]) => [name, sources]));
    const add = (name: string, sources: string[], replacing: string[] = []): void => {
      const kept = (directives.get(name) ?? []).filter((s) => !replacing.includes(s));
      directives.set(name, [...new Set([...kept, ...sources])]);
    };
    add('script-src', hashes);
    add('style-src', ["'unsafe-inline'"]);
    add('connect-src', ["'self'", ...websockets], ["'none'"]);
    return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  };
  return html.replace(/<meta\s[^>]*http-equiv=(["'])Content-Security-Policy\1[^>]*>/gi, (meta) =>
    meta.replace(/(\scontent=)(["'])(.*?)\2/i, (_, attr: string, quote: string, policy: string) => `${attr}${quote}${relax(policy)}${quote}`),
  );
}

// Three bundles from our own folders: main (Node, ESM), the preload (one
// self-contained CommonJS file, as a sandboxed preload must be) and the
// renderer (two pages so the popover loads only what it shows).
export default defineConfig({
  main: {
    plugins: [pseudoCatalogue()],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require() from node_modules: bundle everything.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devServerCsp()],
    build: {
      outDir: 'out/renderer',
      // The popover's JavaScript budget is 120 KB gzipped: ship it minified.
      minify: true,
      // ES2021: class static blocks (FormatJS has some) lowered, so the security scan's parser reads every bundle.
      target: 'es2021',
      rollupOptions: {
        input: {
          popover: resolve('renderer/popover.html'),
          details: resolve('renderer/details.html'),
        },
      },
    },
  },
});
