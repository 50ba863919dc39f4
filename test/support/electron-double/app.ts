// Electron's `app`, as docs/api/app.md and shell/browser/browser.cc (44-x-y)
// describe it: ready once, a quit sequence listeners can cancel, a
// single-instance lock, platform-only members absent elsewhere.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { App, CommandLine, Dock, LoginItemSettings } from 'electron';
import { preventableEvent } from './electron-event';
import type { DesktopWorld } from './world';

/** What the app's windows expose to the quit sequence. */
export interface QuitParticipant {
  isDestroyed(): boolean;
  /** Like BrowserWindow.close(): true when the window really closed (its 'close' was not prevented). */
  closeForQuit(): boolean;
  destroy(): void;
}

type AppMembers = Pick<
  App,
  | 'whenReady'
  | 'isReady'
  | 'quit'
  | 'exit'
  | 'requestSingleInstanceLock'
  | 'getPath'
  | 'getAppPath'
  | 'getVersion'
  | 'getName'
  | 'setLoginItemSettings'
  | 'getLoginItemSettings'
  | 'getLocale'
  | 'getSystemLocale'
  | 'getPreferredSystemLanguages'
  | 'isPackaged'
  | 'relaunch'
  | 'name'
>;

export class AppDouble extends EventEmitter implements AppMembers {
  readonly name = 'Tallybar';
  readonly commandLine: Pick<CommandLine, 'appendSwitch' | 'hasSwitch' | 'getSwitchValue'>;
  /** app.dock is _macOS_ only: undefined elsewhere, so `app.dock.hide()` throws there as in Electron. */
  readonly dock: Pick<Dock, 'hide' | 'show' | 'isVisible'> | undefined;
  /** app.setAppUserModelId is _Windows_ only (app.md). */
  readonly setAppUserModelId: ((id: string) => void) | undefined;
  readonly windows = new Set<QuitParticipant>();
  private readonly switches = new Map<string, string>();
  private readonly readyPromise: Promise<void>;
  private resolveReady!: () => void;
  private loginItem = false;
  private dockVisible = true;

  constructor(private readonly world: DesktopWorld) {
    super();
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
    this.commandLine = {
      appendSwitch: (name: string, value?: string) => void this.switches.set(name, value ?? ''),
      hasSwitch: (name: string) => this.switches.has(name),
      getSwitchValue: (name: string) => this.switches.get(name) ?? '',
    };
    this.dock = world.platform.dock
      ? {
          hide: () => void (this.dockVisible = false),
          show: async () => void (this.dockVisible = true),
          isVisible: () => this.dockVisible,
        }
      : undefined;
    this.setAppUserModelId = world.platform.toastsNeedAumid ? (id: string) => void (world.aumid = id) : undefined;
  }

  /** Test side: Electron finished launching ('will-finish-launching', then 'ready'). */
  emitReady(): void {
    if (this.world.ready) return;
    this.emit('will-finish-launching');
    this.world.ready = true;
    this.emit('ready', preventableEvent(), {});
    this.resolveReady();
  }

  /** app.md: "true if the app is packaged, false otherwise" — an installed build, not `npm start`. */
  get isPackaged(): boolean {
    return this.world.options.installed !== undefined;
  }

  /** app.md: "Relaunches the app when the current instance exits"; it does not quit by itself. */
  relaunch(): void {
    this.world.touch('app.relaunch');
    this.world.record({ kind: 'relaunch-requested' });
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.world.ready;
  }

  requestSingleInstanceLock(): boolean {
    return !this.world.options.lockTaken;
  }

  /** Test side: the user started Tallybar again; Electron tells the first instance (app.md, 'second-instance'). */
  launchSecondInstance(argv: string[] = []): void {
    this.emit('second-instance', preventableEvent(), [process.execPath, this.getAppPath(), ...argv], this.getAppPath(), {});
  }

  /** Browser::Quit(): before-quit (cancellable), close every window (one refusing cancels), will-quit, quit, exit. */
  quit(): void {
    this.world.touch('app.quit');
    if (this.world.quitting || this.world.exited) return;
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.world.quitting = true;
    // Windows close asynchronously in Electron (a posted task per window).
    setImmediate(() => {
      for (const window of [...this.windows]) {
        if (window.isDestroyed()) continue;
        // Browser::OnWindowCloseCancelled: one window refusing to close cancels the quit.
        if (!window.closeForQuit()) {
          this.world.quitting = false;
          return;
        }
      }
      this.notifyAndShutdown(0);
    });
  }

  /** All windows closed while not quitting: 'window-all-closed', or quit when nobody listens (app.md). */
  windowAllClosed(): void {
    if (this.world.quitting) return;
    if (this.listenerCount('window-all-closed') === 0) this.quit();
    else this.emit('window-all-closed');
  }

  exit(exitCode = 0): void {
    // "All windows will be closed immediately without asking the user, and the
    // before-quit and will-quit events will not be emitted." (app.md)
    for (const window of this.windows) if (!window.isDestroyed()) window.destroy();
    this.world.markExited(exitCode);
  }

  private notifyAndShutdown(code: number): void {
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.world.quitting = false;
      return;
    }
    this.emit('quit', preventableEvent(), code);
    this.world.markExited(code);
  }

  getPath(name: Parameters<App['getPath']>[0]): string {
    const { userDataDir, downloadsDir } = this.world.machine;
    const paths: Partial<Record<typeof name, string>> = {
      userData: userDataDir,
      downloads: downloadsDir,
      temp: join(userDataDir, '..'),
      logs: join(userDataDir, 'logs'),
    };
    const path = paths[name];
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  getAppPath(): string {
    return this.world.options.appPath;
  }

  getVersion(): string {
    return this.world.options.version;
  }

  getName(): string {
    return this.name;
  }

  setLoginItemSettings(settings: { openAtLogin?: boolean }): void {
    // _macOS_ _Windows_ (app.md); Linux has no login items.
    if (this.world.platform.processPlatform === 'linux') return;
    this.loginItem = settings.openAtLogin ?? false;
  }

  getLoginItemSettings(): LoginItemSettings {
    return { openAtLogin: this.loginItem } as LoginItemSettings;
  }

  getLocale(): string {
    return 'en-US';
  }

  getSystemLocale(): string {
    return 'en-US';
  }

  /**
   * app.md, getPreferredSystemLanguages(): "The user's preferred system
   * languages from most preferred to least preferred, including the country
   * codes if applicable", from NSLocale preferredLanguages on macOS and
   * GlobalizationPreferences on Windows (tags as the user listed them), and
   * g_get_language_names on Linux with "C" left out
   * (shell/common/language_util_linux.cc). GLib lists each locale name with
   * its variants, most specific first: de_DE.UTF-8, de_DE, de.UTF-8, de.
   */
  getPreferredSystemLanguages(): string[] {
    if (this.world.platform.processPlatform !== 'linux') return [...this.world.languages];
    return this.world.languages.flatMap((name) => (name === 'C' || name === 'POSIX' ? [] : localeVariants(name)));
  }
}

/** GLib's g_get_locale_variants: language[_territory][.codeset][@modifier] and each with parts left out, in its order. */
function localeVariants(name: string): string[] {
  const match = /^([^_.@]+)(_[^.@]+)?(\.[^@]+)?(@.+)?$/.exec(name);
  if (!match) return [name];
  const [, language = '', territory = '', codeset = '', modifier = ''] = match;
  const variants: string[] = [];
  for (const t of territory ? [territory, ''] : ['']) for (const c of codeset ? [codeset, ''] : ['']) for (const m of modifier ? [modifier, ''] : ['']) variants.push(`${language}${t}${c}${m}`);
  return [...new Set(variants)];
}
