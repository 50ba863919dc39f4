// The Electron double is strict where Electron is: each rule below is one a
// wrong main process would break, checked against the double itself so a
// scenario cannot pass on a double that forgot it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChromium } from '../support/e2e/chromium';
import { createElectronDouble } from '../support/electron-double/electron-double';
import { PLATFORMS, type PlatformId } from '../support/electron-double/platforms';
import { DesktopWorld, newMachine } from '../support/electron-double/world';

const getBrowser = useChromium();

async function double(platform: PlatformId = 'linux-x11', shortcutsTaken?: string[]) {
  const context = await getBrowser().newContext();
  const root = await mkdtemp(join(tmpdir(), 'tallybar-double-'));
  const world = new DesktopWorld({
    platform: PLATFORMS[platform],
    machine: newMachine(join(root, 'userData'), join(root, 'Downloads')),
    context,
    appPath: root,
    version: '0.0.0',
    installerAumid: 'app.tallybar.desktop',
    safeStorage: PLATFORMS[platform].safeStorage,
    ...(shortcutsTaken ? { shortcutsTaken } : {}),
  });
  return { world, electron: createElectronDouble(world), context, root };
}

type Ctor<T> = new (...args: never[]) => T;

describe('before ready', () => {
  it('refuses windows, trays, protocol handlers and safeStorage; registerSchemesAsPrivileged only then', async () => {
    const { electron, context } = await double();
    const m = electron.module as { BrowserWindow: Ctor<unknown>; Tray: Ctor<unknown>; safeStorage: { encryptStringAsync(s: string): Promise<Buffer> } };
    expect(() => new (m.BrowserWindow as unknown as new () => unknown)()).toThrow('Cannot create BrowserWindow before app is ready');
    expect(() => new (m.Tray as unknown as new (p: string) => unknown)('/x.png')).toThrow('Cannot create Tray before app is ready');
    expect(() => electron.protocol.handle('app', () => new Response())).toThrow(/before the app is ready/);
    await expect(m.safeStorage.encryptStringAsync('x')).rejects.toThrow('safeStorage cannot be used before app is ready');
    electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }]);
    electron.app.emitReady();
    expect(() => electron.protocol.registerSchemesAsPrivileged([{ scheme: 'x' }])).toThrow('protocol.registerSchemesAsPrivileged should be called before app is ready');
    await context.close();
  });
});

describe('globalShortcut (global-shortcut.md, electron_api_global_shortcut.cc)', () => {
  it('throws before ready and on an accelerator Electron cannot read; refuses keys another app holds, except through the Wayland portal', async () => {
    const x11 = await double('linux-x11', ['Ctrl+Alt+T']);
    expect(() => x11.electron.globalShortcut.register('Alt+K', () => undefined)).toThrow('globalShortcut cannot be used before the app is ready');
    x11.electron.app.emitReady();
    expect(() => x11.electron.globalShortcut.register('Alt+', () => undefined)).toThrow(/conversion failure from Alt\+/);
    expect(x11.electron.globalShortcut.register('control+alt+t', () => undefined)).toBe(false);
    let pressed = 0;
    expect(x11.electron.globalShortcut.register('Alt+K', () => (pressed += 1))).toBe(true);
    expect(x11.electron.globalShortcut.register('alt+k', () => undefined)).toBe(false);
    expect(x11.electron.globalShortcut.userPress('Option+K')).toBe(true);
    x11.electron.globalShortcut.unregister('Alt+K');
    expect(x11.electron.globalShortcut.userPress('Alt+K')).toBe(false);
    expect(pressed).toBe(1);
    await x11.context.close();

    const wayland = await double('linux-wayland', ['Ctrl+Alt+T']);
    wayland.electron.app.emitReady();
    // The portal takes the bind; the app is not told that the keys stay with another app.
    expect(wayland.electron.globalShortcut.register('Control+Alt+T', () => undefined)).toBe(true);
    expect(wayland.electron.globalShortcut.userPress('Control+Alt+T')).toBe(false);
    await wayland.context.close();
  });
});

describe('destroyed objects', () => {
  it('a destroyed window throws "Object has been destroyed"; a destroyed tray "Tray is destroyed"', async () => {
    const { electron, context } = await double();
    electron.app.emitReady();
    const m = electron.module as { BrowserWindow: new (o?: object) => { destroy(): void; show(): void }; Tray: new (p: string) => { destroy(): void; setToolTip(t: string): void } };
    const win = new m.BrowserWindow({ show: false });
    win.destroy();
    expect(() => win.show()).toThrow(/Object has been destroyed/);
    const tray = new m.Tray('/x.png');
    tray.destroy();
    expect(() => tray.setToolTip('x')).toThrow('Tray is destroyed');
    await context.close();
  });
});

describe('platform-only members', () => {
  it('app.dock only on macOS, app.setAppUserModelId only on Windows, getSelectedStorageBackend only on Linux', async () => {
    const mac = await double('macos');
    const win = await double('windows');
    const linux = await double('linux-x11');
    expect(mac.electron.app.dock).toBeDefined();
    expect(win.electron.app.dock).toBeUndefined();
    expect(win.electron.app.setAppUserModelId).toBeTypeOf('function');
    expect(mac.electron.app.setAppUserModelId).toBeUndefined();
    const storage = (d: typeof mac) => d.electron.module.safeStorage as { getSelectedStorageBackend?: () => string };
    expect(storage(linux).getSelectedStorageBackend).toBeTypeOf('function');
    expect(storage(mac).getSelectedStorageBackend).toBeUndefined();
    for (const d of [mac, win, linux]) await d.context.close();
  });
});

describe('the quit sequence (shell/browser/browser.cc)', () => {
  it('a prevented before-quit cancels; a window refusing to close cancels; otherwise will-quit, quit, exit', async () => {
    const { electron, world, context } = await double();
    electron.app.emitReady();
    const events: string[] = [];
    let allow = false;
    electron.app.once('before-quit', (event: { preventDefault(): void }) => {
      events.push('before-quit (prevented)');
      event.preventDefault();
    });
    electron.app.quit();
    expect(world.exited).toBe(false);
    const m = electron.module as { BrowserWindow: new (o?: object) => { on(e: string, l: (ev: { preventDefault(): void }) => void): void } };
    const win = new m.BrowserWindow({ show: false });
    win.on('close', (event) => {
      if (!allow) event.preventDefault();
    });
    electron.app.quit();
    await new Promise((r) => setImmediate(r));
    expect(world.exited).toBe(false);
    expect(world.quitting).toBe(false);
    allow = true;
    electron.app.on('will-quit', () => events.push('will-quit'));
    electron.app.on('quit', () => events.push('quit'));
    electron.app.quit();
    await new Promise((r) => setImmediate(r));
    expect(world.exited).toBe(true);
    expect(events).toEqual(['before-quit (prevented)', 'will-quit', 'quit']);
    await context.close();
  });
});

describe('the sandboxed preload', () => {
  it("can require 'electron' and nothing from Node (docs/tutorial/sandbox.md)", async () => {
    const { electron, context, root } = await double();
    electron.app.emitReady();
    const preload = join(root, 'preload.cjs');
    await writeFile(preload, "require('electron'); require('fs');");
    const m = electron.module as { BrowserWindow: new (o?: object) => { loadURL(u: string): Promise<void> } };
    const win = new m.BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
    await win.loadURL('about:blank');
    await expect.poll(() => electron.pageErrors.join('\n')).toMatch(/Cannot find module 'fs'/);
    await context.close();
  });

  it('refuses to model a window with Node in its renderer', async () => {
    const { electron, context } = await double();
    electron.app.emitReady();
    const m = electron.module as { BrowserWindow: new (o?: object) => unknown };
    expect(() => new m.BrowserWindow({ webPreferences: { nodeIntegration: true } })).toThrow(/only sandboxed/);
    await context.close();
  });
});
