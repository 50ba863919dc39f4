// What the app sets up when it starts and takes down when it stops: the
// launch-at-login truth from the OS, the tray's redraws between state changes,
// OS event subscriptions, the first session.
import type { AppSnapshot } from '../../common/types';
import { nextTrayChangeAt } from '../core/tray-schedule';
import { staleIconAgeMinutes } from '../core/tray-text';
import type { PowerEvent } from '../ports';
import type { Clock, TimerHandle } from '../services/clock';
import type { AppDeps } from './app-types';
import type { AppView } from './app-view';
import { watchDisplaysForPrivacy } from './auto-privacy';
import { routePowerEvent } from './demo';
import type { SessionManager } from './session-manager';
import type { Surfaces } from './surfaces';

export interface LifecycleOptions {
  deps: AppDeps;
  sessions: SessionManager;
  view: AppView;
  surfaces: Pick<Surfaces, 'tray' | 'popover' | 'shortcut' | 'openDetails' | 'updates'>;
}

export function createLifecycle({ deps, sessions, view, surfaces }: LifecycleOptions) {
  const { clock, system } = deps;
  const session = sessions.current;
  const unsubscribe: (() => void)[] = [];
  const trayRedraws = createTrayRedraws({ clock, snapshot: () => view.snapshot(), render: (s) => surfaces.tray.render(s) });

  /** The OS is the truth: the user may have removed (or added) the login item in System Settings. */
  const syncLaunchAtLogin = (): void => {
    const os = system.getLaunchAtLogin();
    if (os !== null && os !== session().store.getSettings().launchAtLogin) session().store.updateSettings({ launchAtLogin: os });
  };

  const onPower = (event: PowerEvent): void => {
    routePowerEvent(session().engine, event);
    trayRedraws.powerEvent(event);
    // Coming back may start a refresh; once it is over the data has a new age to plan for.
    void session().engine.whenIdle().then(trayRedraws.replan, () => undefined);
  };

  return {
    async start(): Promise<void> {
      syncLaunchAtLogin();
      surfaces.shortcut.start(session().store.getSettings().globalShortcut);
      unsubscribe.push(surfaces.shortcut.stop);
      surfaces.updates.start();
      unsubscribe.push(surfaces.updates.stop);
      unsubscribe.push(deps.tray.onClick(() => surfaces.popover.toggle()));
      unsubscribe.push(system.onThemeChange(() => view.changed()));
      unsubscribe.push(system.onPower(onPower));
      unsubscribe.push(
        watchDisplaysForPrivacy({ display: deps.display, notifier: deps.notifier, session, view, openSettings: () => surfaces.openDetails('settings') }),
      );
      unsubscribe.push(trayRedraws.stop);
      if (deps.demo) {
        await sessions.startDemo();
        return trayRedraws.start();
      }
      await view.load();
      if (!view.secretsAvailable().ok) deps.log('secrets: encryption is not available; keys cannot be stored');
      view.changed();
      trayRedraws.start();
      await session().engine.start();
      trayRedraws.replan();
    },

    async stop(): Promise<void> {
      for (const off of unsubscribe.splice(0)) off();
      surfaces.popover.dispose();
      await sessions.close();
    },
  };
}

interface TrayRedrawOptions {
  clock: Clock;
  snapshot(): AppSnapshot;
  render(snapshot: AppSnapshot): void;
}

/**
 * The tray is drawn on every state change, but some of what it says moves
 * with time alone ("Updated N min ago", the stale icon at 2× freshness), and
 * while offline or asleep no change comes to redraw it. So one timer waits for
 * the next moment the tray would look different (core/tray-schedule.ts), and
 * none ticks in between: while the user is away, only the stale icon is kept
 * on time; their return redraws the tooltip at once.
 *
 * The lifecycle is not told of every state change, and a sync it did not see
 * (a status poll or a retry that succeeds) makes the data fresh again without
 * replanning. So the timer never waits longer than the stale age itself: a
 * look that late still comes before that sync's own stale moment.
 */
function createTrayRedraws({ clock, snapshot, render }: TrayRedrawOptions) {
  let timer: TimerHandle | null = null;
  let userPresent = true;
  /** From the first plan (the session loaded) until stop. */
  let running = false;

  const clear = (): void => {
    if (timer) clock.clearTimeout(timer);
    timer = null;
  };

  const plan = (current: AppSnapshot): void => {
    clear();
    if (!running) return;
    const now = clock.now();
    const { freshnessMinutes } = current.settings;
    const next = nextTrayChangeAt({ syncedAt: current.standing.syncedAt, now, freshnessMinutes, tooltipRead: userPresent });
    const latest = now + staleIconAgeMinutes(freshnessMinutes) * 60_000;
    timer = clock.setTimeout(redraw, Math.min(next ?? latest, latest) - now);
  };

  function redraw(): void {
    const current = snapshot();
    render(current);
    plan(current);
  }

  return {
    start(): void {
      running = true;
      plan(snapshot());
    },
    replan(): void {
      if (running) plan(snapshot());
    },
    powerEvent(event: PowerEvent): void {
      if (event === 'user-idle' || event === 'user-active') userPresent = event === 'user-active';
      if (!running) return;
      // Back at the computer, or awake again with time having passed unseen: draw what is true now.
      if (event === 'user-active' || event === 'resume' || event === 'unlock-screen') redraw();
      else plan(snapshot());
    },
    stop(): void {
      running = false;
      clear();
    },
  };
}
