// popover_js_kb_gz (issue 4 §4): the gzipped JavaScript the popover page
// loads. Read from the build: every <script src> and <link rel=modulepreload>
// of out/renderer/popover.html, plus, recursively, the chunks those import
// statically (dynamic import() chunks load later, on demand). Each file is
// gzipped on its own at level 9, as an HTTP server would send it. The preload
// bundle runs in the popover window too, so it counts. Then the page is opened
// in Chromium: a script it fetched that the list lacks fails the bench.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRELOAD_BUNDLE, REPO_ROOT, rendererPage } from '../test/support/e2e/paths';
import { launchChromium, openAppPage } from './renderer/app-page';
import { ensureBuilt } from './renderer/ensure-built';
import { benchLine } from './renderer/report';
import { popoverSnapshot } from './renderer/snapshots';

const LOCAL = /^\.{0,2}\//;

/** Script and modulepreload URLs of a built page, as files. */
function pageScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
  ];
  for (const url of urls) if (!LOCAL.test(url)) throw new Error(`bench: popover.html loads a non-local script ${url}`);
  return urls.map((url) => resolve(dirname(htmlFile), url));
}

/**
 * Relative specifiers of a chunk's static `import … from "./x.js"`,
 * `import "./x.js"` and `export … from "./x.js"`. The bundler writes them
 * exactly so; `import("./x.js")` (dynamic) does not match.
 */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g);
  return [...found].map((m) => resolve(dirname(file), m[1]!));
}

function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

ensureBuilt();
const files = [...closure(pageScripts(rendererPage('popover'))), PRELOAD_BUNDLE];
const sizes = files.map((file) => {
  const raw = readFileSync(file);
  return { name: relative(REPO_ROOT, file), raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
});

// Cross-check against what Chromium really fetched for the popover.
const browser = await launchChromium();
const fetched = new Set<string>();
try {
  const app = await openAppPage({ browser, page: 'popover', state: popoverSnapshot(0) });
  try {
    app.page.on('response', (response) => {
      if (response.request().resourceType() === 'script') fetched.add(`out/renderer${new URL(response.url()).pathname}`);
    });
    await app.page.reload();
    await app.page.waitForSelector('[data-testid="popover-total"]');
  } finally {
    await app.close();
  }
} finally {
  await browser.close();
}
const missing = [...fetched].filter((name) => !sizes.some((s) => s.name === name));
if (missing.length > 0) throw new Error(`bench: the popover fetched scripts the static scan missed: ${missing.join(', ')}`);
if (fetched.size === 0) throw new Error('bench: Chromium fetched no script for the popover; the cross-check saw nothing');

const kb = (n: number): string => (n / 1024).toFixed(1);
const total = sizes.reduce((sum, s) => sum + s.gz, 0);
console.log(`Popover JavaScript (out/renderer, gzip -9 per file; Chromium fetched ${fetched.size} of the ${sizes.length - 1} page scripts listed):`);
for (const s of sizes) console.log(`  ${s.name.padEnd(44)} ${kb(s.raw).padStart(7)} KB raw ${kb(s.gz).padStart(7)} KB gz`);
console.log(benchLine('popover_js_kb_gz', Math.round((total / 1024) * 10) / 10, 'KB', '<= 120'));
