// The OS-facing objects the app needs, as small interfaces. Electron adapters
// in main/adapters/ implement them (type-checked against electron.d.ts); the
// end-to-end harness implements them with a Chromium page and recorders.
// Services and controllers depend on these, never on `electron`.
import type { Platform, Point, Rect } from './core/popover-position';

export interface MenuItemSpec {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'checkbox';
  enabled?: boolean;
  checked?: boolean;
  accelerator?: string;
  click?: () => void;
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

export interface DisplayPort {
  cursor(): Point;
  displayNearest(point: Point): DisplayInfo;
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
  setLaunchAtLogin(enabled: boolean): void;
  shouldUseDarkColors(): boolean;
  onThemeChange(listener: () => void): () => void;
  onPower(listener: (event: PowerEvent) => void): () => void;
  locale(): string;
  quit(): void;
}
