// What `npm start` / `npm run dev` spawn, as data: scripts/start.mjs gathers
// the facts (platform, paths, whether Electron's binary is there) and runs
// the steps; everything here is pure, so it is tested per platform on any OS.
//
// No step is a `.cmd` shim or needs a shell: since CVE-2024-27980 Node refuses
// to spawn `.cmd`/`.bat` files without `shell: true` on Windows, and a shell
// would re-parse the app's arguments. JavaScript entry points (Electron's
// installer, electron-vite's CLI) run under the current Node (`execPath`);
// Electron itself is spawned as its own executable.
import path from 'node:path';

/**
 * The executable inside Electron's dist folder, as electron/install.js's
 * getPlatformPath() names it (and writes it to path.txt).
 */
export function electronPlatformPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      throw new Error(`Electron builds are not available on platform: ${platform}`);
  }
}

/** path.win32 for Windows, path.posix elsewhere, so a plan for any OS can be made on any OS. */
export function pathFor(platform) {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * Where Electron's executable is, resolved as electron/index.js does:
 * ELECTRON_OVERRIDE_DIST_PATH joined with path.txt's content (or, with no
 * path.txt, the platform's executable name), else <electron>/dist/<path.txt>.
 * With neither, it is where electron/install.js will put it (install.js
 * writes path.txt with the same name).
 */
export function electronBinaryPath({ platform, electronDir, pathTxt, overrideDistPath }) {
  const p = pathFor(platform);
  const executable = pathTxt || electronPlatformPath(platform);
  return overrideDistPath ? p.join(overrideDistPath, executable) : p.join(electronDir, 'dist', executable);
}

/** The JavaScript file of a package's "bin" entry (a string, or an object keyed by command). */
export function binEntry(packageJson, packageDir, name, platform) {
  const bin = typeof packageJson.bin === 'string' ? packageJson.bin : packageJson.bin?.[name];
  if (typeof bin !== 'string') throw new Error(`${packageJson.name} has no "${name}" bin entry`);
  return pathFor(platform).join(packageDir, bin);
}

/**
 * The steps of `npm start` (dev: false) or `npm run dev` (dev: true), in order.
 * Each is { name, command, args, env? }: `env` is added to the inherited
 * environment; nothing runs through a shell.
 *
 * - install: only when the binary is missing: electron/install.js, which
 *   downloads with @electron/get and honours its variables (ELECTRON_MIRROR,
 *   ELECTRON_CUSTOM_DIR, electron_config_cache, force_no_cache,
 *   electron_use_remote_checksums, ...).
 * - build + launch (start): electron-vite build, then Electron on the app dir.
 * - dev: electron-vite dev, told the binary through ELECTRON_EXEC_PATH (it
 *   would otherwise need path.txt, which ELECTRON_OVERRIDE_DIST_PATH skips).
 */
export function startPlan({ platform, dev, args, execPath, appDir, electronDir, electronViteBin, electronBinary, installed }) {
  const p = pathFor(platform);
  const steps = [];
  if (!installed) steps.push({ name: 'install', command: execPath, args: [p.join(electronDir, 'install.js')] });
  if (dev) {
    steps.push({
      name: 'dev',
      command: execPath,
      args: [electronViteBin, 'dev', '--', ...args],
      env: { ELECTRON_EXEC_PATH: electronBinary },
    });
  } else {
    steps.push({ name: 'build', command: execPath, args: [electronViteBin, 'build'] });
    steps.push({ name: 'launch', command: electronBinary, args: [appDir, ...args] });
  }
  return steps;
}
