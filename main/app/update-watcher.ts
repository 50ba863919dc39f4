// The update policy wired to this app: electron-updater only in packaged
// builds (a development build has no feed and must never update itself), the
// `updates` setting of the current session, and one notification per version
// ready to install — when notifications are on.
import { updateReadyNotification } from '../../common/update-words';
import { createUpdatesController } from '../controllers/updates';
import type { AppDeps } from './app-types';
import type { Session } from './session';

export interface UpdateWatcherOptions {
  deps: Pick<AppDeps, 'updater' | 'system' | 'clock' | 'log' | 'notifier'>;
  session(): Session;
  changed(): void;
  openSettings(): void;
}

export function createUpdateWatcher({ deps, session, changed, openSettings }: UpdateWatcherOptions) {
  const settings = () => session().store.getSettings();
  return createUpdatesController({
    port: deps.system.isPackaged ? (deps.updater ?? null) : null,
    clock: deps.clock,
    policy: () => settings().updates,
    log: deps.log,
    changed,
    ready(version) {
      if (!settings().notifications || !deps.notifier.isSupported()) return;
      deps.notifier.show({ ...updateReadyNotification(version), onClick: openSettings });
    },
  });
}
