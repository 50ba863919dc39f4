// What the app sets up when it starts and takes down when it stops: the
// launch-at-login truth from the OS, the tray tick, OS event subscriptions,
// the first session.
import type { TimerHandle } from '../services/clock';
import type { AppDeps } from './app-types';
import type { AppView } from './app-view';
import { routePowerEvent } from './demo';
import type { SessionManager } from './session-manager';
import type { Surfaces } from './surfaces';

/**
 * The tray says "Updated N min ago" and turns stale at 2× freshness, but it is
 * only redrawn on state changes: while offline or asleep nothing changes, so
 * without this tick the tray would keep claiming fresh data.
 */
export const TRAY_TICK_MS = 60_000;

export interface LifecycleOptions {
  deps: AppDeps;
  sessions: SessionManager;
  view: AppView;
  surfaces: Pick<Surfaces, 'tray' | 'popover'>;
}

export function createLifecycle({ deps, sessions, view, surfaces }: LifecycleOptions) {
  const { clock, system } = deps;
  const session = sessions.current;
  const unsubscribe: (() => void)[] = [];
  let trayTick: TimerHandle | null = null;

  const scheduleTrayTick = (): void => {
    trayTick = clock.setTimeout(() => {
      surfaces.tray.render(view.snapshot());
      scheduleTrayTick();
    }, TRAY_TICK_MS);
  };

  /** The OS is the truth: the user may have removed (or added) the login item in System Settings. */
  const syncLaunchAtLogin = (): void => {
    const os = system.getLaunchAtLogin();
    if (os !== null && os !== session().store.getSettings().launchAtLogin) session().store.updateSettings({ launchAtLogin: os });
  };

  return {
    async start(): Promise<void> {
      syncLaunchAtLogin();
      scheduleTrayTick();
      unsubscribe.push(deps.tray.onClick(() => surfaces.popover.toggle()));
      unsubscribe.push(system.onThemeChange(() => view.changed()));
      unsubscribe.push(system.onPower((event) => routePowerEvent(session().engine, event)));
      if (deps.demo) return sessions.startDemo();
      await view.load();
      if (!view.secretsAvailable().ok) deps.log('secrets: encryption is not available; keys cannot be stored');
      view.changed();
      await session().engine.start();
    },

    async stop(): Promise<void> {
      if (trayTick) clock.clearTimeout(trayTick);
      trayTick = null;
      for (const off of unsubscribe.splice(0)) off();
      surfaces.popover.dispose();
      await sessions.close();
    },
  };
}
