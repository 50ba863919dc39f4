// Inside Electron's main process, `process` says which OS it runs on, what
// the command line was and what the session's environment holds. The bundle
// reads these directly, so a launch on a modelled desktop sets them for its
// lifetime (scenarios run one at a time) and puts them back afterwards.
// A StatusNotifierWatcher is asked over D-Bus with `gdbus`; the model's
// answer comes from a `gdbus` first on PATH that answers as that session would.
// The package tools an update installs with (dpkg, apt, pkexec) are first on
// PATH too: they write what they were asked to the machine's command log and
// change nothing on the real machine; on macOS, so are the probes
// electron-updater runs to tell the Mac's architecture.
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { InstalledApp } from './installed-app';
import type { PlatformModel } from './platforms';
import type { Machine } from './world';

export interface OsOverrides {
  platform: PlatformModel;
  machine: Machine;
  installed: InstalledApp | undefined;
  args: string[];
  env: Record<string, string>;
}

/** Session variables a developer's own desktop must not leak into a model. */
const SESSION_VARS = ['APPIMAGE', 'XDG_CACHE_HOME', 'ELECTRON_BUILDER_LINUX_PACKAGE_MANAGER', 'XDG_SESSION_TYPE', 'XDG_CURRENT_DESKTOP', 'WAYLAND_DISPLAY', 'DISPLAY', 'DESKTOP_SESSION', 'ELECTRON_RENDERER_URL', 'TALLYBAR_API_BASE_URL'];

/**
 * The StatusNotifierWatcher's `IsStatusNotifierHostRegistered` property
 * (freedesktop StatusNotifierItem spec), as `gdbus call … Properties.Get` prints it.
 */
function gdbusAnswer(platform: PlatformModel): string {
  return platform.trayHost ? "echo '(<true>,)'" : "echo 'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files' >&2; exit 1";
}

/**
 * Debian's package tools, as electron-updater's DebUpdater runs them (`dpkg -i
 * <file>`, then `apt-get install -f -y` if that fails), and polkit's pkexec, which
 * a desktop user's agent lets run the command it is given.
 */
function packageTools(log: string): Record<string, string> {
  const record = (name: string) => `printf '%s\\n' "${name} $*" >> '${log}'`;
  return {
    dpkg: record('dpkg'),
    apt: record('apt'),
    'apt-get': record('apt-get'),
    pkexec: `${record('pkexec')}\n[ "$1" = --disable-internal-agent ] && shift\nexec "$@"`,
  };
}

/**
 * What an Intel Mac answers the two commands electron-updater's MacUpdater runs
 * to pick a ZIP by architecture: `uname -a`, and `sysctl sysctl.proc_translated`
 * (Rosetta), an oid an Intel Mac does not have.
 */
function macProbes(): Record<string, string> {
  return {
    uname: "echo 'Darwin Mac.local 24.1.0 Darwin Kernel Version 24.1.0: root:xnu-11215.41.3~2/RELEASE_X86_64 x86_64'",
    sysctl: "echo \"sysctl: unknown oid '$1'\" >&2; exit 1",
  };
}

function platformCommands(os: OsOverrides): Record<string, string> {
  if (os.platform.processPlatform === 'linux') return packageTools(os.machine.commandLog);
  if (os.platform.processPlatform === 'darwin') return macProbes();
  return {};
}

async function fakeCommands(os: OsOverrides): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tallybar-bin-'));
  const commands = { gdbus: gdbusAnswer(os.platform), ...platformCommands(os) };
  for (const [name, body] of Object.entries(commands)) {
    await writeFile(join(dir, name), `#!/bin/sh\n${body}\n`);
    await chmod(join(dir, name), 0o755);
  }
  return dir;
}

/** Where Electron's resources are: the install's folder, or under node_modules/electron for `npm start`. */
function resourcesPathOf(os: OsOverrides): string {
  return os.installed?.resourcesDir ?? join(process.cwd(), 'node_modules', 'electron', 'dist', 'resources');
}

export async function overrideProcess(os: OsOverrides): Promise<() => void> {
  const saved = { platform: Object.getOwnPropertyDescriptor(process, 'platform')!, argv: process.argv, env: { ...process.env } };
  const bin = await fakeCommands(os);
  for (const name of SESSION_VARS) delete process.env[name];
  Object.assign(process.env, os.platform.env, os.env);
  if (os.platform.processPlatform === 'linux') process.env.XDG_CACHE_HOME = os.machine.cacheDir;
  // os.homedir() reads HOME: electron-updater's macOS cache is ~/Library/Caches (AppAdapter.getAppCacheDir).
  if (os.platform.processPlatform === 'darwin') process.env.HOME = os.machine.homeDir;
  // process.md: resourcesPath, "the path to the resources directory" (Electron's own property).
  Object.defineProperty(process, 'resourcesPath', { value: resourcesPathOf(os), configurable: true, enumerable: true });
  process.env.PATH = `${bin}${delimiter}${saved.env.PATH ?? ''}`;
  Object.defineProperty(process, 'platform', { ...saved.platform, value: os.platform.processPlatform });
  // `electron .` — argv[1] is the app folder, then the user's arguments.
  process.argv = [process.execPath, '.', ...os.args];
  return () => {
    Object.defineProperty(process, 'platform', saved.platform);
    process.argv = saved.argv;
    Reflect.deleteProperty(process, 'resourcesPath');
    for (const name of Object.keys(process.env)) if (!(name in saved.env)) delete process.env[name];
    Object.assign(process.env, saved.env);
  };
}
