// What the composition root needs from its host (Electron, or the test
// harnesses) and what it gives back.
import type { PopoverPlacement } from '../core/platform-behaviour';
import type { AppSnapshot } from '../../common/types';
import type { AppMenuActions } from '../controllers/app-menu';
import type { BoundsStore } from '../controllers/details-window';
import type { DetailsTab } from '../../common/contract';
import type { Handlers, InvokeEventLike, IpcGateOptions } from '../ipc/gate';
import type { DisplayPort, GlobalShortcutPort, MenuItemSpec, NotifierPort, SystemPort, TrayPort, UpdaterPort, WindowPort } from '../ports';
import type { Clock } from '../services/clock';
import type { OpenStore } from '../services/local-store';
import type { SafeStorageLike } from '../services/vault';
import type { KeptNotice } from './app-view';
import type { Session, SessionOptions } from './session';

export interface DemoBackend {
  url: string;
  close(): Promise<void>;
}

export interface AppDeps {
  /** Electron's userData (or a temp dir in tests). The demo lives in `<dataDir>/demo`. */
  dataDir: string;
  /** TALLYBAR_API_BASE_URL, if set. */
  envBaseUrl?: string | undefined;
  demo: boolean;
  openStore: OpenStore;
  safeStorage: SafeStorageLike;
  whenReady: () => Promise<void>;
  clock: Clock;
  tray: TrayPort;
  popover: WindowPort;
  /** How the popover window is placed on this session (default: anchored to the tray). */
  popoverPlacement?: PopoverPlacement;
  /**
   * Creates the details window, or focuses the existing one. `bounds` is where
   * its size and position are kept: the current session's store, read when used.
   */
  openDetailsWindow(tab: DetailsTab | undefined, bounds: () => BoundsStore): { port: WindowPort; created: boolean };
  detailsWindow(): WindowPort | null;
  /**
   * Installs the application menu (Electron's Menu.setApplicationMenu), again
   * whenever its words change language. Absent in hosts without one (tests).
   */
  setAppMenu?(items: MenuItemSpec[]): void;
  display: DisplayPort;
  globalShortcut: GlobalShortcutPort;
  notifier: NotifierPort;
  system: SystemPort;
  /** electron-updater, in packaged builds; absent (or a development build) means no updates. */
  updater?: UpdaterPort;
  /** Directory of the tray PNGs. */
  trayAssetsDir: string;
  downloadsDir: string;
  /** Whether a URL is one of our own renderer pages (the IPC gate's check). */
  isAppUrl(url: string): boolean;
  /** Starts the built-in CoinStats double for demo mode. */
  startDemoBackend(): Promise<DemoBackend>;
  log(line: string): void;
  /** Tests make the client faster; production keeps the defaults. */
  tuning?: Pick<SessionOptions, 'ratePerSecond' | 'retry' | 'timeoutMs'>;
}

export interface TallybarApp {
  readonly handlers: Handlers;
  isTrustedSender(event: InvokeEventLike): boolean;
  /** The gate's options besides ipcMain and log: handlers, sender policy, the vault's secret check. */
  readonly gate: Pick<IpcGateOptions, 'handlers' | 'isTrustedSender' | 'isSecret'>;
  start(): Promise<void>;
  stop(): Promise<void>;
  snapshot(): AppSnapshot;
  session(): Session;
  togglePopover(): void;
  /** Opens the details window with a hint, once per install (e.g. when the desktop shows no tray icon). */
  showHintOnce(hint: KeptNotice): void;
  /** What the application menu's items do (same as the tray's). */
  readonly menuActions: AppMenuActions;
}
