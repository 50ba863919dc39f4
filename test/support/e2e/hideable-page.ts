// A Tallybar page that Chromium itself hides, for the checks that a hidden
// window renders nothing. A page of a context Playwright creates is always
// 'visible': Playwright's focus emulation (Emulation.setFocusEmulationEnabled)
// holds it as captured, which Chromium counts as visible. So this starts a
// Chromium of its own and attaches with `noDefaults`, which leaves the default
// context's pages alone (playwright-core, BrowserType.connectOverCDP), and
// hides the page as an OS hides a window: it minimises the window over CDP
// (Browser.setWindowBounds), and Chromium sets document.visibilityState to
// 'hidden' and fires visibilitychange — as Electron's BrowserWindow.hide()
// makes it do (docs/api/browser-window.md, "Page visibility").
//
// The page is the built renderer with the real preload, its invokes answered
// by main's real IPC gate (getState only), its React commits counted through
// the hook React DevTools uses, and its clock Playwright's (page.clock), so a
// minute of hidden time passes in an instant.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type CDPSession, type Page, chromium } from 'playwright-core';
import { COMMANDS, type Command, type Requests } from '../../../common/contract';
import type { AppSnapshot } from '../../../common/types';
import { catalogueOf } from '../../../main/app/language';
import { isAppPageUrl } from '../../../main/core/app-url';
import { POPOVER_SIZE } from '../../../main/core/window-sizes';
import { type Handlers, createSenderPolicy, registerIpcGate } from '../../../main/ipc/gate';
import { createBridgedPage, createPushQueue, type PushQueue } from './chromium-window';
import { CHROMIUM_PATH } from './chromium';
import { LoopbackIpcMain } from './loopback-ipc';
import { type RendererServer, startRendererServer } from './renderer-server';

/** Counts React commits (root renders) through the DevTools hook React calls in every build, production included. */
const COMMIT_COUNTER = `(() => {
  let commits = 0;
  const renderers = new Map();
  const hook = {
    renderers, supportsFiber: true,
    inject(renderer) { renderers.set(renderers.size + 1, renderer); return renderers.size; },
    onScheduleFiberRoot() {}, onCommitFiberRoot() { commits++; }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', { value: hook });
  Object.defineProperty(window, '__tallybarReactCommits', { get: () => commits });
})();`;

export interface HideablePage {
  page: Page;
  /** main → page pushes, as webContents.send. */
  pushes: PushQueue;
  /** React commits in the page so far. */
  commits(): Promise<number>;
  visibility(): Promise<DocumentVisibilityState>;
  /** Minimises the window: Chromium hides the page. Resolves once the page says 'hidden'. */
  hide(): Promise<void>;
  show(): Promise<void>;
  close(): Promise<void>;
}

const SENDER_ID = 1;

/**
 * getState answers the canned snapshot, and getCatalogue the words of the
 * language it names (a window loads them before it shows a snapshot); anything
 * else the page asks for is work the check did not intend.
 */
function getStateOnly(state: () => AppSnapshot): Handlers {
  const handlers: Partial<Record<Command, (request: unknown) => unknown>> = {};
  for (const command of COMMANDS) {
    handlers[command] = (request) => {
      // The gate has parsed the request against the contract's schema.
      if (command === 'getCatalogue') return catalogueOf((request as Requests['getCatalogue']).language);
      if (command !== 'getState') throw new Error(`The hideable page serves only getState and getCatalogue; the page asked for ${command}.`);
      return state();
    };
  }
  return handlers as unknown as Handlers;
}

async function startChromium(profile: string): Promise<{ process: ChildProcess; browser: Browser }> {
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened: ${seen.slice(-500)}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint, { noDefaults: true, isLocal: true }) };
}

/** SIGTERM, and SIGKILL if Chromium is still there five seconds later: no browser outlives the check. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const late = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(late);
}

async function setWindowState(cdp: CDPSession, page: Page, state: 'minimized' | 'normal', expected: DocumentVisibilityState): Promise<void> {
  const { windowId } = await cdp.send('Browser.getWindowForTarget');
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: state } });
  await page.waitForFunction((want) => document.visibilityState === want, expected, { timeout: 5_000 });
}

export async function openHideablePage(opts: { page: 'popover' | 'details'; state: AppSnapshot; initScripts?: string[] }): Promise<HideablePage> {
  const profile = await mkdtemp(join(tmpdir(), 'tallybar-hideable-'));
  let renderer: RendererServer | null = null;
  let chrome: { process: ChildProcess; browser: Browser } | null = null;
  const close = async (): Promise<void> => {
    await chrome?.browser.close().catch(() => undefined);
    if (chrome) await stopProcess(chrome.process);
    await renderer?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    renderer = await startRendererServer();
    const server = renderer;
    chrome = await startChromium(profile);
    const context = chrome.browser.contexts()[0]!;
    const ipcMain = new LoopbackIpcMain();
    registerIpcGate({
      ipcMain,
      handlers: getStateOnly(() => opts.state),
      isTrustedSender: createSenderPolicy({ windowIds: () => [SENDER_ID], appUrl: (url) => isAppPageUrl(server.toAppUrl(url)) }),
    });
    // Before the page's own (the preload shim's) init script, which a bench under tsx needs its shim for.
    for (const content of [...(opts.initScripts ?? []), COMMIT_COUNTER]) await context.addInitScript({ content });
    let pushes: PushQueue | null = null;
    const page = await createBridgedPage({ context, ipcMain, senderId: SENDER_ID, ...POPOVER_SIZE, pushesDelivered: () => pushes?.flushed() ?? Promise.resolve() });
    await page.clock.install();
    pushes = createPushQueue({ page, ipcMain, senderId: SENDER_ID, isDestroyed: () => page.isClosed(), name: opts.page });
    await page.goto(server.pageUrl(opts.page));
    const cdp = await context.newCDPSession(page);
    const queue = pushes;
    return {
      page,
      pushes: queue,
      commits: () => page.evaluate(() => (window as unknown as { __tallybarReactCommits: number }).__tallybarReactCommits),
      visibility: () => page.evaluate(() => document.visibilityState),
      hide: () => setWindowState(cdp, page, 'minimized', 'hidden'),
      show: () => setWindowState(cdp, page, 'normal', 'visible'),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
