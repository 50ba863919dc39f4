// The rest of Electron's OS surface (shell, dialogs, login items, theme,
// power, screen) as recorders implementing main's ports: scenarios read what
// main asked the OS for, and play the OS's part (dark mode, sleep, a save
// dialog answer) on cue.
import { join } from 'node:path';
import type { Platform, Point } from '../../../main/core/popover-position';
import type { DisplayChange, DisplayInfo, DisplayPort, GlobalShortcutPort, PowerEvent, SystemPort } from '../../../main/ports';

export type SystemCall =
  | { method: 'openExternal'; url: string }
  | { method: 'showSaveDialog'; defaultPath: string; answered: string | null }
  | { method: 'showItemInFolder'; path: string }
  | { method: 'setLaunchAtLogin'; enabled: boolean }
  | { method: 'quit' };

export interface SystemRecorderOptions {
  platform?: Platform;
  /** Where "Save" dialogs save; the file name main proposes is kept. Null means the user cancels. */
  saveDir?: string | null;
  dark?: boolean;
  locale?: string;
  /** The OS's preferred languages, most preferred first; English when absent. */
  languages?: string[];
  /** The OS login item at start (ignored on Linux, which has none). */
  launchAtLogin?: boolean;
  /** A packaged build (updates are checked only there). */
  packaged?: boolean;
}

export class SystemRecorder implements SystemPort {
  readonly platform: Platform;
  readonly isPackaged: boolean;
  readonly calls: SystemCall[] = [];
  private dark: boolean;
  private loginItem: boolean;
  private readonly themeListeners = new Set<() => void>();
  private readonly powerListeners = new Set<(event: PowerEvent) => void>();

  constructor(private readonly options: SystemRecorderOptions = {}) {
    this.platform = options.platform ?? 'linux';
    this.isPackaged = options.packaged ?? false;
    this.dark = options.dark ?? false;
    this.loginItem = options.launchAtLogin ?? false;
  }

  async openExternal(url: string): Promise<void> {
    // Recorded, never opened: the suite must not reach the internet.
    this.calls.push({ method: 'openExternal', url });
  }

  async showSaveDialog(options: Parameters<SystemPort['showSaveDialog']>[0]): Promise<string | null> {
    const saveDir = this.options.saveDir ?? null;
    const name = options.defaultPath.split(/[\\/]/).pop() || 'export.csv';
    const answered = saveDir === null ? null : join(saveDir, name);
    this.calls.push({ method: 'showSaveDialog', defaultPath: options.defaultPath, answered });
    return answered;
  }

  showItemInFolder(path: string): void {
    // Recorded, never opened: no file manager pops up during the suite.
    this.calls.push({ method: 'showItemInFolder', path });
  }

  setLaunchAtLogin(enabled: boolean): void {
    this.calls.push({ method: 'setLaunchAtLogin', enabled });
    this.loginItem = enabled;
  }

  getLaunchAtLogin(): boolean | null {
    return this.platform === 'linux' ? null : this.loginItem;
  }

  shouldUseDarkColors(): boolean {
    return this.dark;
  }

  /** The harness's taskbar follows the app theme; per-desktop rules are the platform double's. */
  taskbarDark(): boolean {
    return this.dark;
  }

  onThemeChange(listener: () => void): () => void {
    this.themeListeners.add(listener);
    return () => void this.themeListeners.delete(listener);
  }

  onPower(listener: (event: PowerEvent) => void): () => void {
    this.powerListeners.add(listener);
    return () => void this.powerListeners.delete(listener);
  }

  locale(): string {
    return this.options.locale ?? 'en-US';
  }

  languages(): readonly string[] {
    return this.options.languages ?? ['en-US'];
  }

  quit(): void {
    this.calls.push({ method: 'quit' });
  }

  // --- the OS's side --------------------------------------------------------

  /** The user edits the OS's language list (most preferred first); main reads it at its next snapshot. */
  setLanguages(languages: string[]): void {
    this.options.languages = languages;
  }

  setDark(dark: boolean): void {
    this.dark = dark;
    for (const listener of [...this.themeListeners]) listener();
  }

  emitPower(event: PowerEvent): void {
    for (const listener of [...this.powerListeners]) listener(event);
  }

  openedUrls(): string[] {
    return this.calls.flatMap((call) => (call.method === 'openExternal' ? [call.url] : []));
  }
}

/** One 1920×1080 display with a 32 px taskbar at the bottom, unless told otherwise; more can be plugged in. */
const copy = (d: DisplayInfo): DisplayInfo => ({ ...d, bounds: { ...d.bounds }, workArea: { ...d.workArea } });

export class FakeDisplay implements DisplayPort {
  private readonly displays: DisplayInfo[];
  private readonly listeners = new Set<(change: DisplayChange) => void>();

  constructor(
    display: DisplayInfo = {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1048 },
    },
    private cursorAt: Point = { x: 1800, y: 1060 },
  ) {
    this.displays = [display];
  }

  cursor(): Point {
    return { ...this.cursorAt };
  }

  displayNearest(_point: Point): DisplayInfo {
    return copy(this.displays[0]!);
  }

  all(): DisplayInfo[] {
    return this.displays.map(copy);
  }

  onChange(listener: (change: DisplayChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A display the first's size is plugged in right of the others ('display-added'). */
  plugIn(): DisplayInfo {
    const first = this.displays[0]!;
    const x = Math.max(...this.displays.map((d) => d.bounds.x + d.bounds.width));
    const added = { id: this.displays.length + 1, bounds: { ...first.bounds, x }, workArea: { ...first.bounds, x } };
    this.displays.push(added);
    this.emit('added');
    return added;
  }

  /** The last display starts mirroring the first: same bounds ('display-metrics-changed'). */
  mirror(): void {
    const first = this.displays[0]!;
    const last = this.displays.at(-1)!;
    last.bounds = { ...first.bounds };
    last.workArea = { ...first.workArea };
    this.emit('metrics');
  }

  /** A change that starts nothing (a work area moving, say). */
  touchMetrics(): void {
    this.emit('metrics');
  }

  private emit(change: DisplayChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  moveCursor(point: Point): void {
    this.cursorAt = point;
  }
}

/** The OS's global shortcuts: some held by other apps (register answers false), the rest this app's to press. */
export class GlobalShortcutRecorder implements GlobalShortcutPort {
  readonly held = new Map<string, () => void>();

  constructor(
    readonly takenByOthers: ReadonlySet<string> = new Set(),
    /** Accelerators Electron's parser fails to convert: register throws, as gin's conversion does. */
    readonly unreadable: ReadonlySet<string> = new Set(),
  ) {}

  register(accelerator: string, callback: () => void): boolean {
    if (this.unreadable.has(accelerator)) throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
    if (this.takenByOthers.has(accelerator) || this.held.has(accelerator)) return false;
    this.held.set(accelerator, callback);
    return true;
  }

  unregister(accelerator: string): void {
    this.held.delete(accelerator);
  }

  /** The user presses the keys anywhere on the desktop; false when no app of ours holds them. */
  press(accelerator: string): boolean {
    const callback = this.held.get(accelerator);
    callback?.();
    return callback !== undefined;
  }
}
