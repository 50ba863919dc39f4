// BrowserWindow, replaced by a Chromium page: the real renderer runs in it
// with the real preload, its webContents.send reaches the page's listeners,
// and what main does to the window (show, hide, focus…) is recorded for
// tests to assert on, since a headless page has no OS window to look at.
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { WindowPort } from '../../../main/ports';
import { serializeForIpc } from './ipc-clone';
import type { LoopbackIpcMain } from './loopback-ipc';
import { DISPATCH_FUNCTION, INVOKE_BINDING, preloadInitScript } from './preload-shim';

export type WindowName = 'popover' | 'details';

export type WindowCall =
  | { method: 'loadFile'; file: string }
  | { method: 'loadURL'; url: string }
  | { method: 'show' | 'hide' | 'focus' | 'blur' | 'close' | 'destroy' }
  | { method: 'setBounds'; bounds: Bounds }
  | { method: 'setPosition'; x: number; y: number }
  | { method: 'setTitle'; title: string };

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

type WindowEvent = 'show' | 'hide' | 'focus' | 'blur' | 'closed';

export interface ChromiumWebContents {
  readonly id: number;
  /** Like Electron: returns at once; delivery is queued in order. Await `flush()` to see it land. */
  send(channel: string, payload?: unknown): void;
  getURL(): string;
  isDestroyed(): boolean;
  /** Resolves when every send so far has been dispatched in the page. */
  flush(): Promise<void>;
}

/** main's WindowPort, plus what tests need: the page, the recorded calls, OS events to fire. */
export interface ChromiumWindow extends WindowPort {
  readonly id: number;
  readonly name: string;
  readonly page: Page;
  readonly webContents: ChromiumWebContents;
  /** What main did to this window, in order. */
  readonly calls: WindowCall[];
  loadFile(file: string, options?: { query?: Record<string, string>; hash?: string }): Promise<void>;
  loadURL(url: string): Promise<void>;
  show(): void;
  hide(): void;
  focus(): void;
  close(): void;
  destroy(): void;
  isVisible(): boolean;
  isFocused(): boolean;
  isDestroyed(): boolean;
  getBounds(): Bounds;
  setBounds(bounds: Partial<Bounds>): void;
  setPosition(x: number, y: number): void;
  getSize(): { width: number; height: number };
  send(channel: string, payload: unknown): void;
  onBlur(listener: () => void): () => void;
  onClosed(listener: () => void): () => void;
  on(event: WindowEvent, listener: () => void): ChromiumWindow;
  removeListener(event: WindowEvent, listener: () => void): ChromiumWindow;
  /** Test side: fire an OS event main listens to (e.g. the popover losing focus). */
  emit(event: WindowEvent): void;
}

export interface CreatePageOptions {
  context: BrowserContext;
  ipcMain: Pick<LoopbackIpcMain, 'invoke' | 'recordPush'>;
  /** The preload bundle to run in the page (default: the built out/preload). */
  preloadPath?: string;
  /** The webContents id the gate will see for this page's invokes. */
  senderId: number;
  width: number;
  height: number;
  /**
   * Resolves once the pushes queued to this page so far have landed. Electron
   * sends pushes and invoke replies to a renderer over one ordered pipe, so a
   * reply must not overtake a push main sent before it.
   */
  pushesDelivered?: () => Promise<void>;
}

/** A page with the preload installed and its invokes bridged to `ipcMain`. */
export async function createBridgedPage(opts: CreatePageOptions): Promise<Page> {
  const page = await opts.context.newPage();
  await page.setViewportSize({ width: opts.width, height: opts.height });
  // The binding must exist before the init script runs: the shim captures and hides it.
  await page.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, json: unknown, undefinedAt: unknown) => {
    const reply = await opts.ipcMain.invoke(
      { id: opts.senderId, frameUrl: source.frame.url(), topFrame: source.frame.parentFrame() === null },
      String(channel),
      decodeArgs(json, undefinedAt),
    );
    await opts.pushesDelivered?.().catch(() => undefined);
    return reply;
  });
  await page.addInitScript({ content: preloadInitScript(opts.preloadPath) });
  return page;
}

export async function createChromiumWindow(
  opts: CreatePageOptions & { name: string },
): Promise<ChromiumWindow> {
  // Declared before the page so its invoke replies can wait for earlier pushes.
  let delivered: () => Promise<void> = () => Promise.resolve();
  const page = await createBridgedPage({ ...opts, pushesDelivered: () => delivered() });
  const calls: WindowCall[] = [];
  const listeners = new Map<WindowEvent, Set<() => void>>();
  let bounds: Bounds = { x: 0, y: 0, width: opts.width, height: opts.height };
  let visible = false;
  let focused = false;
  let destroyed = false;

  const emit = (event: WindowEvent): void => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener();
  };
  const alive = (method: string): void => {
    // Electron throws "Object has been destroyed" for calls on a destroyed window.
    if (destroyed) throw new Error(`Object has been destroyed (${opts.name} window, ${method})`);
  };
  const teardown = (): void => {
    if (destroyed) return;
    destroyed = true;
    visible = false;
    emit('closed');
    void page.close().catch(() => undefined);
  };

  const pushes = createPushQueue({ page, ipcMain: opts.ipcMain, senderId: opts.senderId, isDestroyed: () => destroyed, name: opts.name });
  const webContents: ChromiumWebContents = {
    id: opts.senderId,
    send: pushes.send,
    getURL: () => (destroyed ? '' : page.url()),
    isDestroyed: () => destroyed,
    flush: () => pushes.flushed(),
  };
  delivered = pushes.flushed;

  const win: ChromiumWindow = {
    id: opts.senderId,
    name: opts.name,
    page,
    webContents,
    calls,
    async loadFile(file, options) {
      alive('loadFile');
      calls.push({ method: 'loadFile', file });
      const url = pathToFileURL(file);
      for (const [key, value] of Object.entries(options?.query ?? {})) url.searchParams.set(key, value);
      if (options?.hash) url.hash = options.hash;
      await page.goto(url.href);
    },
    async loadURL(url) {
      alive('loadURL');
      calls.push({ method: 'loadURL', url });
      await page.goto(url);
    },
    show() {
      alive('show');
      calls.push({ method: 'show' });
      const wasVisible = visible;
      visible = true;
      if (!wasVisible) emit('show');
      win.focus();
    },
    hide() {
      alive('hide');
      calls.push({ method: 'hide' });
      if (focused) win.emit('blur');
      const wasVisible = visible;
      visible = false;
      if (wasVisible) emit('hide');
    },
    focus() {
      alive('focus');
      calls.push({ method: 'focus' });
      if (!focused) {
        focused = true;
        emit('focus');
      }
      void page.bringToFront().catch(() => undefined);
    },
    close() {
      if (destroyed) return;
      calls.push({ method: 'close' });
      teardown();
    },
    destroy() {
      if (destroyed) return;
      calls.push({ method: 'destroy' });
      teardown();
    },
    isVisible: () => visible && !destroyed,
    isFocused: () => focused && !destroyed,
    isDestroyed: () => destroyed,
    getBounds: () => ({ ...bounds }),
    setBounds(next) {
      alive('setBounds');
      bounds = { ...bounds, ...next };
      calls.push({ method: 'setBounds', bounds: { ...bounds } });
      void page.setViewportSize({ width: bounds.width, height: bounds.height }).catch(() => undefined);
    },
    setPosition(x, y) {
      alive('setPosition');
      bounds = { ...bounds, x, y };
      calls.push({ method: 'setPosition', x, y });
    },
    setTitle(title) {
      alive('setTitle');
      calls.push({ method: 'setTitle', title });
    },
    getSize: () => ({ width: bounds.width, height: bounds.height }),
    send: (channel, payload) => webContents.send(channel, payload),
    onBlur(listener) {
      win.on('blur', listener);
      return () => void win.removeListener('blur', listener);
    },
    onClosed(listener) {
      win.on('closed', listener);
      return () => void win.removeListener('closed', listener);
    },
    on(event, listener) {
      listeners.set(event, (listeners.get(event) ?? new Set()).add(listener));
      return win;
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener);
      return win;
    },
    emit(event) {
      if (event === 'blur') {
        if (!focused) return;
        focused = false;
        calls.push({ method: 'blur' });
      }
      emit(event);
    },
  };
  return win;
}

/** The page's cloned arguments back into values (undefined ones restored). */
function decodeArgs(json: unknown, undefinedAt: unknown): unknown[] {
  const args = typeof json === 'string' ? (JSON.parse(json) as unknown) : [];
  if (!Array.isArray(args)) return [];
  const missing = new Set(Array.isArray(undefinedAt) ? undefinedAt : []);
  return args.map((arg, index) => (missing.has(index) ? undefined : arg));
}

export interface PushQueue {
  /** Like Electron's webContents.send: returns at once, delivered in order. */
  send(channel: string, payload?: unknown): void;
  /** Resolves when every send so far has been dispatched in the page. */
  flushed(): Promise<void>;
}

/**
 * main → page pushes over one ordered queue, as Electron's IPC pipe is
 * ordered. A non-cloneable payload throws at the call, like Electron.
 */
export function createPushQueue(opts: {
  page: Page;
  ipcMain: Pick<LoopbackIpcMain, 'recordPush'>;
  senderId: number;
  isDestroyed: () => boolean;
  name: string;
}): PushQueue {
  const { page } = opts;
  let queue: Promise<void> = Promise.resolve();
  return {
    send(channel, payload) {
      // Electron throws "Object has been destroyed" for calls on a destroyed webContents.
      if (opts.isDestroyed()) throw new Error(`Object has been destroyed (${opts.name} window, webContents.send)`);
      const json = serializeForIpc(payload); // throws now for a non-cloneable payload, like Electron
      opts.ipcMain.recordPush(opts.senderId, channel, payload === undefined ? undefined : JSON.parse(json!));
      queue = queue.then(async () => {
        if (opts.isDestroyed()) return;
        await page
          .evaluate(
            ([fn, ch, body]) => {
              const dispatch = (window as unknown as Record<string, unknown>)[fn] as ((c: string, b?: string) => number) | undefined;
              // Before the page loaded (or after it left our origin) there is nobody listening: dropped, as in Electron.
              return dispatch ? dispatch(ch, body ?? undefined) : 0;
            },
            [DISPATCH_FUNCTION, channel, json ?? null] as const,
          )
          .catch((error: unknown) => {
            // A push that lands while the page navigates (loadURL in flight) is
            // dropped, as in Electron; it must not break the queue for later pushes.
            if (error instanceof Error && /Execution context was destroyed/.test(error.message)) return;
            if (!opts.isDestroyed() && !page.isClosed()) throw error;
          });
      });
    },
    flushed: () => queue,
  };
}
