// The OS-facing objects the app needs, as small interfaces. Electron adapters
// in main/adapters/ implement them (type-checked against electron.d.ts); the
// end-to-end harness implements them with a Chromium page and recorders.
// Services and controllers depend on these, never on `electron`.
import type { Platform, Point, Rect } from './core/popover-position';

/** Built-in menu behaviours we use (a subset of Electron's roles, kept electron-free). */
export type MenuRole = 'about' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'close' | 'minimize' | 'hide' | 'hideOthers' | 'unhide';

export interface MenuItemSpec {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'checkbox';
  enabled?: boolean;
  checked?: boolean;
  accelerator?: string;
  click?: () => void;
  /** A native behaviour (e.g. `copy`): the OS supplies shortcut and action; Electron's label is English, so give one. */
  role?: MenuRole;
  submenu?: MenuItemSpec[];
}

export interface TrayPort {
  /** Absolute path of a PNG (Electron picks `@2x` and `Template` variants). */
  setImage(file: string): void;
  /** macOS only: text next to the icon. */
  setTitle(title: string): void;
  setToolTip(text: string): void;
  setMenu(items: MenuItemSpec[]): void;
  /** Null where the platform cannot tell (Linux). */
  getBounds(): Rect | null;
  onClick(listener: () => void): () => void;
}

export interface WindowPort {
  /** The webContents id: how the IPC gate recognises this window. */
  readonly id: number;
  show(): void;
  hide(): void;
  focus(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
  setPosition(x: number, y: number): void;
  /** The title the OS shows (title bar, task switcher); the page's own <title> never replaces it. */
  setTitle(title: string): void;
  getSize(): { width: number; height: number };
  send(channel: string, payload: unknown): void;
  onBlur(listener: () => void): () => void;
  onClosed(listener: () => void): () => void;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

/** What the OS said changed (screen.md events): a display was added, or one's bounds, work area, scale or rotation changed. */
export type DisplayChange = 'added' | 'metrics';

export interface DisplayPort {
  cursor(): Point;
  displayNearest(point: Point): DisplayInfo;
  /** Every display connected now. */
  all(): DisplayInfo[];
  /** 'display-added' and 'display-metrics-changed'; returns the unsubscribe. */
  onChange(listener: (change: DisplayChange) => void): () => void;
}

export interface NotificationSpec {
  title: string;
  body: string;
  onClick?: () => void;
}

export interface NotifierPort {
  isSupported(): boolean;
  show(notification: NotificationSpec): void;
}

/** `user-idle` / `user-active`: nobody has touched the machine for a while, or someone is back. */
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'online' | 'offline' | 'user-idle' | 'user-active';

export interface SystemPort {
  readonly platform: Platform;
  /** Whether this is a packaged build (DevTools off, fuses set). */
  readonly isPackaged: boolean;
  openExternal(url: string): Promise<void>;
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  /** Opens the file manager on the folder holding `path`, with the file selected. */
  showItemInFolder(path: string): void;
  setLaunchAtLogin(enabled: boolean): void;
  /** Whether the OS will start us at login (the user may change it outside Tallybar); null where unsupported (Linux). */
  getLaunchAtLogin(): boolean | null;
  shouldUseDarkColors(): boolean;
  /** Whether the bar the tray icon sits on is dark (see core/platform-behaviour.ts). */
  taskbarDark(): boolean;
  onThemeChange(listener: () => void): () => void;
  onPower(listener: (event: PowerEvent) => void): () => void;
  /** The user's regional format (e.g. `en-GB`) for numbers and dates, not the UI language. */
  locale(): string;
  /** The OS's preferred UI languages, most preferred first (`['de-AT', 'en-US']`): the 'system' language setting follows them. */
  languages(): readonly string[];
  quit(): void;
}

/** Electron's globalShortcut (docs/api/global-shortcut.md): usable only after app 'ready'. */
export interface GlobalShortcutPort {
  /** False when the OS refused: another app holds the accelerator. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/** A newer version the update feed lists. */
export interface UpdateFound {
  version: string;
  /** As the feed gives them: HTML from GitHub Releases, plain text elsewhere; null when there are none. */
  releaseNotes: string | null;
}

/** electron-updater's autoUpdater, reduced to what the update policy (controllers/updates.ts) asks of it. */
export interface UpdaterPort {
  /** The newer version the feed lists, or null when this one is the newest. Rejects when the feed cannot be read. */
  check(): Promise<UpdateFound | null>;
  /** Downloads what check() found; rejects when the download breaks off or its sha512 is not the feed's. */
  download(onProgress: (percent: number) => void): Promise<void>;
  /** Quits, installs the downloaded version and starts it. */
  quitAndInstall(): void;
}
