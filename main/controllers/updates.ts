// The update policy: packaged builds only, a check at start and every 24 h,
// a download only with the user's consent (setting `updates`: 'ask' waits for
// a click, 'auto' downloads at once, 'off' never checks), one notification
// when a version is ready. A failed check or download is logged and quiet:
// the stage goes back to where it was, and the next check tries again.
import type { UpdatePolicy } from '../../common/settings';
import type { UpdateState } from '../../common/desktop-types';
import { releaseNotesText } from '../core/release-notes';
import type { UpdaterPort } from '../ports';
import type { Clock, TimerHandle } from '../services/clock';

export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60_000;

export interface UpdatesControllerOptions {
  /** Null in development builds: nothing is ever checked. */
  port: UpdaterPort | null;
  clock: Clock;
  policy(): UpdatePolicy;
  log(line: string): void;
  /** The state changed: publish a snapshot. */
  changed(): void;
  /** A version finished downloading (called once per version). */
  ready(version: string): void;
}

export type UpdatesController = ReturnType<typeof createUpdatesController>;

/** Where the updater stands; when it last checked is kept beside it. */
type Stage = Omit<UpdateState, 'checkedAt' | 'checkFailed'>;

const IDLE: Stage = { stage: 'idle', version: null, notes: '', progress: null };
const UNSUPPORTED: Stage = { ...IDLE, stage: 'unsupported' };

/** Calls `fn` every `ms` until the returned stop is called (the Clock has only timeouts). */
function every(clock: Clock, ms: number, fn: () => void): () => void {
  let timer: TimerHandle = clock.setTimeout(function tick() {
    timer = clock.setTimeout(tick, ms);
    fn();
  }, ms);
  return () => clock.clearTimeout(timer);
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createUpdatesController({ port, clock, policy, log, changed, ready }: UpdatesControllerOptions) {
  let state: Stage = port ? IDLE : UNSUPPORTED;
  let checkedAt: number | null = null;
  let checkFailed = false;
  let stopDaily = (): void => undefined;
  let lastPolicy: UpdatePolicy | null = null;
  const announced = new Set<string>();

  const set = (next: Stage): void => {
    state = next;
    changed();
  };

  async function check(updater: UpdaterPort): Promise<void> {
    // A found or downloaded version stays found until the app restarts; one attempt at a time.
    if (state.stage !== 'idle' || policy() === 'off') return;
    set({ ...IDLE, stage: 'checking' });
    try {
      const found = await updater.check();
      checkedAt = clock.now();
      checkFailed = false;
      set(found ? { stage: 'available', version: found.version, notes: releaseNotesText(found.releaseNotes), progress: null } : IDLE);
    } catch (error) {
      log(`updates: check failed: ${reason(error)}`);
      checkFailed = true;
      set(IDLE);
      return;
    }
    if (policy() === 'auto') await download();
  }

  async function download(): Promise<void> {
    if (!port || state.stage !== 'available') return;
    const found = state;
    set({ ...found, stage: 'downloading', progress: 0 });
    try {
      await port.download((percent) => {
        if (state.stage === 'downloading') set({ ...state, progress: Math.max(0, Math.min(100, percent)) });
      });
    } catch (error) {
      log(`updates: download of ${found.version} failed: ${reason(error)}`);
      set(found);
      return;
    }
    set({ ...found, stage: 'downloaded', progress: null });
    if (found.version && !announced.has(found.version)) {
      announced.add(found.version);
      ready(found.version);
    }
  }

  const checkSoon = (): void => {
    if (port) void check(port);
  };

  return {
    state: (): UpdateState => ({ ...state, checkedAt, checkFailed }),
    start(): void {
      lastPolicy = policy();
      if (!port) return;
      checkSoon();
      stopDaily = every(clock, UPDATE_CHECK_INTERVAL_MS, checkSoon);
    },
    /** The setting's value on every publish: turning checks on checks now; 'auto' fetches a version already found. */
    sync(current: UpdatePolicy): void {
      if (current === lastPolicy || lastPolicy === null) return;
      lastPolicy = current;
      if (current === 'auto' && state.stage === 'available') void download();
      else checkSoon();
    },
    /** The user said yes ("Download" in Settings or the tray menu). */
    download,
    /** "Check now" in Settings: a check at once, outside the daily rhythm. */
    checkNow: checkSoon,
    /** "Restart to update": only once a version is downloaded. */
    install(): boolean {
      if (!port || state.stage !== 'downloaded') return false;
      port.quitAndInstall();
      return true;
    },
    stop(): void {
      stopDaily();
      stopDaily = () => undefined;
      lastPolicy = null;
    },
  };
}
