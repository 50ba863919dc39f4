// A Tallybar launch on a modelled desktop: the real out/main/index.js, loaded
// by Node as `npm start` has Electron load it, against the Electron double,
// with its windows rendered by Chromium. Scenarios drive it as a user and the
// OS would (clicks, shortcuts, sleep) and read what a user would see.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { POPOVER_SIZE } from '../../../main/core/window-sizes';
import { type CoinStatsDouble, startDouble, type DoubleOptions } from '../../../main/double/server';
import { TEST_API_KEY } from '../double-helpers';
import { REPO_ROOT, requireBuilt } from '../e2e/paths';
import type { BrowserWindowDouble } from './browser-window';
import { createElectronDouble, type ElectronDouble } from './electron-double';
import { forgetLaunch, importMainBundle } from './module-loader';
import { PLATFORMS, type PlatformId, type PlatformModel, type SafeStorageModel } from './platforms';
import { harnessTimers, ProcessWatch } from './process-watch';
import { type OsOverrides, overrideProcess } from './process-overrides';
import type { InstalledApp } from './installed-app';
import type { TrayDouble } from './tray';
import { DesktopWorld, type Machine, newMachine } from './world';

export const MAIN_BUNDLE = resolve(REPO_ROOT, 'out/main/index.js');

export interface LaunchOptions {
  browser: Browser;
  platform: PlatformId;
  /** Extra command-line arguments, as after `npm start --`. */
  args?: string[];
  /** The same disk and keyring as an earlier launch (a relaunch). */
  machine?: Machine;
  safeStorage?: Partial<SafeStorageModel> & { locked?: boolean };
  double?: DoubleOptions;
  appDark?: boolean;
  lockTaken?: boolean;
  /** Global shortcuts another app holds on this desktop. */
  shortcutsTaken?: string[];
  /** The AUMID an installed Start-menu shortcut carries (default: electron-builder.yml's appId). */
  installerAumid?: string;
  /** Scripts every page runs first (a bench under tsx needs its keep-names shim there). */
  initScripts?: string[];
  /** The OS's preferred languages (WorldOptions.languages); English when absent. */
  languages?: string[];
  /** An installed build (installApp): packaged, its resources and update feed. Absent: `npm start`. */
  installed?: InstalledApp;
  /** The machine has no network from the start (net.isOnline() false, net.request fails). */
  offline?: boolean;
}

export interface Desktop {
  readonly platform: PlatformModel;
  readonly world: DesktopWorld;
  readonly electron: ElectronDouble;
  readonly coinstats: CoinStatsDouble;
  readonly machine: Machine;
  readonly watch: ProcessWatch;
  tray(): TrayDouble;
  popover(): BrowserWindowDouble;
  popoverPage(): Promise<Page>;
  details(): BrowserWindowDouble | null;
  detailsPage(): Promise<Page>;
  /** Until `check` holds (polling; the app works asynchronously). */
  until(check: () => boolean | Promise<boolean>, what: string, timeoutMs?: number): Promise<void>;
  /** The user presses the OS's close-window shortcut (Cmd+W through the app menu's close role; Alt+F4 elsewhere). */
  pressCloseShortcut(): void;
  /** The user clicks somewhere outside the app's windows. */
  clickElsewhere(): void;
  pickTrayMenuItem(id: string): void;
  /** The user picks an item of the application menu (menu bar on macOS, window menu elsewhere). */
  pickAppMenuItem(id: string): void;
  /** Quits as the tray's Quit item does and waits for the process to end. */
  quitAndWait(): Promise<void>;
  close(): Promise<void>;
}

async function readAppId(): Promise<string> {
  const yml = await readFile(join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
  const appId = /^appId:\s*(\S+)\s*$/m.exec(yml)?.[1];
  if (!appId) throw new Error('electron-builder.yml has no appId');
  return appId;
}

export async function newDesktopMachine(): Promise<Machine> {
  const root = await mkdtemp(join(tmpdir(), 'tallybar-desktop-'));
  return newMachine(join(root, 'userData'), join(root, 'Downloads'));
}

export async function launchDesktop(options: LaunchOptions): Promise<Desktop> {
  // The suite runs what `npm start` would: the bundle already built in out/, never a rebuild.
  requireBuilt(MAIN_BUNDLE);
  const platform = PLATFORMS[options.platform];
  // Installs are modelled where their updater is: a .deb on Linux, the mac ZIP's app on macOS (Squirrel.Mac).
  // Windows' NSIS installer is not: electron-updater runs the downloaded .exe, which no model here can be.
  const installs = { linux: 'deb', darwin: 'mac-zip' } as const;
  if (options.installed && installs[platform.processPlatform as keyof typeof installs] !== options.installed.kind) {
    throw new Error(`Electron double: a ${options.installed.kind} install is not modelled on ${platform.processPlatform}`);
  }
  const machine = options.machine ?? (await newDesktopMachine());
  const coinstats = await startDouble({ apiKey: TEST_API_KEY, syncPolls: 0, rateLimit: null, ...options.double });
  const context = await options.browser.newContext({ colorScheme: options.appDark ? 'dark' : 'light', locale: 'en-US', serviceWorkers: 'block' });
  for (const content of options.initScripts ?? []) await context.addInitScript({ content });
  const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const world = new DesktopWorld({
    platform,
    machine,
    context,
    appPath: REPO_ROOT,
    version,
    installerAumid: options.installerAumid ?? (await readAppId()),
    safeStorage: { ...platform.safeStorage, ...options.safeStorage },
    ...(options.lockTaken ? { lockTaken: true } : {}),
    ...(options.shortcutsTaken ? { shortcutsTaken: options.shortcutsTaken } : {}),
    ...(options.appDark !== undefined ? { appDark: options.appDark } : {}),
    ...(options.languages ? { languages: options.languages } : {}),
    ...(options.installed ? { installed: options.installed } : {}),
  });
  if (options.offline) world.online = false;
  const electron = createElectronDouble(world);
  const os: OsOverrides = { platform, machine, installed: options.installed, args: options.args ?? [], env: { TALLYBAR_API_BASE_URL: coinstats.url } };
  const restore = await overrideProcess(os);
  let watch: ProcessWatch | null = null;
  let launch = 0;
  const cleanup = async (): Promise<void> => {
    watch?.stop();
    restore();
    if (launch) forgetLaunch(launch);
    await context.close().catch(() => undefined);
    await electron.protocol.close();
    await coinstats.close();
  };
  try {
    const loaded = await importMainBundle(MAIN_BUNDLE, electron.module);
    launch = loaded.launch;
    watch = new ProcessWatch(launch);
    // Electron emits 'ready' after the main script's first turn.
    electron.app.emitReady();
  } catch (error) {
    await cleanup();
    throw error;
  }
  const activeWatch = watch;

  const until: Desktop['until'] = async (check, what, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
      await new Promise((r) => harnessTimers.setTimeout(r, 20));
    }
  };
  const windowShowing = (page: string) => [...electron.windows].find((w) => w.webContents.getURL().includes(`/${page}.html`)) ?? null;
  const popover = (): BrowserWindowDouble => {
    const win = [...electron.windows].find((w) => w.options.width === POPOVER_SIZE.width && w.options.height === POPOVER_SIZE.height) ?? windowShowing('popover');
    if (!win) throw new Error('The app has no popover window');
    return win;
  };

  const desktop: Desktop = {
    platform,
    world,
    electron,
    coinstats,
    machine,
    watch: activeWatch,
    tray() {
      const tray = electron.trays.at(-1);
      if (!tray) throw new Error('The app created no tray icon');
      return tray;
    },
    popover,
    async popoverPage() {
      await until(() => popover().webContents.getURL().endsWith('/popover.html') && !popover().webContents.isLoading(), 'the popover page to load');
      return popover().page;
    },
    details: () => windowShowing('details'),
    async detailsPage() {
      await until(() => windowShowing('details') !== null && !windowShowing('details')!.webContents.isLoading(), 'the details window to open');
      return windowShowing('details')!.page;
    },
    until,
    pressCloseShortcut() {
      const focused = [...electron.windows].find((w) => w.isFocused());
      if (!focused) throw new Error('No window has focus: the shortcut goes nowhere');
      if (platform.processPlatform === 'darwin') {
        // Cmd+W is the app menu's Close item (role 'close'); without one, nothing happens.
        const item = electron.applicationMenu()?.flat().find((i) => i.role === 'close' || i.accelerator === 'CmdOrCtrl+W');
        if (item) item.activate(world, (role) => electron.runRole(role));
        return;
      }
      focused.close(); // Alt+F4: the window manager asks the window to close.
    },
    clickElsewhere: () => world.blur(),
    pickTrayMenuItem: (id) => desktop.tray().pick(id, (role) => electron.runRole(role)),
    pickAppMenuItem(id) {
      const item = electron.applicationMenu()?.flat().find((candidate) => candidate.id === id);
      if (!item) throw new Error(`The application menu has no item "${id}"`);
      item.activate(world, (role) => electron.runRole(role));
    },
    async quitAndWait() {
      electron.app.quit();
      await until(() => world.exited, 'the app to exit');
      // Give work started by the quit handlers a moment to show itself.
      await new Promise((r) => harnessTimers.setTimeout(r, 50));
    },
    async close() {
      if (!world.exited) {
        electron.app.quit();
        await until(() => world.exited, 'the app to exit on close', 10_000).catch(() => electron.app.exit(0));
      }
      await cleanup();
    },
  };
  return desktop;
}

/** Remove a machine's folders once its launches are done. */
export async function discardMachine(machine: Machine): Promise<void> {
  await rm(join(machine.userDataDir, '..'), { recursive: true, force: true });
}
