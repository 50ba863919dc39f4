// The machine the Electron double's objects live on: the platform model,
// app readiness and quitting, which window has focus, the open menu, and
// the record of what the app did that a user would see (or that broke one
// of Electron's rules). One world per launch of the main bundle; the
// `Machine` (user data folder, keyring) outlives launches.
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { InstalledApp } from './installed-app';
import type { PlatformModel, SafeStorageModel } from './platforms';

/** What survives a relaunch: the disk and the OS keyring. */
export interface Machine {
  userDataDir: string;
  downloadsDir: string;
  /** The user's home folder (HOME): on macOS electron-updater keeps downloads in its Library/Caches. */
  homeDir: string;
  /** The user's cache folder (XDG_CACHE_HOME on Linux), where electron-updater keeps downloads. */
  cacheDir: string;
  /** Every system command the app ran (package managers, pkexec), one line each: `dpkg -i /path`. */
  commandLog: string;
  keyringKey: Buffer;
}

export function newMachine(userDataDir: string, downloadsDir: string): Machine {
  const home = dirname(userDataDir);
  return { userDataDir, downloadsDir, homeDir: home, cacheDir: join(home, 'cache'), commandLog: join(home, 'commands.log'), keyringKey: randomBytes(32) };
}

export interface Focusable {
  readonly name: string;
  /** Called by the world when focus leaves this window. */
  lostFocus(): void;
  gainedFocus(): void;
}

export type DesktopEvent =
  | { kind: 'menu-opened'; source: 'tray-click' | 'tray-right-click' | 'popUpContextMenu'; items: string[] }
  | { kind: 'dock-flashed' }
  | { kind: 'notification-failed'; title: string; error: string }
  | { kind: 'used-after-exit'; api: string }
  | { kind: 'relaunch-requested' }
  /** Squirrel.Mac's ShipIt put the downloaded update in place of the app: the sha512 of the ZIP it installed. */
  | { kind: 'update-installed'; sha512: string }
  | { kind: 'ignored'; api: string; why: string };

export interface WorldOptions {
  platform: PlatformModel;
  machine: Machine;
  context: BrowserContext;
  appPath: string;
  version: string;
  /** An installed (packaged) build: app.isPackaged, process.resourcesPath. Absent: `npm start`. */
  installed?: InstalledApp;
  /** appId of electron-builder.yml: the AUMID the installer's Start-menu shortcut carries. */
  installerAumid: string;
  safeStorage: SafeStorageModel & { locked?: boolean };
  /** Another instance already holds the single-instance lock. */
  lockTaken?: boolean;
  /** Global shortcuts another app already holds: registering one fails (global-shortcut.md). */
  shortcutsTaken?: string[];
  appDark?: boolean;
  /**
   * The user's preferred languages as the OS keeps them, most preferred first:
   * BCP 47 tags on macOS and Windows ('de-DE', 'zh-Hans-CN'), POSIX locale
   * names on Linux ('de_DE.UTF-8', from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
   */
  languages?: string[];
}

export class DesktopWorld {
  readonly platform: PlatformModel;
  readonly machine: Machine;
  readonly context: BrowserContext;
  readonly options: WorldOptions;
  readonly events: DesktopEvent[] = [];
  /** Lines the app wrote with console.* are not captured here; see the harness. */
  ready = false;
  quitting = false;
  exited = false;
  exitCode: number | null = null;
  online = true;
  /** Date.now() of the user's last input (keyboard, pointer): what the OS measures idle time from. */
  lastInputAt = Date.now();
  locked = false;
  appDark: boolean;
  /** See WorldOptions.languages; a test may change it while the app runs (the user edits the list). */
  languages: string[];
  cursor: { x: number; y: number };
  aumid: string | null = null;
  private focused: Focusable | null = null;
  private readonly exitListeners: (() => void)[] = [];
  private nextId = 1;

  constructor(options: WorldOptions) {
    this.options = options;
    this.languages = options.languages ?? (options.platform.processPlatform === 'linux' ? ['en_US.UTF-8'] : ['en-US']);
    this.platform = options.platform;
    this.machine = options.machine;
    this.context = options.context;
    this.appDark = options.appDark ?? false;
    this.cursor = { ...options.platform.trayClickPoint };
  }

  id(): number {
    return this.nextId++;
  }

  record(event: DesktopEvent): void {
    this.events.push(event);
  }

  eventsOf<K extends DesktopEvent['kind']>(kind: K): Extract<DesktopEvent, { kind: K }>[] {
    return this.events.filter((e): e is Extract<DesktopEvent, { kind: K }> => e.kind === kind);
  }

  /** After the process would have exited, nothing the app calls can reach the OS. */
  touch(api: string): void {
    if (this.exited) this.record({ kind: 'used-after-exit', api });
  }

  /** "Cannot create X before app is ready" and friends. */
  requireReady(message: string): void {
    if (!this.ready) throw new Error(message);
  }

  focus(target: Focusable): void {
    if (this.focused === target) return;
    const previous = this.focused;
    this.focused = target;
    previous?.lostFocus();
    target.gainedFocus();
  }

  /** The window lost focus because it hid or closed, or the user clicked elsewhere. */
  blur(target?: Focusable): void {
    if (!this.focused || (target && this.focused !== target)) return;
    const previous = this.focused;
    this.focused = null;
    previous.lostFocus();
  }

  /** The user touches the keyboard or pointer. */
  userInput(): void {
    this.lastInputAt = Date.now();
  }

  /** The user has not touched anything for `ms` (and goes on not touching anything). */
  userAwayFor(ms: number): void {
    this.lastInputAt = Date.now() - ms;
  }

  focusedWindow(): Focusable | null {
    return this.focused;
  }

  onExit(listener: () => void): void {
    this.exitListeners.push(listener);
  }

  markExited(code: number): void {
    if (this.exited) return;
    this.exited = true;
    this.exitCode = code;
    for (const listener of this.exitListeners.splice(0)) listener();
  }
}
