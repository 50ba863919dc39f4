#!/usr/bin/env node
// `npm start` / `npm run dev`: make sure Electron's binary is there, then
// build and launch (or run electron-vite's dev server), or say in one sentence
// why we cannot. Electron 45's npm package no longer downloads its binary at
// install time, so on first run this runs the package's own installer
// (node_modules/electron/install.js), which honours ELECTRON_MIRROR and the
// other @electron/get variables. What gets spawned is decided in
// ./start-plan.mjs.
//
// The project is the current directory, as npm runs scripts from the
// package's root (the tests run this script in a scratch project).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { binEntry, electronBinaryPath, startPlan } from './start-plan.mjs';

const appDir = process.cwd();
const require = createRequire(join(appDir, 'package.json'));

function cannotStart(reason) {
  console.error(`Tallybar cannot start because ${reason}`);
  process.exit(1);
}

function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return cannotStart(`the ${name} package is not installed in ${appDir}: run \`npm ci\` there first.`);
  }
}

const electronDir = packageDir('electron');
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
const electronViteDir = packageDir('electron-vite');
const electronViteBin = binEntry(
  JSON.parse(readFileSync(join(electronViteDir, 'package.json'), 'utf8')),
  electronViteDir,
  'electron-vite',
  process.platform,
);

const pathFile = join(electronDir, 'path.txt');
const overrideDistPath = process.env.ELECTRON_OVERRIDE_DIST_PATH || undefined;
const binary = () =>
  electronBinaryPath({
    platform: process.platform,
    electronDir,
    pathTxt: existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined,
    overrideDistPath,
  });

if (overrideDistPath && !existsSync(binary())) {
  // electron/install.js extracts into its own dist/, never into the override.
  cannotStart(
    `ELECTRON_OVERRIDE_DIST_PATH is set but ${binary()} does not exist: point it at an unpacked Electron ${version}, or unset it so that \`npm start\` downloads Electron.`,
  );
}

const args = process.argv.slice(2);
const dev = args[0] === '--dev';
const plan = () =>
  startPlan({
    platform: process.platform,
    dev,
    args: dev ? args.slice(1) : args,
    execPath: process.execPath,
    appDir,
    electronDir,
    electronViteBin,
    electronBinary: binary(),
    installed: existsSync(binary()),
  });

let child = null;
let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  // Hand Ctrl-C to the running step and wait for it, as electron/cli.js does;
  // then stop without running the next step or blaming the download.
  process.on(signal, () => {
    interrupted = signal;
    child?.kill(signal);
  });
}

function run(step) {
  return new Promise((resolve) => {
    child = spawn(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
    child.on('error', (error) => {
      console.error(`Tallybar cannot start because ${step.command} could not be run (${error.message}).`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  }).finally(() => {
    child = null;
    if (interrupted) process.exit(128 + constants.signals[interrupted]);
  });
}

let steps = plan();
if (steps[0]?.name === 'install') {
  // The installer's own output (progress, an error's stack) comes first; our
  // sentence is the last line.
  if ((await run(steps[0])) !== 0) {
    cannotStart(
      `Electron's installer could not download the Electron ${version} binary: it needs to reach Electron's download host (github.com) or a mirror set in ELECTRON_MIRROR; fix that, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${version}, and try again.`,
    );
  }
  steps = plan();
  if (steps[0]?.name === 'install') {
    cannotStart(`Electron's installer finished but ${binary()} does not exist: delete node_modules/electron, then run \`npm ci\` and \`npm start\` again.`);
  }
}
for (const step of steps) {
  const status = await run(step);
  if (status !== 0) process.exit(status);
}
process.exit(0);
