// Wiring only: build the Electron adapters, hand them to the app, register the
// IPC gate, create the tray and windows. Every decision lives elsewhere.
import { app, autoUpdater, shell } from 'electron';
// CommonJS: its exports are getters Node's ESM loader cannot name, so take the default.
import electronUpdater from 'electron-updater';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { setElectronAppMenu } from './adapters/app-menu';
import { registerAppScheme, serveRenderer } from './adapters/app-protocol';
import { createElectronDisplay } from './adapters/display';
import { createElectronGlobalShortcut } from './adapters/global-shortcut';
import { openElectronStore } from './adapters/electron-store';
import { hardenAllWebContents } from './adapters/harden-window';
import { electronIpcMain } from './adapters/ipc-main';
import { createElectronNotifier } from './adapters/notifier';
import { electronSafeStorage } from './adapters/safe-storage';
import { createElectronSystem } from './adapters/system';
import { createElectronTray } from './adapters/tray';
import { createElectronUpdater } from './adapters/updater';
import { linuxTrayHostAvailable } from './adapters/tray-host';
import { createDetailsWindow, createPopoverWindow } from './adapters/windows';
import { createTallybarApp } from './app/create-app';
import { createDetailsWindowManager } from './controllers/details-window';
import { APP_USER_MODEL_ID } from './core/app-identity';
import { isOurPageUrl, pageUrl, type PageName } from './core/app-url';
import { NO_TRAY_HOST_HINT, popoverPlacement } from './core/platform-behaviour';
import { trayAssetsDir, trayIconFile } from './core/tray-icon-path';
import { startDouble } from './double/server';
import { registerIpcGate } from './ipc/gate';
import { createSystemClock } from './services/clock';

const log = (line: string): void => console.log(`[tallybar] ${line}`);

// First thing on Windows: toasts need the AUMID of the installer's shortcut.
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  // A tray app: no Dock icon on macOS (LSUIElement covers packaged builds).
  app.dock?.hide();
  await app.whenReady();

  const here = fileURLToPath(new URL('.', import.meta.url));
  const rendererDir = join(here, '../renderer');
  const preloadPath = join(here, '../preload/index.cjs');
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const urlOf = (page: PageName, hash?: string): string =>
    devServerUrl ? `${devServerUrl}/${page}.html${hash ? `#${hash}` : ''}` : pageUrl(page, hash);

  serveRenderer(rendererDir);
  hardenAllWebContents(app, { openExternal: (url) => shell.openExternal(url), packaged: app.isPackaged, log });

  const system = createElectronSystem();
  const display = createElectronDisplay();
  const assetsDir = trayAssetsDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  const tray = createElectronTray(join(assetsDir, trayIconFile('normal', process.platform, system.taskbarDark() ? 'dark' : 'light')));
  const windowOptions = { preloadPath, packaged: app.isPackaged, darkBackground: system.shouldUseDarkColors(), log };
  const placement = popoverPlacement({ platform: process.platform, env: process.env, ozonePlatform: app.commandLine.getSwitchValue('ozone-platform') });
  let quitting = false;
  const popover = createPopoverWindow({ ...windowOptions, url: urlOf('popover'), placement, isQuitting: () => quitting });

  const details = createDetailsWindowManager({
    display,
    create: ({ tab, bounds, onBounds }) => createDetailsWindow({ ...windowOptions, url: urlOf('details', tab), bounds, onBounds }).port,
  });
  const tallybar = createTallybarApp({
    dataDir: app.getPath('userData'),
    envBaseUrl: process.env.TALLYBAR_API_BASE_URL,
    demo: process.argv.includes('--demo'),
    openStore: openElectronStore,
    safeStorage: electronSafeStorage,
    whenReady: () => app.whenReady(),
    clock: createSystemClock(),
    tray,
    popover: popover.port,
    popoverPlacement: placement,
    openDetailsWindow: (tab, bounds) => details.open(tab, bounds),
    detailsWindow: () => details.current(),
    setAppMenu: setElectronAppMenu,
    display,
    globalShortcut: createElectronGlobalShortcut(),
    notifier: createElectronNotifier(log),
    system,
    // Touching autoUpdater builds it (and reads app-update.yml): only a packaged build has one.
    ...(app.isPackaged ? { updater: createElectronUpdater(electronUpdater.autoUpdater, log) } : {}),
    trayAssetsDir: assetsDir,
    downloadsDir: app.getPath('downloads'),
    isAppUrl: (url) => isOurPageUrl(url, devServerUrl),
    // Demo portfolios answer synced at once: a first look should show data, not 30 s of "syncing".
    startDemoBackend: () => startDouble({ port: 0, syncPolls: 0 }),
    log,
  });

  registerIpcGate({ ipcMain: electronIpcMain, ...tallybar.gate, log });
  app.on('second-instance', () => tallybar.togglePopover());
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);
  holdQuitUntilStopped(tallybar.stop, () => (quitting = true));
  // Squirrel.Mac's quitAndInstall closes every window before before-quit
  // (auto-updater.md, 'before-quit-for-update'): the popover must close then,
  // not hide, or the install waits for a window that never goes.
  autoUpdater.on('before-quit-for-update', () => (quitting = true));
  await tallybar.start();
  // GNOME without the AppIndicator extension draws no tray icon at all.
  if (process.platform === 'linux' && (await linuxTrayHostAvailable()) === false) {
    tallybar.showHintOnce(NO_TRAY_HOST_HINT);
  }
}

/**
 * Electron does not wait for promises in quit listeners: hold the quit until
 * the app has stopped (timers cleared, writes finished), then quit for real.
 */
function holdQuitUntilStopped(stop: () => Promise<void>, quitting: () => void): void {
  let stopped = false;
  app.on('before-quit', (event) => {
    quitting();
    if (stopped) return;
    event.preventDefault();
    void stop()
      .catch(() => log('quit: stopping did not finish cleanly'))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
}
