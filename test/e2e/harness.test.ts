// The harness itself, against the real preload bundle and main's real IPC
// gate: if these fail, every scenario built on the harness would be lying.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings';
import { COMMANDS } from '../../common/contract';
import type { AppSnapshot } from '../../common/types';
import { type Handlers, createSenderPolicy, registerIpcGate } from '../../main/ipc/gate';
import { createPusher } from '../../main/ipc/push';
import type { ChromiumWindow } from '../support/e2e/chromium-window';
import { type Harness, startHarness } from '../support/e2e/harness';
import { axeViolations, screenshot } from '../support/e2e/page-checks';
import { FIXTURE_DIR, RENDERER_DIR, rendererPage } from '../support/e2e/paths';
import { useScenario } from '../support/e2e/use-scenario';

const scenario = useScenario();
const FIXTURE = join(FIXTURE_DIR, 'blank.html');
const FIXTURE_URL_PREFIX = pathToFileURL(FIXTURE_DIR).href + '/';
const RENDERER_URL_PREFIX = pathToFileURL(RENDERER_DIR).href + '/';

/** A tiny handler set: settings in memory; every other command is unused here. */
function settingsHandlers(calls: string[]): Handlers {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const unused = Object.fromEntries(
    COMMANDS.map((command) => [
      command,
      () => {
        throw new Error(`${command} is not part of the harness test`);
      },
    ]),
  ) as unknown as Handlers;
  return {
    ...unused,
    getSettings: () => {
      calls.push('getSettings');
      return settings;
    },
    updateSettings: (patch) => {
      calls.push('updateSettings');
      settings = { ...settings, ...patch };
      return settings;
    },
  };
}

let handlerCalls: string[];

/** The harness with main's real gate in front of `settingsHandlers`; closed after the test. */
function start(): Promise<Harness> {
  handlerCalls = [];
  return scenario.open((browser) =>
    startHarness({
      browser,
      registerIpc: (ipcMain, h) =>
        registerIpcGate({
          ipcMain,
          handlers: settingsHandlers(handlerCalls),
          isTrustedSender: createSenderPolicy({
            windowIds: () => h.windowIds(),
            appUrl: (url) => url.startsWith(FIXTURE_URL_PREFIX) || url.startsWith(RENDERER_URL_PREFIX),
          }),
        }),
    }),
  );
}

/** A started harness with one of main's windows showing the blank fixture. */
async function fixtureWindow(name: 'popover' | 'details' = 'popover'): Promise<{ h: Harness; win: ChromiumWindow }> {
  const h = await start();
  const win = await h.createWindow(name);
  await win.loadFile(FIXTURE);
  return { h, win };
}

/** The gate's answer to a sender it does not trust: forbidden, and no handler ran. */
async function expectRefused(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.tallybar.getSettings())).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  expect(handlerCalls).toEqual([]);
}

describe('the preload bundle in Chromium', () => {
  it('exposes exactly the contract commands plus on() as window.tallybar, and nothing of Electron or Node', async () => {
    const { h, win } = await fixtureWindow();
    const seen = await win.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        keys: Object.keys(w.tallybar as object).sort(),
        frozen: Object.isFrozen(w.tallybar),
        leaks: ['require', 'module', 'exports', 'process', 'ipcRenderer', 'electron', 'contextBridge', '__tallybarIpcInvoke'].filter(
          (name) => typeof w[name] !== 'undefined',
        ),
      };
    });
    expect(seen.keys).toEqual([...COMMANDS, 'on'].sort());
    expect(seen.frozen).toBe(true);
    expect(seen.leaks).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });

  it('does not run in sub-frames, as Electron preloads do not', async () => {
    const { win } = await fixtureWindow();
    await win.page.evaluate(
      (src) =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          frame.onload = () => resolve();
          frame.src = src;
          document.body.append(frame);
        }),
      pathToFileURL(FIXTURE).href,
    );
    const child = win.page.frames().find((frame) => frame !== win.page.mainFrame());
    expect(child).toBeDefined();
    expect(await child!.evaluate(() => typeof (window as unknown as { tallybar?: unknown }).tallybar)).toBe('undefined');
  });
});

describe('invoke through the real IPC gate', () => {
  it('round-trips a command and its answer, and logs both', async () => {
    const { h, win } = await fixtureWindow('details');
    const result = await win.page.evaluate(() => window.tallybar.updateSettings({ privacyMode: true }));
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, privacyMode: true } });
    expect(await win.page.evaluate(() => window.tallybar.getSettings())).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, privacyMode: true } });
    expect(handlerCalls).toEqual(['updateSettings', 'getSettings']);
    const invokes = h.ipcLog.filter((entry) => entry.kind === 'invoke');
    expect(invokes.map((entry) => entry.channel)).toEqual(['tallybar:invoke:updateSettings', 'tallybar:invoke:getSettings']);
    expect(invokes[0]).toMatchObject({ senderId: win.id, request: { privacyMode: true }, frameUrl: pathToFileURL(FIXTURE).href });
  });

  it('lets the gate reject an invalid payload before any handler runs', async () => {
    const { win } = await fixtureWindow();
    const result = await win.page.evaluate(() =>
      (window.tallybar.updateSettings as unknown as (p: unknown) => Promise<unknown>)({ privacyMode: 'yes', extra: 1 }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(handlerCalls).toEqual([]);
  });

  it('rejects, like contextBridge, a payload that cannot be cloned', async () => {
    const { win } = await fixtureWindow();
    const message = await win.page.evaluate(() =>
      (window.tallybar.updateSettings as unknown as (p: unknown) => Promise<unknown>)({ privacyMode: () => true }).then(
        () => 'resolved',
        (error: Error) => error.message,
      ),
    );
    expect(message).toMatch(/could not be cloned/);
    expect(handlerCalls).toEqual([]);
  });
});

describe('sender identity', () => {
  let foreign: Server;
  let foreignUrl: string;
  beforeAll(async () => {
    foreign = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>foreign</title><p>not Tallybar</p>');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    foreignUrl = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => foreign.close(resolve));
  });

  it('refuses a page that is not one of main’s windows, even on our own page', async () => {
    const h = await start();
    const page = await h.openUntrackedPage();
    await page.goto(pathToFileURL(FIXTURE).href);
    await expectRefused(page);
  });

  it('refuses one of our windows once it shows a foreign page', async () => {
    const h = await start();
    const win = await h.createWindow('popover');
    await win.loadURL(foreignUrl);
    await expectRefused(win.page);
  });

  it('stops trusting a window once it is closed (its id leaves the trusted set)', async () => {
    const { h, win } = await fixtureWindow();
    const ok = await win.page.evaluate(() => window.tallybar.getSettings());
    expect(ok).toMatchObject({ ok: true });
    expect(h.windowIds()).toContain(win.id);
    win.close();
    expect(h.windowIds()).not.toContain(win.id);
    expect(win.isDestroyed()).toBe(true);
  });
});

describe('pushes from main', () => {
  it('reach on() listeners in every window, in order, and stop after unsubscribe', async () => {
    const h = await start();
    const popover = await h.createWindow('popover');
    const details = await h.createWindow('details');
    await Promise.all([popover.loadFile(FIXTURE), details.loadFile(FIXTURE)]);
    const subscribe = () => {
      const w = window as unknown as { got: unknown[]; off: () => void };
      w.got = [];
      w.off = window.tallybar.on('state', (snapshot) => w.got.push(snapshot.refreshing));
    };
    await popover.page.evaluate(subscribe);
    await details.page.evaluate(subscribe);
    const pusher = createPusher({ targets: () => h.windows() });
    const snapshot = (refreshing: boolean) => ({ refreshing }) as unknown as AppSnapshot;

    expect(pusher.push('state', snapshot(true))).toBe(2);
    pusher.push('state', snapshot(false));
    await Promise.all(h.windows().map((win) => win.webContents.flush()));
    const got = () => (window as unknown as { got: unknown[] }).got;
    expect(await popover.page.evaluate(got)).toEqual([true, false]);
    expect(await details.page.evaluate(got)).toEqual([true, false]);

    await popover.page.evaluate(() => (window as unknown as { off: () => void }).off());
    pusher.push('state', snapshot(true));
    await Promise.all(h.windows().map((win) => win.webContents.flush()));
    expect(await popover.page.evaluate(got)).toEqual([true, false]);
    expect(await details.page.evaluate(got)).toEqual([true, false, true]);
    expect(h.ipcLog.filter((entry) => entry.kind === 'push')).toHaveLength(6);
  });

  it('refuses, like Electron, to send a payload that cannot be cloned', async () => {
    const { win } = await fixtureWindow();
    expect(() => win.send('tallybar:event:state', { bad: () => 1 })).toThrow(/could not be cloned/);
  });
});

describe('network guard', () => {
  it('blocks and reports any request that leaves 127.0.0.1', async () => {
    const { h, win } = await fixtureWindow();
    // The fixture's CSP already stops fetch(); a navigation is what CSP does not cover.
    await expect(win.loadURL('https://example.com/leak')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(h.network.blocked).toEqual(['https://example.com/leak']);
    expect(() => h.network.assertNoExternalRequests()).toThrow(/example\.com/);
    h.network.blocked.length = 0; // handled: do not fail close()
  });
});

describe('page checks', () => {
  it('writes a screenshot per colour scheme', async () => {
    const { win } = await fixtureWindow();
    const file = await screenshot(win.page, 'harness-fixture', { colorScheme: 'dark' });
    expect(file).toMatch(/artifacts\/screenshots\/harness-fixture-dark\.png$/);
    expect(existsSync(file)).toBe(true);
  });

  it('runs axe-core under the page’s CSP and reports serious and critical violations', async () => {
    const { win } = await fixtureWindow();
    expect(await axeViolations(win.page)).toEqual([]);
    await win.page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'missing.png';
      document.querySelector('main')!.append(image); // no alt: critical
    });
    const findings = await axeViolations(win.page);
    expect(findings.map((finding) => finding.id)).toContain('image-alt');
  });
});

describe('the built renderer pages', () => {
  it.each(['popover', 'details'] as const)('%s.html loads from file:// with relative assets, mounts React, and stays on 127.0.0.1', async (name) => {
    const h = await start();
    const win = await h.createWindow(name);
    const file = rendererPage(name);
    expect(readFileSync(file, 'utf8')).not.toMatch(/(src|href)="\/(?!\/)/); // absolute asset paths break loadFile
    await win.loadFile(file);
    await win.page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    expect(h.ipcLog.some((entry) => entry.kind === 'invoke')).toBe(true);
    h.network.assertNoExternalRequests();
  });
});
