// The whole main process, minus Electron: the real composition root with the
// real services, the real IPC gate on an in-memory ipcMain, the CoinStats
// double over real HTTP, a conf store and vault in a temp dir, a manual clock,
// and recorders for tray, windows, notifications and the system.
import { createTallybarApp, type TallybarApp } from '../../main/app/create-app';
import { afterEach } from 'vitest';
import { createDetailsWindowManager } from '../../main/controllers/details-window';
import { isAppPageUrl } from '../../main/core/app-url';
import { DETAILS_DEFAULT_SIZE } from '../../main/core/window-sizes';
import type { Settings } from '../../common/settings';
import { startDouble, type CoinStatsDouble, type DoubleOptions } from '../../main/double/server';
import { invokeChannel } from '../../common/contract';
import type { Command, DetailsTab, Requests, Responses, Result } from '../../common/contract';
import type { MenuItemSpec, UpdaterPort, WindowPort } from '../../main/ports';
import { registerIpcGate, type InvokeEventLike } from '../../main/ipc/gate';
import { LoopbackIpcMain } from './e2e/loopback-ipc';
import { createManualClock, type ManualClock } from '../../main/services/clock';
import { openConfStore } from './conf-store';
import { useTempDirs } from './temp-dir';
import { T0 } from './test-time';
import { TEST_API_KEY } from './double-helpers';
import { createFakeSafeStorage } from './fake-safe-storage';
import { NotificationRecorder, TrayRecorder } from './e2e/recorders';
import { FakeDisplay, GlobalShortcutRecorder, SystemRecorder } from './e2e/system-recorders';
import { createWindowRecorder } from './recorders';

type FakeKeyring = ReturnType<typeof createFakeSafeStorage>['safeStorage'];

export const POPOVER_ID = 1;
export const DETAILS_ID = 2;
export { T0 } from './test-time';

export interface AppHarness {
  app: TallybarApp;
  double: CoinStatsDouble;
  clock: ManualClock;
  tray: TrayRecorder;
  popover: ReturnType<typeof createWindowRecorder>;
  notifier: NotificationRecorder;
  system: SystemRecorder;
  shortcuts: GlobalShortcutRecorder;
  /** The displays: a test plugs one in or mirrors them. */
  display: FakeDisplay;
  /** This machine's keyring, for a restart that must read the same ciphertext. */
  keyring: FakeKeyring;
  /** Every IPC response, for secret scans. */
  responses: unknown[];
  /** Every line main logged. */
  logLines: string[];
  /** The tab of each details window main created, in order. */
  detailsOpened: (DetailsTab | undefined)[];
  /** The details window, while one is open. */
  details(): WindowPort | null;
  /** Every application menu main installed, in order. */
  appMenus: MenuItemSpec[][];
  invoke<C extends Command>(command: C, ...payload: Requests[C] extends undefined ? [] : [Requests[C]]): Promise<Result<Responses[C]>>;
  invokeAs(event: InvokeEventLike, command: Command, payload?: unknown): Promise<Result<unknown>>;
  /** Lets the engine finish whatever it is doing (HTTP to the double included). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startAppHarness(dir: string, options: { double?: DoubleOptions; demoDouble?: DoubleOptions; settings?: Partial<Settings>; platform?: 'darwin' | 'win32' | 'linux'; osLaunchAtLogin?: boolean; demo?: boolean; shortcutsTaken?: string[]; shortcutsUnreadable?: string[]; languages?: string[]; keyring?: FakeKeyring; packaged?: boolean; updater?: UpdaterPort } = {}): Promise<AppHarness> {
  const double = await startDouble({ apiKey: TEST_API_KEY, rateLimit: null, syncPolls: 1, ...options.double });
  const clock = createManualClock(T0);
  const tray = new TrayRecorder({ x: 1000, y: 0, width: 22, height: 22 });
  const popover = createWindowRecorder(POPOVER_ID);
  const notifier = new NotificationRecorder();
  const system = new SystemRecorder({ platform: options.platform ?? 'darwin', launchAtLogin: options.osLaunchAtLogin ?? false, packaged: options.packaged ?? false, ...(options.languages ? { languages: options.languages } : {}) });
  // A restart on the same machine passes the earlier harness's keyring, so its ciphertext still decrypts.
  const safeStorage = options.keyring ?? createFakeSafeStorage().safeStorage;
  const shortcuts = new GlobalShortcutRecorder(new Set(options.shortcutsTaken), new Set(options.shortcutsUnreadable));
  const ipcMain = new LoopbackIpcMain();
  const display = new FakeDisplay({ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } }, { x: 500, y: 300 });
  // The real manager, with recorders for the native windows it creates.
  const detailsManager = createDetailsWindowManager({
    display,
    create: ({ tab }) => {
      detailsOpened.push(tab);
      const recorder = createWindowRecorder(DETAILS_ID, DETAILS_DEFAULT_SIZE);
      recorder.window.show();
      return recorder.window;
    },
  });
  const logLines: string[] = [];
  const detailsOpened: (DetailsTab | undefined)[] = [];
  const appMenus: MenuItemSpec[][] = [];
  const app = createTallybarApp({
    dataDir: dir,
    envBaseUrl: double.url,
    demo: options.demo ?? false,
    openStore: openConfStore,
    safeStorage,
    whenReady: async () => undefined,
    clock,
    tray,
    popover: popover.window,
    openDetailsWindow: (tab, bounds) => detailsManager.open(tab, bounds),
    detailsWindow: () => detailsManager.current(),
    setAppMenu: (items) => void appMenus.push(items),
    display,
    globalShortcut: shortcuts,
    notifier,
    system,
    ...(options.updater ? { updater: options.updater } : {}),
    trayAssetsDir: '/assets/tray',
    downloadsDir: dir,
    isAppUrl: isAppPageUrl,
    // Like production: a separate double that accepts the built-in demo key; the app closes it.
    startDemoBackend: () => startDouble({ port: 0, syncPolls: 0, rateLimit: null, ...options.demoDouble }),
    log: (line) => void logLines.push(line),
    tuning: { ratePerSecond: 1000, retry: { limit: 1, baseDelayMs: 1 }, timeoutMs: 2_000 },
  });
  registerIpcGate({ ipcMain, ...app.gate, log: (line) => void logLines.push(line) });
  if (options.settings) app.session().store.updateSettings(options.settings);
  clock.setSettle(() => app.session().engine.whenIdle());
  await app.start();
  const responses: unknown[] = [];
  let closed = false;

  const invokeAs = async (event: InvokeEventLike, command: Command, payload?: unknown) => {
    // A command without a payload crosses with no argument, as the preload sends it.
    const args = payload === undefined ? [] : [payload];
    const result = (await ipcMain.invokeWithEvent(invokeChannel(command), event, ...args)) as Result<unknown>;
    responses.push(result);
    return result;
  };
  const popoverEvent: InvokeEventLike = { sender: { id: POPOVER_ID }, senderFrame: { url: 'app://tallybar/popover.html', parent: null } };

  return {
    app,
    double,
    clock,
    tray,
    popover,
    notifier,
    system,
    shortcuts,
    display,
    keyring: safeStorage,
    responses,
    logLines,
    detailsOpened,
    details: () => detailsManager.current(),
    appMenus,
    invoke: ((command: Command, payload?: unknown) => invokeAs(popoverEvent, command, payload)) as AppHarness['invoke'],
    invokeAs,
    settle: async () => {
      await clock.advance(0);
      await app.session().engine.whenIdle();
      await new Promise((resolve) => setImmediate(resolve));
    },
    // Idempotent: a test may stop the app itself before the cleanup does.
    close: async () => {
      if (closed) return;
      closed = true;
      await app.stop();
      await double.close();
    },
  };
}

export type AppHarnessOptions = NonNullable<Parameters<typeof startAppHarness>[1]>;

/**
 * For a test file: returns `startApp(options)`, which opens a harness in a
 * fresh temp dir; every harness and dir is closed and removed after each test.
 */
export function useAppHarness(): (options?: AppHarnessOptions) => Promise<AppHarness & { dir: string }> {
  const tempDir = useTempDirs();
  const open: AppHarness[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) await h.close();
  });
  return async (options = {}) => {
    const dir = await tempDir();
    const h = await startAppHarness(dir, options);
    open.push(h);
    return Object.assign(h, { dir });
  };
}

/** The value of an ok Result; a failed one fails the test with its error. */
export function okValue<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}
