// The rest of what Tallybar asks of the OS: nativeImage, screen,
// powerMonitor, nativeTheme, shell and dialog, each per its docs/api page.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Display, NativeImage, NativeTheme, Point, PowerMonitor, Screen, Shell } from 'electron';
import type { DisplayModel } from './platforms';
import type { DesktopWorld } from './world';

export class NativeImageDouble implements Pick<NativeImage, 'isEmpty' | 'isTemplateImage'> {
  constructor(readonly path: string) {}

  static from(image: NativeImage | string): NativeImageDouble {
    if (typeof image === 'string') return new NativeImageDouble(image);
    if (image instanceof NativeImageDouble) return image;
    throw new Error('Electron double: expected a path or an image from nativeImage.createFromPath');
  }

  /** native-image.md: createFromPath of a missing or unreadable file gives an empty image. */
  isEmpty(): boolean {
    return !existsSync(this.path);
  }

  /** native-image.md: a file name ending in "Template" marks a template image (macOS). */
  isTemplateImage(): boolean {
    return /Template(@\dx)?\.[a-z]+$/.test(basename(this.path));
  }
}

export const nativeImageDouble = {
  createFromPath: (path: string) => new NativeImageDouble(path) as unknown as NativeImage,
};

function toDisplay(model: DisplayModel): Display {
  return { ...model, size: { width: model.bounds.width, height: model.bounds.height }, workAreaSize: { width: model.workArea.width, height: model.workArea.height } } as Display;
}

/**
 * screen.md: the displays, the cursor, and the events 'display-added'
 * (event, newDisplay) and 'display-metrics-changed' (event, display,
 * changedMetrics: 'bounds' | 'workArea' | 'scaleFactor' | 'rotation'), which
 * the test side raises as a user plugging in or mirroring a screen would.
 * Each launch has its own list: the platform model's stays as it was.
 */
export class ScreenDouble extends EventEmitter implements Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getPrimaryDisplay' | 'getAllDisplays'> {
  private readonly displays: DisplayModel[];

  constructor(private readonly world: DesktopWorld) {
    super();
    this.displays = world.platform.displays.map((d) => ({ ...d, bounds: { ...d.bounds }, workArea: { ...d.workArea } }));
  }

  /** screen.md: "This module cannot be used until the `ready` event of the `app` module is emitted." */
  private usable(api: string): void {
    if (!this.world.ready) throw new Error(`Electron double: screen.${api} used before app ready (screen.md)`);
  }

  // screen.md: getCursorScreenPoint is "Not supported on Wayland (Linux)".
  getCursorScreenPoint(): Point {
    this.usable('getCursorScreenPoint');
    return this.world.platform.wayland ? { x: 0, y: 0 } : { ...this.world.cursor };
  }

  getDisplayNearestPoint(point: Point): Display {
    this.usable('getDisplayNearestPoint');
    const contains = (d: DisplayModel): boolean =>
      point.x >= d.bounds.x && point.y >= d.bounds.y && point.x < d.bounds.x + d.bounds.width && point.y < d.bounds.y + d.bounds.height;
    return toDisplay(this.displays.find(contains) ?? this.displays[0]!);
  }

  getPrimaryDisplay(): Display {
    this.usable('getPrimaryDisplay');
    return toDisplay(this.displays[0]!);
  }

  getAllDisplays(): Display[] {
    this.usable('getAllDisplays');
    return this.displays.map(toDisplay);
  }

  /** Test side: a screen (a projector) the primary's size is plugged in right of the others: 'display-added'. */
  plugIn(): Display {
    const primary = this.displays[0]!;
    const x = Math.max(...this.displays.map((d) => d.bounds.x + d.bounds.width));
    const added: DisplayModel = { id: primary.id + this.displays.length, bounds: { ...primary.bounds, x }, workArea: { ...primary.bounds, x }, scaleFactor: 1 };
    this.displays.push(added);
    this.emit('display-added', {}, toDisplay(added));
    return toDisplay(added);
  }

  /**
   * Test side: the last display starts mirroring the primary one. It then
   * shows the same desktop, so it reports the primary's bounds (structures/display.md:
   * `bounds` "the bounds of the display in DIP points"): 'display-metrics-changed' with 'bounds'.
   */
  mirror(): void {
    const primary = this.displays[0]!;
    const last = this.displays.at(-1)!;
    last.bounds = { ...primary.bounds };
    last.workArea = { ...primary.workArea };
    this.emit('display-metrics-changed', {}, toDisplay(last), ['bounds', 'workArea']);
  }
}

export class PowerMonitorDouble extends EventEmitter implements Pick<PowerMonitor, 'getSystemIdleState' | 'getSystemIdleTime'> {
  constructor(private readonly world: DesktopWorld) {
    super();
  }

  /** Chromium's CalculateIdleState (ui/base/idle/idle.cc): locked first, then idle time against the threshold. */
  getSystemIdleState(threshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    if (this.world.locked) return 'locked';
    return this.getSystemIdleTime() >= threshold ? 'idle' : 'active';
  }

  /** Whole seconds since the last input (power-monitor.md: "Idle time in seconds"). */
  getSystemIdleTime(): number {
    return Math.max(0, Math.floor((Date.now() - this.world.lastInputAt) / 1000));
  }

  /** Test side: the machine sleeps and wakes ('suspend', 'resume' on every platform). */
  sleep(): void {
    this.emit('suspend', {});
  }

  wake(): void {
    this.emit('resume', {});
  }

  /** 'lock-screen' / 'unlock-screen' are _macOS_ _Windows_ (power-monitor.md): Linux says nothing. */
  lock(): void {
    this.world.locked = true;
    if (this.world.platform.lockEvents) this.emit('lock-screen', {});
  }

  unlock(): void {
    this.world.locked = false;
    if (this.world.platform.lockEvents) this.emit('unlock-screen', {});
  }
}

export class NativeThemeDouble extends EventEmitter implements Pick<NativeTheme, 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI' | 'themeSource'> {
  themeSource: NativeTheme['themeSource'] = 'system';

  constructor(private readonly world: DesktopWorld) {
    super();
  }

  get shouldUseDarkColors(): boolean {
    return this.world.appDark;
  }

  /**
   * native-theme.md (_macOS_ _Windows_): on Windows it is the system theme
   * (taskbar), apart from the app theme; on macOS the same as shouldUseDarkColors.
   */
  get shouldUseDarkColorsForSystemIntegratedUI(): boolean {
    const { platform } = this.world;
    if (platform.processPlatform === 'win32') return this.world.appDark || platform.systemUiDarkInLightMode;
    return platform.processPlatform === 'darwin' ? this.world.appDark : false;
  }

  /** Test side: the user switches the OS theme. */
  setDark(dark: boolean): void {
    this.world.appDark = dark;
    this.emit('updated');
  }
}

export function createShellDouble(world: DesktopWorld, opened: string[]): Pick<Shell, 'openExternal' | 'openPath' | 'showItemInFolder'> {
  return {
    openExternal: async (url) => {
      world.touch('shell.openExternal');
      opened.push(url);
    },
    openPath: async (path) => {
      opened.push(path);
      return '';
    },
    showItemInFolder: (path) => void opened.push(path),
  };
}

export function createDialogDouble(answer: () => string | null): { showSaveDialog: (...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }> } {
  return {
    showSaveDialog: async () => {
      const path = answer();
      return { canceled: path === null, filePath: path ?? '' };
    },
  };
}
