// The background refresh: one timer for every connection, due one interval
// after the last refresh. The interval is the governor's, stretched so the
// month stays inside the user's credit budget.
import type { Clock, TimerHandle } from '../clock';
import type { CreditGovernor } from '../credit-governor';

export interface BackgroundTimerDeps {
  clock: Clock;
  governor: Pick<CreditGovernor, 'effectiveBackgroundMinutes'>;
  /** Whether anything automatic may run now (started, not paused, the user at the computer). */
  mayRun(): boolean;
  lastRefreshAt(): number | null;
  /** The timer fired: refresh every connection. */
  due(): void;
}

export interface BackgroundTimer {
  /** Arms the next background refresh, measured from the last one, if anything may run. */
  schedule(): void;
  clear(): void;
}

export function createBackgroundTimer(deps: BackgroundTimerDeps): BackgroundTimer {
  const { clock } = deps;
  let timer: TimerHandle | null = null;

  function clear(): void {
    if (timer) clock.clearTimeout(timer);
    timer = null;
  }

  function schedule(): void {
    clear();
    if (!deps.mayRun()) return;
    const intervalMs = deps.governor.effectiveBackgroundMinutes() * 60_000;
    const due = (deps.lastRefreshAt() ?? clock.now()) + intervalMs;
    timer = clock.setTimeout(() => {
      timer = null;
      deps.due();
    }, Math.max(0, due - clock.now()));
  }

  return { schedule, clear };
}
