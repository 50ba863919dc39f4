// What every window and the tray show: the snapshot of the current session
// plus what main keeps beside it (whether secrets can be stored, the masked
// hints, the notices), and the coalescing of changes into one publish.
import type { AppSnapshot, ConnectionView } from '../../common/types';
import type { ShortcutState, UpdateState } from '../../common/desktop-types';
import type { LanguageChoice, UiLanguage } from '../../common/i18n';
import type { LastLook } from '../../common/look-types';
import { AppError } from './handler-context';
import type { Session } from './session';
import type { StoreNotice } from '../services/store-recovery';
import { createSecretsView } from './secrets-view';
import { buildSnapshot } from './snapshot';

export interface AppViewOptions {
  session(): Session;
  platform: AppSnapshot['platform'];
  locale(): string;
  /** Applies the language setting to main's words and names the language windows should load. */
  language(choice: LanguageChoice): UiLanguage;
  /** The language the OS's preferences give (what the setting 'system' would). */
  systemLanguage(): UiLanguage;
  /** The look the change since the last look is taken from. */
  lastLook(): LastLook | null;
  /** What the OS answered for the global shortcut. */
  shortcut(): ShortcutState;
  /** Where the updater stands. */
  update(): UpdateState;
  /** Gets each new snapshot: the tray, the windows, the watchers. */
  publish(snapshot: AppSnapshot): void;
}

export type AppView = ReturnType<typeof createAppView>;

/**
 * A notice as main keeps it: a stored one (worded again from its facts for
 * every snapshot), or one of main's own, worded anew for every snapshot, so a
 * notice that stays up across a language switch follows it.
 */
export type KeptNotice = StoreNotice | { id: string; words: () => string };

/** The notice as a snapshot carries it: main's own worded now, in the current language. */
const wordNotice = (notice: KeptNotice): StoreNotice => ('words' in notice ? { id: notice.id, message: notice.words() } : notice);

export function createAppView({ session, platform, locale, language, systemLanguage, lastLook, shortcut, update, publish }: AppViewOptions) {
  const secrets = createSecretsView(session, (notice) => addNotice(notice));
  const notices: KeptNotice[] = [];
  const dismissed = new Set<string>();
  let queued = false;

  const addNotice = (notice: KeptNotice): void => {
    if (!notices.some((n) => n.id === notice.id)) notices.push(notice);
  };

  function snapshot(): AppSnapshot {
    const current = session();
    // First, so every word built for this snapshot (and the tray after it) is in the language it names.
    const words = language(current.store.getSettings().language);
    return buildSnapshot({
      session: current,
      language: words,
      systemLanguage: systemLanguage(),
      ...secrets.current(),
      notices: notices.filter((n) => !dismissed.has(n.id)).map(wordNotice),
      platform,
      locale: locale(),
      lastLook: lastLook(),
      shortcut: shortcut(),
      update: update(),
    });
  }

  /** Coalesces bursts of changes into one snapshot per microtask turn. */
  function changed(): void {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      publish(snapshot());
    });
  }

  return {
    snapshot,
    changed,
    secretsAvailable: () => secrets.current().secretsAvailable,

    /** Reads the secrets' state and the stored notices of a session just opened. */
    async load(): Promise<void> {
      await secrets.load();
      const { store, history, vault } = session();
      for (const notice of [...store.notices(), ...history.notices(), ...(await vault.notices())]) addNotice(notice);
    },

    async secretsChanged(): Promise<void> {
      await secrets.load();
      changed();
    },

    connectionView(id: string): ConnectionView {
      const view = snapshot().connections.find((c) => c.id === id);
      if (!view) throw new AppError('unknown_connection');
      return view;
    },

    addNotice,

    /** Shows a notice again even if it was dismissed earlier in this run (it says why something just happened). */
    raiseNotice(notice: KeptNotice): void {
      dismissed.delete(notice.id);
      addNotice(notice);
    },

    dismissNotice(id: string): void {
      dismissed.add(id);
      changed();
    },
  };
}
