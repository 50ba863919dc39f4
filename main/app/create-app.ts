// The composition root shared by Electron (main/index.ts) and the end-to-end
// harness: builds the session's services, the command handlers, the tray and
// popover controllers, and keeps every window fed with state snapshots.
import { join } from 'node:path';
import { DEFAULT_BASE_URL } from '../coinstats/client';
import type { TrayTheme } from '../core/tray-icon-path';
import type { AppSnapshot, ConnectionView } from '../core/types';
import { eventChannel } from '../ipc/channels';
import type { DetailsTab, Events } from '../ipc/contract';
import { createSenderPolicy, type Handlers, type InvokeEventLike } from '../ipc/gate';
import type { Clock } from '../services/clock';
import type { OpenStore } from '../services/settings-store';
import type { SyncNotification } from '../services/sync-engine';
import type { SafeStorageLike } from '../services/vault';
import type { DisplayPort, NotifierPort, SystemPort, TrayPort, WindowPort } from '../ports';
import { createPopoverController, type PopoverController } from '../controllers/popover-controller';
import { createTrayController } from '../controllers/tray-controller';
import { AppError, createHandlers } from './handlers';
import { buildSnapshot } from './snapshot';
import { createCreditsWatcher, createHistoryRecorder, notificationTab } from './snapshot-watchers';
import { createSession, type Session, type SessionOptions } from './session';

export interface DemoBackend {
  url: string;
  close(): Promise<void>;
}

export interface AppDeps {
  /** Electron's userData (or a temp dir in tests). The demo lives in `<dataDir>/demo`. */
  dataDir: string;
  /** TALLYBAR_API_BASE_URL, if set. */
  envBaseUrl?: string | undefined;
  demo: boolean;
  openStore: OpenStore;
  safeStorage: SafeStorageLike;
  whenReady: () => Promise<void>;
  clock: Clock;
  tray: TrayPort;
  popover: WindowPort;
  /** Creates the details window, or focuses the existing one. */
  openDetailsWindow(tab: DetailsTab | undefined): { port: WindowPort; created: boolean };
  detailsWindow(): WindowPort | null;
  display: DisplayPort;
  notifier: NotifierPort;
  system: SystemPort;
  /** Directory of the tray PNGs. */
  trayAssetsDir: string;
  downloadsDir: string;
  /** Whether a URL is one of our own renderer pages (the IPC gate's check). */
  isAppUrl(url: string): boolean;
  /** Starts the built-in CoinStats double for demo mode. */
  startDemoBackend(): Promise<DemoBackend>;
  log(line: string): void;
  /** Tests make the client faster; production keeps the defaults. */
  tuning?: Pick<SessionOptions, 'ratePerSecond' | 'retry' | 'timeoutMs'>;
}

export interface TallybarApp {
  readonly handlers: Handlers;
  isTrustedSender(event: InvokeEventLike): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  snapshot(): AppSnapshot;
  session(): Session;
  togglePopover(): void;
}

const DEMO_CONNECTIONS: Record<string, { name: string; fields: Record<string, string> }> = {
  binance: { name: 'Binance', fields: { apiKey: 'demo-binance-key', apiSecret: 'demo-binance-secret' } },
  kraken: { name: 'Kraken', fields: { apiKey: 'demo-kraken-key', apiSecret: 'demo-kraken-secret' } },
  okx: { name: 'OKX', fields: { apiKey: 'demo-okx-key', apiSecret: 'demo-okx-secret', passphrase: 'demo-okx-pass' } },
};

export function createTallybarApp(deps: AppDeps): TallybarApp {
  const { clock, system } = deps;
  let demoBackend: DemoBackend | null = null;
  let session: Session;
  let secretsAvailable: AppSnapshot['secretsAvailable'] = { ok: true };
  let apiKeyHint: string | null = null;
  const hints = new Map<string, Record<string, string>>();
  const dismissed = new Set<string>();
  const appNotices: AppSnapshot['notices'] = [];
  let pushQueued = false;
  const unsubscribe: (() => void)[] = [];

  const notify = (n: SyncNotification): void => {
    // A portfolio that just finished syncing may hold coins not yet enriched
    // (names, icons); a status poll's balance call does not run that pass.
    if (n.kind === 'synced') void session.enrichment.update().then(() => changed());
    if (!session.store.getSettings().notifications || !deps.notifier.isSupported()) return;
    deps.notifier.show({ title: n.title, body: n.body, onClick: () => openDetails(notificationTab(n)) });
  };

  const history = createHistoryRecorder((point) => session.history.append(point));
  const credits = createCreditsWatcher(notify, () => system.locale());

  function newSession(demo: boolean, baseUrl?: string): Session {
    return createSession({
      dataDir: demo ? join(deps.dataDir, 'demo') : deps.dataDir,
      resolveBaseUrl: (setting) => baseUrl ?? (setting || deps.envBaseUrl || DEFAULT_BASE_URL),
      demo,
      openStore: deps.openStore,
      safeStorage: deps.safeStorage,
      platform: system.platform,
      whenReady: deps.whenReady,
      clock,
      locale: () => system.locale(),
      notify,
      onChange: () => changed(),
      ...deps.tuning,
    });
  }

  async function loadSecretsView(): Promise<void> {
    secretsAvailable = await session.vault.status();
    apiKeyHint = await session.vault.apiKeyHint();
    hints.clear();
    for (const meta of session.store.listConnections()) hints.set(meta.id, await session.vault.connectionHints(meta.id));
  }

  async function collectNotices(): Promise<void> {
    const stored = [...session.store.notices(), ...session.history.notices(), ...(await session.vault.notices())];
    for (const notice of stored) if (!appNotices.some((n) => n.id === notice.id)) appNotices.push(notice);
  }

  function snapshot(): AppSnapshot {
    return buildSnapshot({
      session,
      secretsAvailable,
      apiKeyHint,
      hints,
      notices: appNotices.filter((n) => !dismissed.has(n.id)),
    });
  }

  function windows(): WindowPort[] {
    const details = deps.detailsWindow();
    return [deps.popover, ...(details && !details.isDestroyed() ? [details] : [])];
  }

  function push<E extends keyof Events>(event: E, payload: Events[E], targets = windows()): void {
    for (const window of targets) if (!window.isDestroyed()) window.send(eventChannel(event), payload);
  }

  const theme = (): TrayTheme => (system.shouldUseDarkColors() ? 'dark' : 'light');
  const tray = createTrayController({
    tray: deps.tray,
    platform: system.platform,
    assetsDir: deps.trayAssetsDir,
    theme,
    locale: () => system.locale(),
    now: () => clock.now(),
    actions: {
      openPopover: () => popover.show(),
      refreshNow: () => void session.engine.refreshAll({ userInitiated: true }),
      openDetails: (tab) => openDetails(tab),
      togglePrivacy: () => {
        const privacyMode = !session.store.getSettings().privacyMode;
        session.store.updateSettings({ privacyMode });
        changed();
      },
      quit: () => system.quit(),
    },
  });

  /** Coalesces bursts of changes into one snapshot per microtask turn. */
  function changed(): void {
    if (pushQueued) return;
    pushQueued = true;
    queueMicrotask(() => {
      pushQueued = false;
      const current = snapshot();
      history.observe(current, clock.now());
      credits.observe(current);
      tray.render(current);
      push('state', current);
    });
  }

  function openDetails(tab?: DetailsTab): void {
    const { port, created } = deps.openDetailsWindow(tab);
    if (!created && tab) push('navigate', { tab }, [port]);
    popover.hide();
  }

  const popover: PopoverController = createPopoverController({
    window: deps.popover,
    tray: deps.tray,
    display: deps.display,
    platform: system.platform,
    now: () => clock.now(),
    onShown: () => void session.engine.popoverOpened(),
  });

  async function switchSession(next: Session): Promise<void> {
    session.close();
    session = next;
    await loadSecretsView();
    await collectNotices();
    await session.engine.start();
    session.governor.start();
    changed();
  }

  async function startDemo(): Promise<void> {
    demoBackend ??= await deps.startDemoBackend();
    const demo = newSession(true, demoBackend.url);
    if (!(await demo.vault.getApiKey())) await demo.vault.setApiKey('demo-key');
    if (demo.store.listConnections().length === 0) {
      for (const [exchangeId, { name, fields }] of Object.entries(DEMO_CONNECTIONS)) {
        const meta = demo.store.addConnection({ exchangeId, name });
        await demo.vault.setConnectionSecrets(meta.id, fields);
      }
    }
    await switchSession(demo);
  }

  session = newSession(false);

  const handlers = createHandlers({
    session: () => session,
    snapshot,
    secretsChanged: async () => {
      await loadSecretsView();
      changed();
    },
    changed,
    connectionView: (id): ConnectionView => {
      const view = snapshot().connections.find((c) => c.id === id);
      if (!view) throw AppError.from('unknown_connection');
      return view;
    },
    openDetails,
    hidePopover: () => popover.hide(),
    openExternal: (url) => system.openExternal(url),
    showSaveDialog: (defaultPath) => system.showSaveDialog({ defaultPath, filters: [{ name: 'CSV', extensions: ['csv'] }] }),
    setLaunchAtLogin: (enabled) => system.setLaunchAtLogin(enabled),
    reloadSession: () => switchSession(newSession(session.demo, session.demo ? demoBackend?.url : undefined)),
    startDemo,
    dismissNotice: (id) => {
      dismissed.add(id);
      changed();
    },
    locale: () => system.locale(),
    downloadsDir: () => deps.downloadsDir,
    quit: () => system.quit(),
  });

  return {
    handlers,
    isTrustedSender: createSenderPolicy({ windowIds: () => windows().map((w) => w.id), appUrl: deps.isAppUrl }),
    async start() {
      unsubscribe.push(deps.tray.onClick(() => popover.toggle()));
      unsubscribe.push(system.onThemeChange(() => changed()));
      unsubscribe.push(
        system.onPower((event) => {
          const engine = session.engine;
          if (event === 'suspend') engine.suspend();
          else if (event === 'resume') engine.resume();
          else if (event === 'lock-screen') engine.lock();
          else if (event === 'unlock-screen') engine.unlock();
          else if (event === 'user-idle' || event === 'user-active') engine.setUserActive(event === 'user-active');
          else engine.setOnline(event === 'online');
        }),
      );
      if (deps.demo) {
        await startDemo();
        return;
      }
      await loadSecretsView();
      await collectNotices();
      if (!secretsAvailable.ok) deps.log('secrets: encryption is not available; keys cannot be stored');
      changed();
      await session.engine.start();
      session.governor.start();
    },
    async stop() {
      for (const off of unsubscribe.splice(0)) off();
      popover.dispose();
      session.close();
      await demoBackend?.close();
      demoBackend = null;
    },
    snapshot,
    session: () => session,
    togglePopover: () => popover.toggle(),
  };
}
