// The end-to-end harness: one browser context per test in which the real
// renderer and the real preload run as Chromium pages, wired to main's real
// IPC gate through a loopback ipcMain. Only Electron's OS-facing objects are
// replaced: windows by pages, the tray and notifications by recorders.
// Composition (which services, which handlers) is the caller's: pass
// `registerIpc` to install main's gate on the loopback.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DETAILS_DEFAULT_SIZE, POPOVER_SIZE } from '../../../main/core/window-sizes';
import { type ChromiumWindow, createBridgedPage, createChromiumWindow } from './chromium-window';
import { type IpcLogEntry, LoopbackIpcMain } from './loopback-ipc';
import { type NetworkGuard, guardNetwork } from './network-guard';
import { NotificationRecorder, TrayRecorder } from './recorders';

/** The app's own window sizes (the popover is a fixed-size frameless window). */
export const WINDOW_SIZES = { popover: POPOVER_SIZE, details: DETAILS_DEFAULT_SIZE } as const;

export interface HarnessOptions {
  browser: Browser;
  /** Install main's handlers (e.g. `registerIpcGate`) on the loopback ipcMain. */
  registerIpc?: (ipcMain: LoopbackIpcMain, harness: Harness) => void;
  /** Light or dark, as the OS would report it. Default light. */
  colorScheme?: 'light' | 'dark';
  /** Locale for `Intl` in the pages. Default en-US. */
  locale?: string;
}

export interface Harness {
  readonly context: BrowserContext;
  readonly ipcMain: LoopbackIpcMain;
  /** Every invoke and push that crossed the bridge, in order. */
  readonly ipcLog: IpcLogEntry[];
  readonly tray: TrayRecorder;
  readonly notifications: NotificationRecorder;
  readonly network: NetworkGuard;
  /** Uncaught exceptions from every page. */
  readonly pageErrors: string[];
  /** console.error lines (incl. CSP reports and failed loads) from every page. */
  readonly consoleErrors: string[];
  /** A window main created: it counts as ours for the gate's sender check. */
  createWindow(name: string, size?: { width: number; height: number }): Promise<ChromiumWindow>;
  /** Ids of live windows: what main's sender policy should trust. */
  windowIds(): number[];
  windows(): ChromiumWindow[];
  /** A page with the preload but not created as one of main's windows. */
  openUntrackedPage(size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const context = await options.browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    serviceWorkers: 'block',
    // The app's CSP applies in the suite as in the app; scripts the harness
    // needs (axe) go in through the DevTools protocol, which CSP does not see.
    bypassCSP: false,
  });
  const network = await guardNetwork(context);
  const ipcMain = new LoopbackIpcMain();
  const windows = new Map<number, ChromiumWindow>();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  let nextId = 1;
  let closed = false;

  const watch = (page: Page, label: string): void => {
    page.on('pageerror', (error) => pageErrors.push(`${label}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${label}: ${message.text()}`);
    });
  };

  const harness: Harness = {
    context,
    ipcMain,
    ipcLog: ipcMain.log,
    tray: new TrayRecorder(),
    notifications: new NotificationRecorder(),
    network,
    pageErrors,
    consoleErrors,
    async createWindow(name, size = sizeFor(name)) {
      const id = nextId++;
      const win = await createChromiumWindow({ context, ipcMain, senderId: id, name, ...size });
      windows.set(id, win);
      win.onClosed(() => windows.delete(id));
      watch(win.page, name);
      return win;
    },
    windowIds: () => [...windows.keys()],
    windows: () => [...windows.values()],
    async openUntrackedPage(size = WINDOW_SIZES.popover) {
      const page = await createBridgedPage({ context, ipcMain, senderId: nextId++, ...size });
      watch(page, 'untracked');
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const win of windows.values()) win.destroy();
      await context.close();
      network.assertNoExternalRequests();
    },
  };
  options.registerIpc?.(ipcMain, harness);
  return harness;
}

function sizeFor(name: string): { width: number; height: number } {
  return name === 'details' ? WINDOW_SIZES.details : WINDOW_SIZES.popover;
}
