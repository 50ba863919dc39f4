// A whole Tallybar for a scenario: the app's real composition root
// (createTallybarApp) and IPC gate, with Electron's OS-facing objects
// replaced by the harness. Reads like:
//   const h = await startE2E({ browser: getBrowser(), demo: false });
//   await h.popover.getByLabel('CoinStats API key').fill('demo-key');
import type { Browser, Page } from 'playwright-core';
import { type DemoBackend, type TallybarApp, createTallybarApp } from '../../../main/app/create-app';
import { isAppPageUrl } from '../../../main/core/app-url';
import { trayAssetsDir } from '../../../main/core/tray-icon-path';
import { startDouble } from '../../../main/double/server';
import type { DetailsTab } from '../../../common/contract';
import { registerIpcGate } from '../../../main/ipc/gate';
import { type Clock, createSystemClock } from '../../../main/services/clock';
import { openConfStore } from '../conf-store';
import type { ChromiumWindow } from './chromium-window';
import { type E2EEnvironment, type E2EEnvironmentOptions, startE2EEnvironment } from './e2e-env';
import { REPO_ROOT } from './paths';
import { type RendererServer, startRendererServer } from './renderer-server';

export interface StartE2EOptions extends Omit<E2EEnvironmentOptions, 'registerIpc'> {
  browser: Browser;
  /** Start as `npm start -- --demo` would. */
  demo?: boolean;
  /** Faster client settings than production (the double's rate limit still applies). */
  tuning?: Parameters<typeof createTallybarApp>[0]['tuning'];
  /** Main's clock (default the system's): a scenario may set it back to play months of a connection's life. */
  clock?: Clock;
  /** electron-updater's place (updates run only with `system: { packaged: true }` too). */
  updater?: Parameters<typeof createTallybarApp>[0]['updater'];
}

export interface E2E extends E2EEnvironment {
  app: TallybarApp;
  renderer: RendererServer;
  popoverWindow: ChromiumWindow;
  tray: E2EEnvironment['harness']['tray'];
  notifications: E2EEnvironment['harness']['notifications'];
  /** The popover's page (loaded and running). */
  popover: Page;
  /** The details window, once main opened it; waits for its page to load. */
  details(): Promise<ChromiumWindow>;
  /** Lines main logged (never secrets: the gate and services scrub them). */
  logLines: string[];
  /** Wait until every push main queued so far has reached the pages. */
  settle(): Promise<void>;
}

export async function startE2E(options: StartE2EOptions): Promise<E2E> {
  const env = await startE2EEnvironment(options);
  const extra: Array<() => Promise<void>> = [];
  try {
    const renderer = await startRendererServer();
    extra.push(() => renderer.close());
    const { harness } = env;
    const logLines: string[] = [];
    const demoDoubles: DemoBackend[] = [];
    extra.push(async () => void (await Promise.all(demoDoubles.map((double) => double.close()))));

    // Electron's BrowserWindow is created synchronously; a page is not. Keep
    // one details page ready so openDetailsWindow can answer at once.
    let spare: ChromiumWindow | null = await harness.createWindow('details');
    let details: ChromiumWindow | null = null;
    let detailsLoad: Promise<void> = Promise.resolve();
    const refill = (): void => {
      void harness.createWindow('details').then((win) => (spare = win));
    };

    const popoverWindow = await harness.createWindow('popover');
    const app = createTallybarApp({
      dataDir: env.userDataDir,
      envBaseUrl: env.double.url,
      demo: options.demo ?? false,
      openStore: openConfStore,
      safeStorage: env.safeStorage,
      whenReady: async () => undefined,
      clock: options.clock ?? createSystemClock(),
      tray: harness.tray,
      popover: popoverWindow,
      openDetailsWindow: (tab?: DetailsTab) => {
        if (details && !details.isDestroyed()) {
          details.show();
          details.focus();
          return { port: details, created: false };
        }
        if (!spare) throw new Error('startE2E: no details page ready yet (opened twice within a few ms?)');
        const win: ChromiumWindow = spare;
        spare = null;
        refill();
        details = win;
        detailsLoad = win.loadURL(renderer.pageUrl('details', tab));
        win.show();
        return { port: win, created: true };
      },
      detailsWindow: () => (details && !details.isDestroyed() ? details : null),
      display: env.display,
      globalShortcut: env.globalShortcut,
      notifier: harness.notifications,
      system: env.system,
      ...(options.updater ? { updater: options.updater } : {}),
      trayAssetsDir: trayAssetsDir({ isPackaged: false, resourcesPath: '', appPath: REPO_ROOT }),
      downloadsDir: env.downloadsDir,
      isAppUrl: (url) => isAppPageUrl(renderer.toAppUrl(url)),
      startDemoBackend: async () => {
        // As main/index.ts starts it. app.stop() closes it, and so does the
        // cleanup here (in case start failed): closing twice must not throw.
        const double = await startDouble({ port: 0, syncPolls: 0 });
        let closing: Promise<void> | null = null;
        const backend: DemoBackend = { url: double.url, close: () => (closing ??= double.close()) };
        demoDoubles.push(backend);
        return backend;
      },
      log: (line) => logLines.push(line),
      ...(options.tuning ? { tuning: options.tuning } : {}),
    });
    const unregister = registerIpcGate({
      ipcMain: harness.ipcMain,
      ...app.gate,
      log: (line) => logLines.push(line),
    });
    extra.unshift(async () => {
      unregister();
      await app.stop();
    });
    await app.start();
    await popoverWindow.loadURL(renderer.pageUrl('popover'));

    const settle = async (): Promise<void> => {
      await Promise.all(harness.windows().map((win) => win.webContents.flush()));
    };
    let closed = false;
    return {
      ...env,
      app,
      renderer,
      popoverWindow,
      popover: popoverWindow.page,
      tray: harness.tray,
      notifications: harness.notifications,
      logLines,
      settle,
      async details() {
        if (!details) throw new Error('The details window is not open: main never asked for it.');
        await detailsLoad;
        return details;
      },
      async close() {
        if (closed) return;
        closed = true;
        let first: unknown = null;
        for (const cleanup of extra) await cleanup().catch((error: unknown) => void (first ??= error));
        await env.close().catch((error: unknown) => void (first ??= error));
        if (first !== null) throw first;
      },
    };
  } catch (error) {
    for (const cleanup of extra) await cleanup().catch(() => undefined);
    await env.close().catch(() => undefined);
    throw error;
  }
}
