// The composition root shared by Electron (main/index.ts) and the test hosts:
// wires the session manager, the view, the tray and popover, the command
// handlers and the lifecycle, and keeps every window fed with snapshots.
import type { AppSnapshot } from '../../common/types';
import { createSenderPolicy } from '../ipc/gate';
import { createPusher } from '../ipc/push';
import type { WindowPort } from '../ports';
import type { AppDeps, TallybarApp } from './app-types';
import { createAppView } from './app-view';
import { createAppWatchers } from './app-watchers';
import { probeBaseUrl } from './base-url-probe';
import { createHandlers } from './handlers';
import { createLanguages } from './language';
import { createLanguageFollowers } from './language-followers';
import { createLifecycle } from './lifecycle';
import { createNotify } from './notify';
import { createSessionManager } from './session-manager';
import { createSurfaces } from './surfaces';

export type { AppDeps, DemoBackend, TallybarApp } from './app-types';

export function createTallybarApp(deps: AppDeps): TallybarApp {
  const { system } = deps;
  // Before anything has words to say: the OS's language until the settings are read.
  const languages = createLanguages(system);
  languages.apply('system');

  // The pieces call each other only after construction, through these closures.
  const notify = createNotify({ deps, session: () => sessions.current(), changed: () => view.changed(), openDetails: (tab) => surfaces.openDetails(tab) });
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
  const watchers = createAppWatchers({ deps, session, snapshot: () => view.snapshot(), changed: () => view.changed(), notify });
  const view = createAppView({
    session,
    platform: system.platform,
    locale: () => system.locale(),
    language: (choice) => languages.apply(choice),
    systemLanguage: () => languages.system(),
    lastLook: () => watchers.looks.base(),
    shortcut: () => surfaces.shortcut.state(),
    update: () => surfaces.updates.state(),
    publish(snapshot: AppSnapshot) {
      // A new shortcut setting: register it first, and publish the snapshot that says how that went.
      if (surfaces.shortcut.sync(snapshot.settings.globalShortcut)) return view.changed();
      surfaces.updates.sync(snapshot.settings.updates);
      watchers.observe(snapshot);
      followers.observe(snapshot);
      surfaces.tray.render(snapshot);
      pusher.push('state', snapshot);
    },
  });
  const surfaces = createSurfaces({
    deps,
    session,
    changed: () => view.changed(),
    pusher,
    looks: watchers.looks,
    detailsCreated: (port) => followers.windowCreated(port),
  });
  const menuActions = {
    openSettings: () => surfaces.openDetails('settings'),
    refreshAll: surfaces.refreshNow,
    togglePrivacy: surfaces.togglePrivacy,
    quit: () => system.quit(),
  };
  const followers = createLanguageFollowers({ deps, menuActions });
  followers.start();

  const handlers = createHandlers({
    sessions,
    view,
    windows: { openDetails: surfaces.openDetails, hidePopover: () => surfaces.popover.hide() },
    system,
    probeBaseUrl: async (url) =>
      probeBaseUrl({ url, apiKey: await session().vault.getApiKey(), ...(deps.tuning?.timeoutMs ? { timeoutMs: deps.tuning.timeoutMs } : {}) }),
    downloadsDir: deps.downloadsDir,
    feed: watchers.feed,
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
      watchers.stop();
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
    menuActions,
  };
}
