// The Chromium benches measure the built renderer (out/), as it ships. A
// stale build would measure yesterday's code, so rebuild when any source the
// renderer or preload bundles is newer than the build (or there is none).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PRELOAD_BUNDLE, REPO_ROOT, rendererPage } from '../../test/support/e2e/paths';

const SOURCES = ['renderer', 'preload', 'main/core', 'main/ipc', 'electron.vite.config.ts'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export function ensureBuilt(): void {
  const outputs = [rendererPage('popover'), rendererPage('details'), PRELOAD_BUNDLE];
  const built = outputs.every((f) => existsSync(f)) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
  const sources = Math.max(...SOURCES.map((s) => join(REPO_ROOT, s)).filter((p) => existsSync(p)).map(newest));
  if (built >= sources) return;
  console.error('bench: the renderer build is missing or older than its sources; running electron-vite build…');
  const bin = join(REPO_ROOT, 'node_modules/.bin/electron-vite');
  const result = spawnSync(bin, ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`bench: \`electron-vite build\` failed (exit ${result.status ?? result.signal}); fix the build, then run the bench again.`);
}
