// The idle bench runs the built main bundle (out/main/index.js) on the
// Electron double, with the built renderer in its windows. ensureBuilt()
// watches only what the renderer and preload bundle; this adds the main
// bundle, so the bench never measures an older main than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../test/support/e2e/paths';
import { ensureBuilt } from './ensure-built';

const MAIN_BUNDLE = join(REPO_ROOT, 'out/main/index.js');
const MAIN_SOURCES = ['main', 'common', 'electron.vite.config.ts'];

function latestChange(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  const files = readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Math.max(statSync(path).mtimeMs, ...files.map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

export function ensureAppBuilt(): void {
  const sources = Math.max(...MAIN_SOURCES.map((s) => join(REPO_ROOT, s)).filter(existsSync).map(latestChange));
  if (existsSync(MAIN_BUNDLE) && statSync(MAIN_BUNDLE).mtimeMs >= sources) return ensureBuilt();
  console.error('bench: the main bundle is missing or older than its sources; running electron-vite build…');
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`bench: \`electron-vite build\` failed (exit ${result.status ?? result.signal}); fix the build, then run the bench again.`);
}
