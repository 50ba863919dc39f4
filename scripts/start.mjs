#!/usr/bin/env node
// `npm start` / `npm run dev`: build and launch Electron, or say in one
// sentence why we cannot. Electron 45's npm package no longer downloads its
// binary at install time, so a fresh `npm ci` has none until `install-electron`
// has run (which needs access to Electron's download host).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

function electronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(override ?? join(electronDir, 'dist'), readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const args = process.argv.slice(2);
const dev = args[0] === '--dev';
const appArgs = dev ? args.slice(1) : args;
const binary = electronBinary();
if (!binary) {
  console.error(
    `Tallybar cannot start because the Electron ${version} binary is not installed: run \`npx install-electron\` on a machine that can reach Electron's download host (or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${version}), then run \`npm start\` again.`,
  );
  process.exit(1);
}

const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);
if (dev) {
  const child = spawn(bin('electron-vite'), ['dev', '--', ...appArgs], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  const built = spawnSync(bin('electron-vite'), ['build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const child = spawn(binary, ['.', ...appArgs], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}
