// Tallybar as electron-builder installs it, for a packaged launch on the
// Electron double: a .deb on Linux, or the app from the mac ZIP target
// (Tallybar.app/Contents/Resources), signed or not — Squirrel.Mac updates only
// a signed app (auto-updater.md). Its resources folder (process.resourcesPath) holds
// what electron-builder.yml's extraResources copies (tray icons, icon.png),
// the app-update.yml electron-builder writes (app-builder-lib
// PublishManager.getAppUpdatePublishConfiguration: the first publish config
// plus updaterCacheDirName, `<name>-updater`), and for a .deb the
// `package-type` file FpmTarget writes, from which electron-updater's
// autoUpdater picks its DebUpdater. The publish provider is the one thing
// changed: a generic feed on 127.0.0.1 the test started, never GitHub.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import { REPO_ROOT } from '../e2e/paths';

export type InstallKind = 'deb' | 'mac-zip';

export interface InstalledApp {
  kind: InstallKind;
  resourcesDir: string;
  /** macOS: the app carries a code signature (a Developer ID one, as a release would). */
  signed: boolean;
}

interface ExtraResource {
  from: string;
  to: string;
  filter?: string[];
}

const yaml = createRequire(join(REPO_ROOT, 'package.json'))('js-yaml') as { load(text: string): unknown; dump(value: unknown): string };

/** The extensions of `*.ext` filters; electron-builder.yml uses no other pattern (anything else is refused). */
function extensionsOf(filter: string[]): Set<string> {
  return new Set(
    filter.map((pattern) => {
      if (!/^\*\.\w+$/.test(pattern)) throw new Error(`installed-app: filter ${pattern} is not modelled`);
      return pattern.slice(1);
    }),
  );
}

async function copyResource(resource: ExtraResource, resourcesDir: string): Promise<void> {
  const from = join(REPO_ROOT, resource.from);
  const to = join(resourcesDir, resource.to);
  if (extname(from)) {
    await copyFile(from, to);
    return;
  }
  const wanted = resource.filter ? extensionsOf(resource.filter) : null;
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isFile() && (!wanted || wanted.has(extname(entry.name)))) await copyFile(join(from, entry.name), join(to, basename(entry.name)));
  }
}

export async function installApp(root: string, feedUrl: string, kind: InstallKind = 'deb', options: { signed?: boolean } = {}): Promise<InstalledApp> {
  const config = yaml.load(await readFile(join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as { extraResources: ExtraResource[] };
  const { name } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string };
  const resourcesDir = kind === 'mac-zip' ? join(root, 'Tallybar.app', 'Contents', 'Resources') : join(root, 'resources');
  await mkdir(resourcesDir, { recursive: true });
  for (const resource of config.extraResources) await copyResource(resource, resourcesDir);
  await writeFile(join(resourcesDir, 'app-update.yml'), yaml.dump({ provider: 'generic', url: feedUrl, updaterCacheDirName: `${name.toLowerCase()}-updater` }));
  // FpmTarget writes package-type for Linux packages only; on macOS electron-updater picks MacUpdater by platform.
  if (kind === 'deb') await writeFile(join(resourcesDir, 'package-type'), 'deb');
  return { kind, resourcesDir, signed: options.signed ?? true };
}
