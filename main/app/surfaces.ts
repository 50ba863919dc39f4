// What the user touches outside the windows' pages: the tray icon and its
// menu, the popover under it, the global shortcut, and opening the details window.
import type { DetailsTab } from '../../common/contract';
import { createGlobalShortcutController } from '../controllers/global-shortcut';
import { createPopoverController } from '../controllers/popover-controller';
import { createTrayController } from '../controllers/tray-controller';
import type { TrayTheme } from '../core/tray-icon-path';
import type { Pusher } from '../ipc/push';
import type { WindowPort } from '../ports';
import type { AppDeps } from './app-types';
import type { Session } from './session';
import { createUpdateWatcher } from './update-watcher';

export interface SurfacesOptions {
  deps: AppDeps;
  session(): Session;
  changed(): void;
  pusher: Pusher;
  /** The popover was shown or hidden: what counts as a look (main/app/look-tracker.ts). */
  looks: { shown(): void; hidden(): void };
  /** A details window was just created: main words its title. */
  detailsCreated(port: WindowPort): void;
}

export type Surfaces = ReturnType<typeof createSurfaces>;

export function createSurfaces({ deps, session, changed, pusher, looks, detailsCreated }: SurfacesOptions) {
  const { clock, system } = deps;

  function openDetails(tab?: DetailsTab): void {
    const { port, created } = deps.openDetailsWindow(tab, () => session().store);
    if (created) detailsCreated(port);
    if (!created && tab) pusher.push('navigate', { tab }, [port]);
    popover.hide();
  }

  function togglePrivacy(): void {
    session().store.updateSettings({ privacyMode: !session().store.getSettings().privacyMode });
    changed();
  }

  const refreshNow = (): void => void session().engine.refreshAll({ userInitiated: true });

  const updates = createUpdateWatcher({ deps, session, changed, openSettings: () => openDetails('settings') });

  const tray = createTrayController({
    tray: deps.tray,
    platform: system.platform,
    assetsDir: deps.trayAssetsDir,
    theme: (): TrayTheme => (system.taskbarDark() ? 'dark' : 'light'),
    locale: () => system.locale(),
    now: () => clock.now(),
    actions: {
      openPopover: () => popover.show(),
      refreshNow,
      openDetails,
      togglePrivacy,
      downloadUpdate: () => void updates.download(),
      installUpdate: () => void updates.install(),
      quit: () => system.quit(),
    },
  });

  const popover = createPopoverController({
    window: deps.popover,
    tray: deps.tray,
    display: deps.display,
    platform: system.platform,
    placement: deps.popoverPlacement ?? 'anchored',
    now: () => clock.now(),
    onShown: () => {
      looks.shown();
      void session().engine.popoverOpened();
    },
    onHidden: () => looks.hidden(),
  });

  // Opens at the tray, or under the cursor where the tray cannot say where it is (Linux).
  const shortcut = createGlobalShortcutController({
    port: deps.globalShortcut,
    viaPortal: deps.popoverPlacement === 'compositor-placed',
    onPress: () => popover.toggle(),
  });

  return { tray, popover, shortcut, updates, openDetails, togglePrivacy, refreshNow };
}
