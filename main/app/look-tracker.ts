// When the user looked: the popover open for LOOK_AFTER_MS counts as a look
// (a flick open and shut does not). While it is open the popover compares
// with the look before this one, so the change the user came to see does not
// turn to zero under their eyes; what they see until it closes becomes the
// new look, in the local store, so it survives a restart.
import type { AppSnapshot } from '../../common/types';
import type { LastLook } from '../../common/look-types';
import { lookOf } from '../core/last-look';
import type { Clock, TimerHandle } from '../services/clock';
import type { LocalStore } from '../services/local-store';

/** How long the popover must stay open to count as a look. */
export const LOOK_AFTER_MS = 3_000;

export interface LookTrackerOptions {
  clock: Clock;
  store(): Pick<LocalStore, 'getLastLook' | 'setLastLook'>;
  snapshot(): AppSnapshot;
  popoverVisible(): boolean;
  /** The comparison base changed: publish a new snapshot. */
  changed(): void;
}

export type LookTracker = ReturnType<typeof createLookTracker>;

export function createLookTracker({ clock, store, snapshot, popoverVisible, changed }: LookTrackerOptions) {
  /** The look the open popover compares with, frozen when it opened. */
  let openBase: LastLook | null = null;
  let open = false;
  let looking = false;
  let timer: TimerHandle | null = null;

  const stopTimer = (): void => {
    if (timer) clock.clearTimeout(timer);
    timer = null;
  };

  /** Records what is on screen now as the look; `onlyIfChanged` while it stays open (no churn for a timestamp alone). */
  const record = (current: AppSnapshot, onlyIfChanged: boolean): void => {
    const look = lookOf(current, clock.now());
    const stored = store().getLastLook();
    if (onlyIfChanged && stored && sameContent(stored, look)) return;
    store().setLastLook(look);
  };

  return {
    /** The look the snapshot compares with. */
    base(): LastLook | null {
      // Hidden by a path the controller did not see (Cmd+W): the newest look again.
      return open && popoverVisible() ? openBase : store().getLastLook();
    },

    shown(): void {
      if (!open) openBase = store().getLastLook();
      open = true;
      stopTimer();
      timer = clock.setTimeout(() => {
        timer = null;
        if (!open || !popoverVisible()) return;
        looking = true;
        record(snapshot(), false);
      }, LOOK_AFTER_MS);
    },

    hidden(): void {
      stopTimer();
      const wasOpen = open;
      open = false;
      looking = false;
      // Outside the popover (tray, feed) the change is since the look just made.
      if (wasOpen) changed();
    },

    /** Every snapshot published: while a look is on, newer figures on screen are what the user saw. */
    observe(current: AppSnapshot): void {
      if (looking && popoverVisible()) record(current, true);
    },

    dispose: stopTimer,
  };
}

/** Same figures and connections (the time aside). */
function sameContent(a: LastLook, b: LastLook): boolean {
  return (
    a.totalUsd === b.totalUsd &&
    a.complete === b.complete &&
    a.capped === b.capped &&
    a.connectionIds.join() === b.connectionIds.join() &&
    JSON.stringify(a.coins) === JSON.stringify(b.coins)
  );
}
