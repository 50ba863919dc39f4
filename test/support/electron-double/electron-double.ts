// Assembles the `electron` module one launch of the main bundle imports, and
// the handles a scenario drives it through (the user's clicks, the OS's events).
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions, NativeImage, NotificationConstructorOptions } from 'electron';
import { AppDouble } from './app';
import { AutoUpdaterDouble } from './auto-updater';
import { BrowserWindowDouble, type WindowEnvironment } from './browser-window';
import { GlobalShortcutDouble } from './global-shortcut';
import { IpcMainDouble } from './ipc-main';
import { MenuDouble } from './menu';
import { NotificationDouble } from './notification';
import { createNetRequest, createSessionModule } from './net-request';
import { createNetDouble, ProtocolDouble } from './protocol';
import { createSafeStorageDouble } from './safe-storage';
import { createDialogDouble, createShellDouble, nativeImageDouble, NativeThemeDouble, PowerMonitorDouble, ScreenDouble } from './system';
import { TrayDouble } from './tray';
import type { DesktopWorld } from './world';

export interface ElectronDouble {
  /** What `import … from 'electron'` gives the bundle. */
  module: Record<string, unknown>;
  app: AppDouble;
  protocol: ProtocolDouble;
  ipcMain: IpcMainDouble;
  powerMonitor: PowerMonitorDouble;
  nativeTheme: NativeThemeDouble;
  globalShortcut: GlobalShortcutDouble;
  /** The displays; a scenario plugs one in or mirrors them. */
  screen: ScreenDouble;
  windows: Set<BrowserWindowDouble>;
  trays: TrayDouble[];
  notifications: NotificationDouble[];
  /** URLs and paths handed to the OS (shell.openExternal…). */
  opened: string[];
  applicationMenu(): MenuDouble | null;
  /** Page errors of every window. */
  pageErrors: string[];
  /** What the save dialog answers next (null: the user cancels). */
  saveDialogAnswer: string | null;
  /** What a menu role does when picked (e.g. 'close' closes the focused window). */
  runRole(role: string): void;
}

export function createElectronDouble(world: DesktopWorld): ElectronDouble {
  const app = new AppDouble(world);
  const protocol = new ProtocolDouble(world);
  const ipcMain = new IpcMainDouble(protocol);
  const windows = new Set<BrowserWindowDouble>();
  const pageErrors: string[] = [];
  const env: WindowEnvironment = { world, app, ipcMain, protocol, all: windows, pageErrors };
  const trays: TrayDouble[] = [];
  const notifications: NotificationDouble[] = [];
  const opened: string[] = [];
  const powerMonitor = new PowerMonitorDouble(world);
  const nativeTheme = new NativeThemeDouble(world);
  const globalShortcut = new GlobalShortcutDouble(world);
  app.prependListener('will-quit', () => globalShortcut.willQuit());
  const screen = new ScreenDouble(world);
  let applicationMenu: MenuDouble | null = null;

  const focusedWindow = (): BrowserWindowDouble | null => [...windows].find((w) => w.isFocused()) ?? null;

  class BrowserWindow extends BrowserWindowDouble {
    constructor(options?: BrowserWindowConstructorOptions) {
      super(env, options);
    }
    static getAllWindows(): BrowserWindowDouble[] {
      return [...windows];
    }
    static getFocusedWindow(): BrowserWindowDouble | null {
      return focusedWindow();
    }
    static fromWebContents(contents: { id: number }): BrowserWindowDouble | null {
      return [...windows].find((w) => w.webContents.id === contents.id) ?? null;
    }
  }

  class Tray extends TrayDouble {
    constructor(image: NativeImage | string) {
      super(world, image, (tray) => trays.push(tray));
    }
  }

  class Notification extends NotificationDouble {
    constructor(options: NotificationConstructorOptions = {}) {
      super(world, options, (n) => notifications.push(n));
    }
    static isSupported(): boolean {
      return true;
    }
  }

  const Menu = {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => MenuDouble.buildFromTemplate(template),
    setApplicationMenu: (menu: MenuDouble | null) => void (applicationMenu = menu),
    getApplicationMenu: () => applicationMenu,
  };

  const double: ElectronDouble = {
    module: {},
    app,
    protocol,
    ipcMain,
    powerMonitor,
    nativeTheme,
    globalShortcut,
    screen,
    windows,
    trays,
    notifications,
    opened,
    pageErrors,
    saveDialogAnswer: null,
    applicationMenu: () => applicationMenu,
    runRole(role) {
      const target = focusedWindow();
      if (role === 'close') target?.close();
      else if (role === 'hide' || role === 'minimize') target?.hide();
      else if (role === 'quit') app.quit();
    },
  };
  double.module = {
    app,
    BrowserWindow,
    Tray,
    Menu,
    Notification,
    nativeImage: nativeImageDouble,
    safeStorage: createSafeStorageDouble(world),
    protocol,
    net: { ...createNetDouble(world), request: createNetRequest(world) },
    session: createSessionModule(world),
    autoUpdater: new AutoUpdaterDouble({ world, windows: () => app.windows, quitApp: () => app.quit() }),
    screen,
    powerMonitor,
    nativeTheme,
    globalShortcut,
    shell: createShellDouble(world, opened),
    dialog: createDialogDouble(() => double.saveDialogAnswer),
    ipcMain,
  };
  return double;
}
