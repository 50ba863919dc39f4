// Thin adapter: BrowserWindow behind WindowPort, for the popover and the
// details window. Security settings come from core/window-security.
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { PopoverPlacement } from '../core/platform-behaviour';
import { secureWebPreferences } from '../core/window-security';
import { DETAILS_DEFAULT_SIZE, DETAILS_MIN_SIZE, POPOVER_SIZE } from '../core/window-sizes';
import type { WindowPort } from '../ports';

export interface WindowOptions {
  preloadPath: string;
  url: string;
  packaged: boolean;
  darkBackground: boolean;
  log: (line: string) => void;
}

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
    setTitle: (title) => {
      if (!window.isDestroyed()) window.setTitle(title);
    },
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

/** loadURL rejects when a load fails or is aborted (window closed mid-load): log it, never leave it unhandled. */
function loadPage(window: BrowserWindow, options: WindowOptions): void {
  window.loadURL(options.url).catch((error: unknown) => {
    options.log(`window: ${options.url} did not load (${error instanceof Error ? error.message : String(error)})`);
  });
}

function base(options: WindowOptions): BrowserWindowConstructorOptions {
  return {
    show: false,
    backgroundColor: options.darkBackground ? '#1c1c1e' : '#f5f5f7',
    webPreferences: secureWebPreferences(options.preloadPath, { packaged: options.packaged }),
  };
}

export interface PopoverWindowOptions extends WindowOptions {
  placement: PopoverPlacement;
  /** True once the app is quitting: only then may the popover really close. */
  isQuitting: () => boolean;
}

/** Created hidden at start so the first click shows it instantly. */
export function createPopoverWindow(options: PopoverWindowOptions): { window: BrowserWindow; port: WindowPort } {
  const anchored = options.placement === 'anchored';
  const window = new BrowserWindow({
    ...base(options),
    // Restated inline so static scanners (electronegativity) can see them.
    webPreferences: { ...base(options).webPreferences, contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' },
    ...POPOVER_SIZE,
    // A hidden popover renders nothing until first shown: without this a
    // `show: false` window counts as visible to its page (browser-window.md,
    // paintWhenInitiallyHidden), and its clock would tick all day unseen.
    paintWhenInitiallyHidden: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    // Wayland (see core/platform-behaviour.ts): a normal window the compositor places and the user can move.
    ...(anchored ? { frame: false, movable: false, skipTaskbar: true, alwaysOnTop: true } : { title: 'Tallybar' }),
    ...(process.platform === 'darwin' ? { type: 'panel' as const, vibrancy: 'popover' as const } : {}),
  });
  // macOS: show above full-screen apps, like a menu-bar extra. Without
  // skipTransformProcessType this briefly shows the Dock icon (base-window.md).
  if (process.platform === 'darwin') window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true, skipTransformProcessType: true });
  // Cmd+W / Alt+F4 would destroy the one popover the tray shows; hide it
  // instead, unless the app is quitting (then it must close, or quit stalls).
  window.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
  loadPage(window, options);
  return { window, port: toPort(window) };
}

export function createDetailsWindow(
  options: WindowOptions & { bounds: Rectangle | null; onBounds: (bounds: Rectangle) => void },
): { window: BrowserWindow; port: WindowPort } {
  const window = new BrowserWindow({
    ...base(options),
    webPreferences: { ...base(options).webPreferences, contextIsolation: true, sandbox: true, disableBlinkFeatures: 'Auxclick' },
    width: options.bounds?.width ?? DETAILS_DEFAULT_SIZE.width,
    height: options.bounds?.height ?? DETAILS_DEFAULT_SIZE.height,
    ...(options.bounds ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: DETAILS_MIN_SIZE.width,
    minHeight: DETAILS_MIN_SIZE.height,
    title: 'Tallybar',
  });
  const save = () => {
    if (!window.isDestroyed() && !window.isMinimized() && !window.isFullScreen()) options.onBounds(window.getBounds());
  };
  // Main words the title in the user's language (and re-words it on a switch):
  // the page's <title> would otherwise replace it on load (browser-window.md, 'page-title-updated').
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('resized', save);
  window.on('moved', save);
  window.on('close', save);
  window.once('ready-to-show', () => window.show());
  loadPage(window, options);
  return { window, port: toPort(window) };
}
