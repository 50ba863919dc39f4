// The composition root shared by Electron (main/index.ts) and the end-to-end
// harness: builds the session's services, the command handlers, the tray and
// popover controllers, and keeps every window fed with state snapshots.
import { join } from 'node:path';
import { DEFAULT_BASE_URL } from '../coinstats/client';
import type { TrayTheme } from '../core/tray-icon-path';
import type { AppSnapshot, ConnectionView } from '../../common/types';
import type { DetailsTab } from '../../common/contract';
import { createPusher } from '../ipc/push';
import { createSenderPolicy } from '../ipc/gate';
import type { TimerHandle } from '../services/clock';
import type { SyncNotification } from '../services/sync-engine';
import type { WindowPort } from '../ports';
import { createPopoverController, type PopoverController } from '../controllers/popover-controller';
import { createTrayController } from '../controllers/tray-controller';
import { MASK } from '../services/vault-file';
import { isTallybarError } from '../../common/tallybar-error';
import { probeBaseUrl } from './base-url-probe';
import { routePowerEvent, seedDemoSession } from './demo';
import { AppError, createHandlers } from './handlers';
import { buildSnapshot } from './snapshot';
import { createCreditsWatcher, createHistoryRecorder, notificationTab } from './snapshot-watchers';
import type { AppDeps, DemoBackend, TallybarApp } from './app-types';
import { createSession, type Session } from './session';

export type { AppDeps, DemoBackend, TallybarApp } from './app-types';

/**
 * The tray says "Updated N min ago" and turns stale at 2× freshness, but it is
 * only redrawn on state changes: while offline or asleep nothing changes, so
 * without this tick the tray would keep claiming fresh data.
 */
export const TRAY_TICK_MS = 60_000;

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
  let trayTick: TimerHandle | null = null;

  const notify = (n: SyncNotification): void => {
    // A portfolio that just finished syncing may hold coins not yet enriched
    // (names, icons); a status poll's balance call does not run that pass.
    if (n.kind === 'synced') void session.enrichment.update().then(() => changed());
    if (!session.store.getSettings().notifications || !deps.notifier.isSupported()) return;
    // Demo figures come from the built-in double: a notification must not read like real money.
    const body = session.demo ? `Demo: ${n.body}` : n.body;
    deps.notifier.show({ title: n.title, body, onClick: () => openDetails(notificationTab(n)) });
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
    apiKeyHint = await readableHint(() => session.vault.apiKeyHint(), MASK);
    hints.clear();
    for (const meta of session.store.listConnections()) hints.set(meta.id, await readableHint(() => session.vault.connectionHints(meta.id), {}));
  }

  /**
   * A saved secret that cannot be decrypted (keyring locked, or changed since)
   * must not stop the app: it shows as set but unreadable, and the vault's
   * words (unlock and retry, or enter it again) become a notice.
   */
  async function readableHint<T>(read: () => Promise<T>, unreadable: T): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (!isTallybarError(error)) throw error;
      const id = `vault:${error.code}`;
      if (!appNotices.some((n) => n.id === id)) appNotices.push({ id, message: error.message });
      return unreadable;
    }
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
      platform: system.platform,
      locale: system.locale(),
    });
  }

  function windows(): WindowPort[] {
    const details = deps.detailsWindow();
    return [deps.popover, ...(details && !details.isDestroyed() ? [details] : [])];
  }

  const pusher = createPusher({ targets: windows, log: deps.log });

  const theme = (): TrayTheme => (system.taskbarDark() ? 'dark' : 'light');
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
      togglePrivacy,
      quit: () => system.quit(),
    },
  });

  function togglePrivacy(): void {
    const privacyMode = !session.store.getSettings().privacyMode;
    session.store.updateSettings({ privacyMode });
    changed();
  }

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
      pusher.push('state', current);
    });
  }

  /** The OS is the truth: the user may have removed (or added) the login item in System Settings. */
  function syncLaunchAtLogin(): void {
    const os = system.getLaunchAtLogin();
    if (os !== null && os !== session.store.getSettings().launchAtLogin) session.store.updateSettings({ launchAtLogin: os });
  }

  function scheduleTrayTick(): void {
    trayTick = clock.setTimeout(() => {
      tray.render(snapshot());
      scheduleTrayTick();
    }, TRAY_TICK_MS);
  }

  function openDetails(tab?: DetailsTab): void {
    const { port, created } = deps.openDetailsWindow(tab);
    if (!created && tab) pusher.push('navigate', { tab }, [port]);
    popover.hide();
  }

  const popover: PopoverController = createPopoverController({
    window: deps.popover,
    tray: deps.tray,
    display: deps.display,
    platform: system.platform,
    placement: deps.popoverPlacement ?? 'anchored',
    now: () => clock.now(),
    onShown: () => void session.engine.popoverOpened(),
  });

  async function switchSession(next: Session): Promise<void> {
    session.close();
    session = next;
    await loadSecretsView();
    await collectNotices();
    await session.engine.start();
    changed();
  }

  async function startDemo(): Promise<void> {
    demoBackend ??= await deps.startDemoBackend();
    const demo = newSession(true, demoBackend.url);
    await seedDemoSession(demo);
    await switchSession(demo);
  }

  /** Back to the user's own data; the demo folder is kept for the next visit. */
  async function exitDemo(): Promise<void> {
    if (session.demo) await switchSession(newSession(false));
    const backend = demoBackend;
    demoBackend = null;
    await backend?.close();
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
      if (!view) throw new AppError('unknown_connection');
      return view;
    },
    openDetails,
    hidePopover: () => popover.hide(),
    openExternal: (url) => system.openExternal(url),
    showSaveDialog: (defaultPath) => system.showSaveDialog({ defaultPath, filters: [{ name: 'CSV', extensions: ['csv'] }] }),
    setLaunchAtLogin: (enabled) => system.setLaunchAtLogin(enabled),
    probeBaseUrl: async (url) =>
      probeBaseUrl({ url, apiKey: await session.vault.getApiKey(), ...(deps.tuning?.timeoutMs ? { timeoutMs: deps.tuning.timeoutMs } : {}) }),
    reloadSession: () => switchSession(newSession(session.demo, session.demo ? demoBackend?.url : undefined)),
    startDemo,
    exitDemo,
    dismissNotice: (id) => {
      dismissed.add(id);
      changed();
    },
    locale: () => system.locale(),
    downloadsDir: () => deps.downloadsDir,
    quit: () => system.quit(),
  });

  const isTrustedSender = createSenderPolicy({ windowIds: () => windows().map((w) => w.id), appUrl: deps.isAppUrl });

  return {
    handlers,
    isTrustedSender,
    // What every host passes to registerIpcGate, so tests build the gate as main/index.ts does.
    gate: { handlers, isTrustedSender, isSecret: (value) => session.vault.isSecret(value) },
    async start() {
      syncLaunchAtLogin();
      scheduleTrayTick();
      unsubscribe.push(deps.tray.onClick(() => popover.toggle()));
      unsubscribe.push(system.onThemeChange(() => changed()));
      unsubscribe.push(system.onPower((event) => routePowerEvent(session.engine, event)));
      if (deps.demo) {
        await startDemo();
        return;
      }
      await loadSecretsView();
      await collectNotices();
      if (!secretsAvailable.ok) deps.log('secrets: encryption is not available; keys cannot be stored');
      changed();
      await session.engine.start();
    },
    async stop() {
      if (trayTick) clock.clearTimeout(trayTick);
      trayTick = null;
      for (const off of unsubscribe.splice(0)) off();
      popover.dispose();
      session.close();
      await demoBackend?.close();
      demoBackend = null;
    },
    snapshot,
    session: () => session,
    togglePopover: () => popover.toggle(),
    showHintOnce(hint) {
      if (session.store.firstTimeHint(hint.id)) appNotices.push(hint);
      openDetails();
      changed();
    },
    menuActions: {
      openSettings: () => openDetails('settings'),
      refreshAll: () => void session.engine.refreshAll({ userInitiated: true }),
      togglePrivacy,
      quit: () => system.quit(),
    },
  };
}
