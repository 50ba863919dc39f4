// Electron's BrowserWindow, rendered by a real Chromium page running the
// app's real preload (sandboxed: its require serves only 'electron',
// docs/tutorial/sandbox.md). State the OS owns — visibility, focus, position —
// is modelled per platform, and the page sees its window's visibility as
// Electron shows it (page-visibility.ts); calls on a destroyed window throw
// "Object has been destroyed" (shell/common/gin_helper/function_template.h).
import { EventEmitter } from 'node:events';
import { isAbsolute } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { Page } from 'playwright-core';
import { createBridgedPage, createPushQueue } from '../e2e/chromium-window';
import type { AppDouble, QuitParticipant } from './app';
import { preventableEvent } from './electron-event';
import type { IpcMainDouble } from './ipc-main';
import { PageVisibility } from './page-visibility';
import type { ProtocolDouble } from './protocol';
import { WebContentsDouble } from './web-contents';
import type { DesktopWorld, Focusable } from './world';

export interface WindowEnvironment {
  world: DesktopWorld;
  app: AppDouble;
  ipcMain: IpcMainDouble;
  protocol: ProtocolDouble;
  all: Set<BrowserWindowDouble>;
  pageErrors: string[];
}

type WindowMembers = Pick<
  BrowserWindow,
  | 'show' | 'hide' | 'focus' | 'blur' | 'close' | 'destroy' | 'isVisible' | 'isFocused' | 'isDestroyed'
  | 'setPosition' | 'getPosition' | 'getSize' | 'getBounds' | 'setBounds' | 'isMinimized' | 'isFullScreen'
  | 'setVisibleOnAllWorkspaces' | 'setAlwaysOnTop' | 'isAlwaysOnTop' | 'loadURL' | 'id' | 'setTitle' | 'getTitle'
>;

export class BrowserWindowDouble extends EventEmitter implements WindowMembers, QuitParticipant, Focusable {
  readonly id: number;
  readonly name: string;
  readonly webContents: WebContentsDouble;
  readonly options: BrowserWindowConstructorOptions;
  /** Resolves with the Chromium page once it exists and the preload is installed. */
  readonly page: Promise<Page>;
  /** What the page reads as document.visibilityState. */
  readonly visibility: PageVisibility;
  private bounds: Rectangle;
  private visible = false;
  private focused = false;
  private destroyed = false;
  private alwaysOnTop: boolean;
  private placed: boolean;
  private loaded = false;
  /** What the title bar and task switcher show. */
  private title: string;

  constructor(private readonly env: WindowEnvironment, options: BrowserWindowConstructorOptions = {}) {
    super();
    const { world } = env;
    // shell/browser/api/electron_api_browser_window.cc
    world.requireReady('Cannot create BrowserWindow before app is ready');
    world.touch('new BrowserWindow');
    this.options = options;
    this.id = world.id();
    this.name = options.title ?? `window ${this.id}`;
    this.title = options.title ?? '';
    const prefs = options.webPreferences ?? {};
    if (prefs.sandbox === false || prefs.contextIsolation === false || prefs.nodeIntegration === true) {
      throw new Error('Electron double: only sandboxed, context-isolated windows without Node are modelled');
    }
    if (prefs.preload !== undefined && !isAbsolute(prefs.preload)) throw new Error('Electron double: the preload path must be absolute');
    const display = world.platform.displays[0]!;
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.placed = options.x !== undefined && options.y !== undefined && !world.platform.wayland;
    this.bounds = this.placed
      ? { x: options.x!, y: options.y!, width, height }
      : centred(display.workArea, width, height);
    this.alwaysOnTop = (options.alwaysOnTop ?? false) && !world.platform.wayland;
    this.webContents = new WebContentsDouble(this.id, this);
    this.visibility = new PageVisibility(options);
    this.page = createBridgedPage({
      context: world.context,
      ipcMain: env.ipcMain.loopback,
      senderId: this.id,
      width,
      height,
      ...(prefs.preload ? { preloadPath: prefs.preload } : {}),
      pushesDelivered: () => this.webContents.pushes?.flushed() ?? Promise.resolve(),
    }).then(async (page) => {
      await this.visibility.install(page);
      this.webContents.pushes = createPushQueue({ page, ipcMain: env.ipcMain.loopback, senderId: this.id, isDestroyed: () => this.destroyed, name: this.name });
      page.on('pageerror', (error) => env.pageErrors.push(`${this.name}: ${error.message}`));
      page.on('console', (message) => {
        // A failed load is reported below with its URL.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) env.pageErrors.push(`${this.name} console: ${message.text()}`);
      });
      page.on('requestfailed', (request) => {
        // Electron does not fetch favicons for its windows; headless Chromium does.
        if (!request.url().endsWith('/favicon.ico')) env.pageErrors.push(`${this.name} failed to load ${env.protocol.toAppUrl(request.url())}`);
      });
      return page;
    });
    env.all.add(this);
    env.app.windows.add(this);
    env.ipcMain.windows.set(this.id, this);
    env.app.emit('web-contents-created', preventableEvent(), this.webContents);
    env.app.emit('browser-window-created', preventableEvent(), this);
  }

  alive(method: string): void {
    if (this.destroyed) throw new TypeError(`Object has been destroyed (${this.name}: ${method})`);
    this.env.world.touch(`BrowserWindow.${method}`);
  }

  async loadURL(url: string): Promise<void> {
    this.alive('loadURL');
    const page = await this.page;
    const target = await this.env.protocol.toPageUrl(url);
    this.webContents.url = url;
    this.webContents.loading = true;
    try {
      await page.goto(target);
    } catch (error) {
      // web-contents.md: loadURL rejects when the load fails; a window closed mid-load aborts it.
      if (this.destroyed) throw new Error(`ERR_ABORTED (-3) loading '${url}'`, { cause: error });
      throw new Error(`ERR_FAILED (-2) loading '${url}': ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
    } finally {
      this.webContents.loading = false;
    }
    this.webContents.url = this.env.protocol.toAppUrl(page.url());
    // browser-window.md, 'page-title-updated': the document's <title> becomes the window's unless a listener prevents it.
    const documentTitle = await page.title();
    const titled = preventableEvent();
    this.emit('page-title-updated', titled, documentTitle, true);
    if (!titled.defaultPrevented && documentTitle) this.title = documentTitle;
    this.visibility.apply(this.page);
    this.webContents.emit('did-finish-load', preventableEvent());
    if (!this.loaded) {
      this.loaded = true;
      if (this.visibility.readyToShow) this.emit('ready-to-show', preventableEvent());
    }
  }

  show(): void {
    this.alive('show');
    const { world } = this.env;
    // A compositor that ignores positions (Wayland) places a new window itself.
    if (!this.visible) {
      this.visible = true;
      this.visibility.windowShown(this.page, true);
      this.emit('show', preventableEvent());
    }
    world.focus(this);
  }

  hide(): void {
    this.alive('hide');
    if (!this.visible) return;
    this.visible = false;
    this.visibility.windowShown(this.page, false);
    this.env.world.blur(this);
    this.emit('hide', preventableEvent());
  }

  focus(): void {
    this.alive('focus');
    if (this.visible) this.env.world.focus(this);
  }

  blur(): void {
    this.alive('blur');
    this.env.world.blur(this);
  }

  gainedFocus(): void {
    this.focused = true;
    void this.page.then((page) => page.bringToFront()).catch(() => undefined);
    this.emit('focus', preventableEvent());
  }

  lostFocus(): void {
    this.focused = false;
    if (!this.destroyed) this.emit('blur', preventableEvent());
  }

  /** 'close' first (cancellable), then 'closed' and destruction, as BrowserWindow.close() does. */
  close(): void {
    if (this.destroyed) return;
    this.closeForQuit();
  }

  closeForQuit(): boolean {
    const event = preventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.env.world.blur(this);
    this.destroyed = true;
    this.visible = false;
    this.env.all.delete(this);
    this.env.app.windows.delete(this);
    this.env.ipcMain.windows.delete(this.id);
    this.emit('closed', preventableEvent());
    this.webContents.emit('destroyed', preventableEvent());
    void this.page.then((page) => page.close()).catch(() => undefined);
    if (this.env.all.size === 0) this.env.app.windowAllClosed();
  }

  isVisible(): boolean {
    return !this.destroyed && this.visible;
  }

  /** Test side: document.visibilityState as the page's own scripts read it now. */
  async pageVisibility(): Promise<string> {
    await this.visibility.settled();
    return (await this.page).evaluate(() => document.visibilityState);
  }

  isFocused(): boolean {
    return !this.destroyed && this.focused;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setPosition(x: number, y: number): void {
    this.alive('setPosition');
    if (this.env.world.platform.wayland) {
      this.env.world.record({ kind: 'ignored', api: 'BrowserWindow.setPosition', why: 'Wayland prohibits changing global window coordinates (base-window.md)' });
      return;
    }
    this.bounds = { ...this.bounds, x, y };
    this.placed = true;
    this.emit('moved', preventableEvent());
  }

  setTitle(title: string): void {
    this.alive('setTitle');
    this.title = title;
  }

  getTitle(): string {
    this.alive('getTitle');
    return this.title;
  }

  getPosition(): number[] {
    this.alive('getPosition');
    // base-window.md: "On Wayland, this method will return [0, 0]".
    return this.env.world.platform.wayland ? [0, 0] : [this.bounds.x, this.bounds.y];
  }

  getSize(): number[] {
    this.alive('getSize');
    return [this.bounds.width, this.bounds.height];
  }

  getBounds(): Rectangle {
    this.alive('getBounds');
    return this.env.world.platform.wayland ? { ...this.bounds, x: 0, y: 0 } : { ...this.bounds };
  }

  /** Where the window really is on screen (the compositor knows even when the app may not ask). */
  screenBounds(): Rectangle {
    return { ...this.bounds };
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.alive('setBounds');
    const wayland = this.env.world.platform.wayland;
    this.bounds = { ...this.bounds, width: bounds.width ?? this.bounds.width, height: bounds.height ?? this.bounds.height, ...(wayland ? {} : pick(bounds)) };
    void this.page.then((page) => page.setViewportSize({ width: this.bounds.width, height: this.bounds.height })).catch(() => undefined);
    this.emit('resized', preventableEvent());
  }

  isMinimized(): boolean {
    return false;
  }

  isFullScreen(): boolean {
    return false;
  }

  setVisibleOnAllWorkspaces(_visible: boolean, options?: { visibleOnFullScreen?: boolean; skipTransformProcessType?: boolean }): void {
    this.alive('setVisibleOnAllWorkspaces');
    // base-window.md: without skipTransformProcessType macOS transforms the
    // process type, which "will hide the window and dock for a short time".
    if (this.env.world.platform.processPlatform === 'darwin' && !options?.skipTransformProcessType) this.env.world.record({ kind: 'dock-flashed' });
  }

  setAlwaysOnTop(flag: boolean): void {
    this.alive('setAlwaysOnTop');
    // base-window.md: "Not supported on Wayland (Linux)."
    if (!this.env.world.platform.wayland) this.alwaysOnTop = flag;
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
}

function centred(area: Rectangle, width: number, height: number): Rectangle {
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
}

function pick(bounds: Partial<Rectangle>): Partial<Rectangle> {
  return { ...(bounds.x !== undefined ? { x: bounds.x } : {}), ...(bounds.y !== undefined ? { y: bounds.y } : {}) };
}

export { WebContentsDouble };
