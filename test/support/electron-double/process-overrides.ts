// Inside Electron's main process, `process` says which OS it runs on, what
// the command line was and what the session's environment holds. The bundle
// reads these directly, so a launch on a modelled desktop sets them for its
// lifetime (scenarios run one at a time) and puts them back afterwards.
// A StatusNotifierWatcher is asked over D-Bus with `gdbus`; the model's
// answer comes from a `gdbus` first on PATH that answers as that session would.
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { PlatformModel } from './platforms';

export interface OsOverrides {
  platform: PlatformModel;
  args: string[];
  env: Record<string, string>;
}

/** Session variables a developer's own desktop must not leak into a model. */
const SESSION_VARS = ['XDG_SESSION_TYPE', 'XDG_CURRENT_DESKTOP', 'WAYLAND_DISPLAY', 'DISPLAY', 'DESKTOP_SESSION', 'ELECTRON_RENDERER_URL', 'TALLYBAR_API_BASE_URL'];

/**
 * The StatusNotifierWatcher's `IsStatusNotifierHostRegistered` property
 * (freedesktop StatusNotifierItem spec), as `gdbus call … Properties.Get` prints it.
 */
async function fakeGdbus(platform: PlatformModel): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tallybar-gdbus-'));
  const answer = platform.trayHost ? "echo '(<true>,)'" : "echo 'Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files' >&2; exit 1";
  await writeFile(join(dir, 'gdbus'), `#!/bin/sh\n${answer}\n`);
  await chmod(join(dir, 'gdbus'), 0o755);
  return dir;
}

export async function overrideProcess(os: OsOverrides): Promise<() => void> {
  const saved = { platform: Object.getOwnPropertyDescriptor(process, 'platform')!, argv: process.argv, env: { ...process.env } };
  const bin = await fakeGdbus(os.platform);
  for (const name of SESSION_VARS) delete process.env[name];
  Object.assign(process.env, os.platform.env, os.env);
  process.env.PATH = `${bin}${delimiter}${saved.env.PATH ?? ''}`;
  Object.defineProperty(process, 'platform', { ...saved.platform, value: os.platform.processPlatform });
  // `electron .` — argv[1] is the app folder, then the user's arguments.
  process.argv = [process.execPath, '.', ...os.args];
  return () => {
    Object.defineProperty(process, 'platform', saved.platform);
    process.argv = saved.argv;
    for (const name of Object.keys(process.env)) if (!(name in saved.env)) delete process.env[name];
    Object.assign(process.env, saved.env);
  };
}
