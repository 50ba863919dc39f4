// The parts of the Electron double the idle scenarios stand on, checked
// against the double itself: a window's page is hidden by Electron's rules,
// powerMonitor measures idle time as Chromium does, and simulated time fires
// the app's timers in order and hands them back.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { useChromium } from '../support/e2e/chromium';
import type { BrowserWindowDouble } from '../support/electron-double/browser-window';
import { createElectronDouble } from '../support/electron-double/electron-double';
import { PLATFORMS } from '../support/electron-double/platforms';
import { VirtualTime } from '../support/electron-double/virtual-time';
import { DesktopWorld, newMachine } from '../support/electron-double/world';

const getBrowser = useChromium();
const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

async function readyDouble() {
  const context = await getBrowser().newContext();
  closing.push(() => context.close());
  const home = await mkdtemp(join(tmpdir(), 'tallybar-double-idle-'));
  const platform = PLATFORMS.macos;
  const world = new DesktopWorld({ platform, machine: newMachine(join(home, 'u'), join(home, 'd')), context, appPath: home, version: '0.0.0', installerAumid: 'x', safeStorage: platform.safeStorage });
  const electron = createElectronDouble(world);
  electron.app.emitReady();
  const Window = electron.module.BrowserWindow as new (o?: BrowserWindowConstructorOptions) => BrowserWindowDouble;
  return { world, electron, window: (options: BrowserWindowConstructorOptions) => new Window(options) };
}

describe('page visibility (browser-window.md, "Page visibility")', () => {
  it('a window created hidden still reads visible; hide() makes its page hidden, with visibilitychange; show() visible again', async () => {
    const { window } = await readyDouble();
    const win = window({ show: false });
    let readyToShow = false;
    win.once('ready-to-show', () => void (readyToShow = true));
    await win.loadURL('about:blank');
    expect(readyToShow).toBe(true);
    expect(await win.pageVisibility()).toBe('visible');
    const page = await win.page;
    await page.evaluate(() => document.addEventListener('visibilitychange', () => ((window as unknown as { seen: string[] }).seen ??= []).push(document.visibilityState)));
    win.show();
    win.hide();
    expect(await win.pageVisibility()).toBe('hidden');
    expect(await page.evaluate(() => document.hidden)).toBe(true);
    win.show();
    expect(await win.pageVisibility()).toBe('visible');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['hidden', 'visible']);
  });

  it('paintWhenInitiallyHidden: false starts hidden and never fires ready-to-show; backgroundThrottling: false stays visible', async () => {
    const { window } = await readyDouble();
    const unpainted = window({ show: false, paintWhenInitiallyHidden: false });
    let readyToShow = false;
    unpainted.once('ready-to-show', () => void (readyToShow = true));
    await unpainted.loadURL('about:blank');
    expect(await unpainted.pageVisibility()).toBe('hidden');
    expect(readyToShow).toBe(false);

    const unthrottled = window({ show: true, webPreferences: { backgroundThrottling: false } });
    await unthrottled.loadURL('about:blank');
    unthrottled.show();
    unthrottled.hide();
    expect(await unthrottled.pageVisibility()).toBe('visible');
  });
});

describe('powerMonitor idle time (ui/base/idle/idle.cc)', () => {
  it('counts whole seconds from the last input; idle at the threshold; locked before either', async () => {
    const { world, electron } = await readyDouble();
    const pm = electron.powerMonitor;
    world.userInput();
    expect(pm.getSystemIdleTime()).toBe(0);
    expect(pm.getSystemIdleState(300)).toBe('active');
    // 299.5 s away, not 299.999: the clock runs on between this line and the next.
    world.userAwayFor(299_500);
    expect(pm.getSystemIdleTime()).toBe(299);
    expect(pm.getSystemIdleState(300)).toBe('active');
    world.userAwayFor(300_000);
    expect(pm.getSystemIdleState(300)).toBe('idle');
    pm.lock();
    expect(pm.getSystemIdleState(300)).toBe('locked');
  });
});

describe('simulated time', () => {
  const real = { setTimeout, clearTimeout, setInterval, clearInterval } as unknown as ConstructorParameters<typeof VirtualTime>[0];
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

  it('fires timers in due order, each with Date.now() at its due time; cancelled ones never; intervals repeat', async () => {
    const time = new VirtualTime(real, settle);
    closing.push(async () => time.dispose());
    time.freeze();
    const start = Date.now();
    const fired: [string, number][] = [];
    const at = (name: string) => () => void fired.push([name, Date.now() - start]);
    time.arm({}, at('b'), 2_000);
    time.arm({}, at('a'), 1_000);
    const cancelled = {};
    time.arm(cancelled, at('never'), 1_500);
    time.arm({}, at('tick'), 700, { every: 700 });
    expect(time.cancel(cancelled)).toBe(true);
    await time.advance(2_100);
    expect(fired.map(([name]) => name)).toEqual(['tick', 'a', 'tick', 'b', 'tick']);
    for (const [name, t] of fired) expect(t, name).toBeGreaterThanOrEqual({ a: 1_000, b: 2_000, tick: 700 }[name] ?? 0);
    expect(Date.now() - start).toBeGreaterThanOrEqual(2_100);
    expect(time.pending()).toHaveLength(1);
  });

  it('thaw() hands what is left to real timers; dispose() puts Date.now() back', async () => {
    const before = Date.now();
    const time = new VirtualTime(real, settle);
    time.freeze();
    let ran = false;
    time.arm({}, () => void (ran = true), 60 * 60_000);
    await time.advance(60 * 60_000 - 20);
    expect(ran).toBe(false);
    time.thaw();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toBe(true);
    time.dispose();
    expect(Date.now() - before).toBeLessThan(60_000);
  });
});
