// The composition root shared by Electron (main/index.ts) and the test hosts:
// wires the session manager, the view, the tray and popover, the command
// handlers and the lifecycle, and keeps every window fed with snapshots.
import type { AppSnapshot } from '../../common/types';
import { createSenderPolicy } from '../ipc/gate';
import { createPusher } from '../ipc/push';
import type { WindowPort } from '../ports';
import { createFeedWriter, feedPathBeside } from '../services/feed-writer';
import type { SyncNotification } from '../services/sync-engine';
import type { AppDeps, TallybarApp } from './app-types';
import { createAlertWatcher } from './alert-watcher';
import { createAppView } from './app-view';
import { probeBaseUrl } from './base-url-probe';
import { createHandlers } from './handlers';
import { createKeyReminders } from './key-reminders';
import { createLifecycle } from './lifecycle';
import { createLookTracker } from './look-tracker';
import { createSessionManager } from './session-manager';
import { createCreditsWatcher, createHistoryRecorder, notificationTab } from './snapshot-watchers';
import { createSurfaces } from './surfaces';

export type { AppDeps, DemoBackend, TallybarApp } from './app-types';

export function createTallybarApp(deps: AppDeps): TallybarApp {
  const { clock, system } = deps;

  // The pieces call each other only after construction, through these closures.
  const sessions = createSessionManager({
    deps,
    notify,
    onChange: () => view.changed(),
    opened: async (session) => {
      await view.load();
      await session.engine.start();
      view.changed();
    },
  });
  const session = sessions.current;
  const windows = (): WindowPort[] => {
    const details = deps.detailsWindow();
    return [deps.popover, ...(details && !details.isDestroyed() ? [details] : [])];
  };
  const pusher = createPusher({ targets: windows, log: deps.log });
  const history = createHistoryRecorder((point) => session().history.append(point));
  const credits = createCreditsWatcher(notify, () => system.locale());
  const feed = createFeedWriter({ clock, log: deps.log });
  const feedPath = (): string => feedPathBeside(session().store.path);
  const looks = createLookTracker({ clock, store: () => session().store, snapshot: () => view.snapshot(), popoverVisible: () => deps.popover.isVisible(), changed: () => view.changed() });
  const keyReminders = createKeyReminders(notify, () => session().store);
  const view = createAppView({
    session,
    platform: system.platform,
    locale: () => system.locale(),
    lastLook: () => looks.base(),
    shortcut: () => surfaces.shortcut.state(),
    update: () => surfaces.updates.state(),
    publish(snapshot: AppSnapshot) {
      // A new shortcut setting: register it first, and publish the snapshot that says how that went.
      if (surfaces.shortcut.sync(snapshot.settings.globalShortcut)) return view.changed();
      surfaces.updates.sync(snapshot.settings.updates);
      looks.observe(snapshot);
      feed.observe(snapshot, feedPath());
      history.observe(snapshot, clock.now());
      credits.observe(snapshot);
      alerts.observe(snapshot);
      keyReminders.observe(snapshot, clock.now());
      surfaces.tray.render(snapshot);
      pusher.push('state', snapshot);
    },
  });
  const alerts = createAlertWatcher({ session, clock, snapshot: () => view.snapshot(), changed: () => view.changed(), notify: (n) => notify({ kind: 'alert', ...n }) });
  const surfaces = createSurfaces({ deps, session, changed: () => view.changed(), pusher, looks });

  function notify(n: SyncNotification): void {
    // A portfolio that just finished syncing may hold coins not yet enriched
    // (names, icons); a status poll's balance call does not run that pass.
    if (n.kind === 'synced') void session().enrichment.update().then(() => view.changed());
    if (!session().store.getSettings().notifications || !deps.notifier.isSupported()) return;
    // Demo figures come from the built-in double: a notification must not read like real money.
    const body = session().demo ? `Demo: ${n.body}` : n.body;
    deps.notifier.show({ title: n.title, body, onClick: () => surfaces.openDetails(notificationTab(n)) });
  }

  const handlers = createHandlers({
    sessions,
    view,
    windows: { openDetails: surfaces.openDetails, hidePopover: () => surfaces.popover.hide() },
    system,
    probeBaseUrl: async (url) =>
      probeBaseUrl({ url, apiKey: await session().vault.getApiKey(), ...(deps.tuning?.timeoutMs ? { timeoutMs: deps.tuning.timeoutMs } : {}) }),
    downloadsDir: deps.downloadsDir,
    feed: { path: feedPath, whenIdle: feed.whenIdle },
    updates: surfaces.updates,
  });
  const isTrustedSender = createSenderPolicy({ windowIds: () => windows().map((w) => w.id), appUrl: deps.isAppUrl });
  const lifecycle = createLifecycle({ deps, sessions, view, surfaces });

  return {
    handlers,
    isTrustedSender,
    // What every host passes to registerIpcGate, so tests build the gate as main/index.ts does.
    gate: { handlers, isTrustedSender, isSecret: (value) => session().vault.isSecret(value) },
    start: lifecycle.start,
    async stop() {
      alerts.stop();
      looks.dispose();
      feed.dispose();
      await lifecycle.stop();
    },
    snapshot: view.snapshot,
    session,
    togglePopover: () => surfaces.popover.toggle(),
    showHintOnce(hint) {
      if (session().store.firstTimeHint(hint.id)) view.addNotice(hint);
      surfaces.openDetails();
      view.changed();
    },
    menuActions: {
      openSettings: () => surfaces.openDetails('settings'),
      refreshAll: surfaces.refreshNow,
      togglePrivacy: surfaces.togglePrivacy,
      quit: () => system.quit(),
    },
  };
}
