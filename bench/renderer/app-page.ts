// One Tallybar page for a bench: the built renderer and the real preload in
// headless Chromium (the e2e harness), its invokes answered by main's real IPC
// gate with a canned state. Only `getState` is served: a bench page that asks
// for anything else is doing work the measurement did not intend, so it fails.
import english from '../../common/locales/en';
import type { Browser, Page } from 'playwright-core';
import { isAppPageUrl } from '../../main/core/app-url';
import type { AppSnapshot } from '../../common/types';
import { COMMANDS, eventChannel } from '../../common/contract';
import { type Handlers, createSenderPolicy, registerIpcGate } from '../../main/ipc/gate';
import type { ChromiumWindow } from '../../test/support/e2e/chromium-window';
import { launchChromium } from '../../test/support/e2e/chromium';
import { type Harness, startHarness } from '../../test/support/e2e/harness';
import { DISPATCH_FUNCTION } from '../../test/support/e2e/preload-shim';
import { type RendererServer, startRendererServer } from '../../test/support/e2e/renderer-server';
import { KEEP_NAMES_SHIM, installPaintProbe } from './paint-probe';

export interface AppPage {
  page: Page;
  window: ChromiumWindow;
  /** What main's getState answers from now on. */
  setState(snapshot: AppSnapshot): void;
  /**
   * Puts a state push into the page without delivering it, so a measurement
   * can deliver it in-page and time only the page's work (not the harness's
   * CDP hop, which Electron's IPC does not have).
   */
  stage(name: string, snapshot: AppSnapshot): Promise<void>;
  /** Uncaught page errors and console errors so far. */
  problems(): string[];
  close(): Promise<void>;
}

/** The page-side name of the function the preload shim delivers pushes through. */
export const PAGE_DISPATCH = DISPATCH_FUNCTION;
export const STATE_CHANNEL = eventChannel('state');

/** getState, and the English catalogue a page loads before it shows the (English) snapshot. */
function stateOnlyHandlers(state: () => AppSnapshot): Handlers {
  const refuse = Object.fromEntries(
    COMMANDS.map((command) => [
      command,
      () => {
        throw new Error(`The renderer bench serves only getState and getCatalogue; the page asked for ${command}.`);
      },
    ]),
  ) as unknown as Handlers;
  return { ...refuse, getState: () => state(), getCatalogue: () => english };
}

export async function openAppPage(opts: { browser: Browser; page: 'popover' | 'details'; state: AppSnapshot; rendererDir?: string }): Promise<AppPage> {
  let state = opts.state;
  let renderer: RendererServer | null = null;
  let harness: Harness | null = null;
  try {
    renderer = await startRendererServer(opts.rendererDir);
    const server = renderer;
    harness = await startHarness({
      browser: opts.browser,
      registerIpc: (ipcMain, h) =>
        void registerIpcGate({
          ipcMain,
          handlers: stateOnlyHandlers(() => state),
          isTrustedSender: createSenderPolicy({ windowIds: () => h.windowIds(), appUrl: (url) => isAppPageUrl(server.toAppUrl(url)) }),
        }),
    });
    await harness.context.addInitScript({ content: KEEP_NAMES_SHIM });
    const win = await harness.createWindow(opts.page);
    await win.loadURL(renderer.pageUrl(opts.page));
    await installPaintProbe(win.page);
    const h = harness;
    return {
      page: win.page,
      window: win,
      setState: (next) => void (state = next),
      async stage(name, snapshot) {
        await win.page.evaluate(([key, json]) => ((window as unknown as { __benchStaged: Record<string, string> }).__benchStaged[key] = json), [name, JSON.stringify(snapshot)] as const);
      },
      problems: () => [...h.pageErrors, ...h.consoleErrors],
      async close() {
        await h.close();
        await server.close();
      },
    };
  } catch (error) {
    await harness?.close().catch(() => undefined);
    await renderer?.close().catch(() => undefined);
    throw error;
  }
}

export { launchChromium };
