// Thin adapter: BrowserWindow behind WindowPort, for the popover and the
// details window. Security settings come from core/window-security.
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { secureWebPreferences } from '../core/window-security';
import type { WindowPort } from '../ports';

export interface WindowOptions {
  preloadPath: string;
  url: string;
  packaged: boolean;
  darkBackground: boolean;
}

export const POPOVER_SIZE = { width: 360, height: 540 };

function toPort(window: BrowserWindow): WindowPort {
  const id = window.webContents.id;
  const subscribe = (event: 'blur' | 'closed', listener: () => void) => {
    window.on(event as 'blur', listener);
    return () => {
      if (!window.isDestroyed()) window.off(event as 'blur', listener);
    };
  };
  return {
    id,
    show: () => window.show(),
    hide: () => window.hide(),
    focus: () => window.focus(),
    isVisible: () => !window.isDestroyed() && window.isVisible(),
    isDestroyed: () => window.isDestroyed(),
    setPosition: (x, y) => window.setPosition(x, y, false),
    getSize: () => {
      const [width = POPOVER_SIZE.width, height = POPOVER_SIZE.height] = window.getSize();
      return { width, height };
    },
    send: (channel, payload) => {
      if (!window.isDestroyed()) window.webContents.send(channel, payload);
    },
    onBlur: (listener) => subscribe('blur', listener),
    onClosed: (listener) => subscribe('closed', listener),
  };
}

function base(options: WindowOptions): BrowserWindowConstructorOptions {
  return {
    show: false,
    backgroundColor: options.darkBackground ? '#1c1c1e' : '#f5f5f7',
    webPreferences: secureWebPreferences(options.preloadPath, { packaged: options.packaged }),
  };
}

/** Created hidden at start so the first click shows it instantly. */
export function createPopoverWindow(options: WindowOptions): { window: BrowserWindow; port: WindowPort } {
  const window = new BrowserWindow({
    ...base(options),
    // Restated inline so static scanners (electronegativity) can see them.
    webPreferences: { ...base(options).webPreferences, contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' },
    ...POPOVER_SIZE,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    ...(process.platform === 'darwin' ? { type: 'panel' as const, vibrancy: 'popover' as const } : {}),
  });
  // macOS: show above full-screen apps, like a menu-bar extra.
  if (process.platform === 'darwin') window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  void window.loadURL(options.url);
  return { window, port: toPort(window) };
}

export function createDetailsWindow(
  options: WindowOptions & { bounds: Rectangle | null; onBounds: (bounds: Rectangle) => void },
): { window: BrowserWindow; port: WindowPort } {
  const window = new BrowserWindow({
    ...base(options),
    webPreferences: { ...base(options).webPreferences, contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' },
    width: options.bounds?.width ?? 960,
    height: options.bounds?.height ?? 640,
    ...(options.bounds ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: 640,
    minHeight: 420,
    title: 'Tallybar',
  });
  const save = () => {
    if (!window.isDestroyed() && !window.isMinimized() && !window.isFullScreen()) options.onBounds(window.getBounds());
  };
  window.on('resized', save);
  window.on('moved', save);
  window.on('close', save);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return { window, port: toPort(window) };
}
