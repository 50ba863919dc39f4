// Where the built bundles are. The suite loads what `electron-vite build`
// produced (npm test builds first), never the sources, so it tests what ships.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const OUT_DIR = resolve(REPO_ROOT, 'out');
export const PRELOAD_BUNDLE = resolve(OUT_DIR, 'preload/index.cjs');
export const RENDERER_DIR = resolve(OUT_DIR, 'renderer');
export const rendererPage = (name: 'popover' | 'details'): string => resolve(RENDERER_DIR, `${name}.html`);
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'artifacts/screenshots');
export const AXE_SCRIPT = resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
export const FIXTURE_DIR = resolve(REPO_ROOT, 'test/support/e2e/fixtures');

export function requireBuilt(file: string): void {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: the end-to-end suite runs the built app. Run \`npx electron-vite build\` (npm test does it first).`);
  }
}
