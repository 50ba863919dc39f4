// What reacts to each new snapshot without being a surface: the history
// recorder, the low-credits warning, the status-bar feed, the look tracker
// ("since you last looked"), the portfolio alerts and the key reminders. The
// composition root (create-app.ts) holds one of these: one observe, one stop.
import type { AppSnapshot } from '../../common/types';
import { createFeedWriter, feedPathBeside } from '../services/feed-writer';
import type { SyncNotification } from '../services/sync-engine';
import { createAlertWatcher } from './alert-watcher';
import type { AppDeps } from './app-types';
import { createKeyReminders } from './key-reminders';
import { createLookTracker } from './look-tracker';
import type { Session } from './session';
import { createCreditsWatcher, createHistoryRecorder } from './snapshot-watchers';

export interface AppWatchersOptions {
  deps: AppDeps;
  session(): Session;
  /** The current snapshot, and a request for a new one (a timer's watcher changed what it shows). */
  snapshot(): AppSnapshot;
  changed(): void;
  notify(n: SyncNotification): void;
}

export type AppWatchers = ReturnType<typeof createAppWatchers>;

export function createAppWatchers({ deps, session, snapshot, changed, notify }: AppWatchersOptions) {
  const { clock } = deps;
  const history = createHistoryRecorder((point) => session().history.append(point));
  const credits = createCreditsWatcher(notify, () => deps.system.locale());
  const feed = createFeedWriter({ clock, log: deps.log });
  const feedPath = (): string => feedPathBeside(session().store.path);
  const looks = createLookTracker({ clock, store: () => session().store, snapshot, popoverVisible: () => deps.popover.isVisible(), changed });
  const keyReminders = createKeyReminders(notify, () => session().store);
  const alerts = createAlertWatcher({ session, clock, snapshot, changed, notify: (n) => notify({ kind: 'alert', ...n }) });
  return {
    looks,
    feed: { path: feedPath, whenIdle: feed.whenIdle },
    observe(next: AppSnapshot): void {
      looks.observe(next);
      feed.observe(next, feedPath());
      history.observe(next, clock.now());
      credits.observe(next);
      alerts.observe(next);
      keyReminders.observe(next, clock.now());
    },
    stop(): void {
      alerts.stop();
      looks.dispose();
      feed.dispose();
    },
  };
}
