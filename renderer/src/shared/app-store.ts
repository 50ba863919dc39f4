// The renderer's one store. Main owns the state and pushes whole snapshots;
// this store keeps the latest one plus what only this window knows: which
// commands are in flight (busy), their last errors, and what to announce.
import { useMemo } from 'react';
import { create } from 'zustand';
import type { Command, Responses } from '../../../common/contract';
import { setCatalogue, type Catalogue, type UiLanguage } from '../../../common/i18n';
import { privacyMasking } from '../../../common/privacy';
import type { AppSnapshot } from '../../../common/types';
import type { Settings } from '../../../common/settings';
import { call, toUiError, UiError, type CallArgs } from './api';
import { makeFormatters, userLocale, type Formatters } from './formatters';
import { describeRefreshEnd } from './refresh-announcement';
import { usePeekStore } from './use-privacy-peek';

export interface AppState {
  snapshot: AppSnapshot | null;
  /** Set when the first getState failed and nothing can be shown. */
  loadError: UiError | null;
  /** Keys of commands in flight, e.g. `refreshAll` or `testConnection:<id>`. */
  busy: Record<string, true>;
  errors: Record<string, UiError>;
  /** Latest message for the aria-live region; `seq` makes repeats re-announce. */
  announcement: { text: string; seq: number };
}

const initialState: AppState = {
  snapshot: null,
  loadError: null,
  busy: {},
  errors: {},
  announcement: { text: '', seq: 0 },
};

export const useAppStore = create<AppState>()(() => initialState);

export function announce(text: string): void {
  useAppStore.setState((s) => ({ announcement: { text, seq: s.announcement.seq + 1 } }));
}

function formattersFor(snapshot: AppSnapshot): Formatters {
  return makeFormatters({
    locale: userLocale(snapshot.locale),
    currency: snapshot.settings.primaryCurrency,
    rates: snapshot.rates,
    privacy: snapshot.settings.privacyMode,
    privacyLevel: snapshot.settings.privacyLevel,
  });
}

/** Privacy now hides something it did not before (turned on, or a stricter level). */
function hidesMore(prev: AppSnapshot, next: AppSnapshot): boolean {
  const before = privacyMasking(prev.settings);
  const after = privacyMasking(next.settings);
  return (after.amounts && !before.amounts) || (after.percentages && !before.percentages);
}

/** The language this window's words are in; null until the first catalogue is loaded. */
let loadedLanguage: UiLanguage | null = null;
/** Catalogues asked of main, kept: switching back to a language uses it again without asking. */
const catalogues = new Map<UiLanguage, Promise<Catalogue>>();
/** Counts snapshots, so one that waited for its catalogue is not shown over a newer one. */
let arrived = 0;

function fetchCatalogue(language: UiLanguage): Promise<Catalogue> {
  let load = catalogues.get(language);
  if (!load) {
    load = call('getCatalogue', { language });
    catalogues.set(language, load);
    load.catch(() => catalogues.delete(language));
  }
  return load;
}

/**
 * Shows a snapshot in the language it names: when this window does not have
 * that catalogue yet, it is fetched first, so words and figures change together.
 * The catalogue is made current on every switch (en → de → en included), and
 * only for the newest snapshot, so a slow answer cannot bring back a language left.
 */
function applySnapshot(next: AppSnapshot): void {
  const turn = ++arrived;
  if (next.language === loadedLanguage) return showSnapshot(next);
  fetchCatalogue(next.language).then(
    (messages) => {
      if (turn !== arrived) return;
      setCatalogue(next.language, messages);
      loadedLanguage = next.language;
      document.documentElement.lang = next.language;
      showSnapshot(next);
    },
    (error: unknown) => {
      if (turn === arrived) failLoad(error);
    },
  );
}

/**
 * The first snapshot could not be had, so no language was named: the error is
 * said in English, from main's catalogue if main can still hand it over, else
 * from the English error words this bundle keeps aside for that case (a chunk
 * of its own, loaded only then: a window cut off from main, its preload missing).
 */
function failLoad(error: unknown): void {
  // Without the bridge even the error could not be worded when it was thrown (no catalogue yet): name it now.
  const bridged = (globalThis as { tallybar?: unknown }).tallybar !== undefined;
  const say = (): void => useAppStore.setState({ loadError: bridged ? toUiError(error) : new UiError('bridge_missing') });
  if (loadedLanguage !== null) return say();
  const useEnglish = (messages: Catalogue): void => {
    if (loadedLanguage === null) setCatalogue('en', messages);
    say();
  };
  fetchCatalogue('en')
    .catch(() => import('../../../common/locales/en/errors.json').then((words): Catalogue => words.default))
    .then(useEnglish, () => console.error('Tallybar could not load its words', error));
}

/** The language of this window's words, for components whose text does not come from the snapshot. */
export function useLanguage(): UiLanguage | null {
  return useAppStore((s) => s.snapshot?.language ?? null);
}

function showSnapshot(next: AppSnapshot): void {
  const prev = useAppStore.getState().snapshot;
  const message = describeRefreshEnd(prev, next, formattersFor(next));
  useAppStore.setState({ snapshot: next, loadError: null });
  // The live region keeps its last message in the DOM: one said before privacy
  // mode came on ("…total $12,345.67") must not stay readable after, nor one
  // said in the language just left ("KuCoin connected." in a German window).
  if (prev && (hidesMore(prev, next) || prev.language !== next.language)) {
    useAppStore.setState((s) => ({ announcement: { text: '', seq: s.announcement.seq } }));
  }
  if (message) announce(message);
}

/**
 * Loads the snapshot and follows main's pushes. Returns the unsubscribe, so a
 * React effect can hand it back. A push that lands before getState answers is
 * newer, so the late answer is dropped. While the page is hidden (a hidden
 * popover: browser-window.md, "Page visibility") a push is only kept, and the
 * latest is shown when the page is: a window nobody sees renders nothing.
 */
export function connectAppStore(): () => void {
  useAppStore.setState(initialState);
  let pushed = false;
  let disposed = false;
  let held: AppSnapshot | null = null;
  let unsubscribe: () => void = () => {};
  const shown = (): void => {
    if (document.visibilityState === 'hidden' || !held) return;
    const latest = held;
    held = null;
    applySnapshot(latest);
  };
  document.addEventListener('visibilitychange', shown);
  try {
    const off = window.tallybar.on('state', (snapshot) => {
      pushed = true;
      const shownNow = useAppStore.getState().snapshot;
      // Privacy coming on is applied at once even while hidden: the window's
      // last frame is what shows first when it is shown again, and it must
      // already be masked (no real figure flashes before the setting applies).
      if (document.visibilityState === 'hidden' && !(shownNow && hidesMore(shownNow, snapshot))) held = snapshot;
      else {
        held = null;
        applySnapshot(snapshot);
      }
    });
    unsubscribe = () => {
      off();
      document.removeEventListener('visibilitychange', shown);
    };
  } catch (error) {
    document.removeEventListener('visibilitychange', shown);
    failLoad(error);
  }
  call('getState').then(
    (snapshot) => {
      if (!disposed && !pushed) applySnapshot(snapshot);
    },
    (error: unknown) => {
      if (!disposed && !pushed) failLoad(error);
    },
  );
  return () => {
    disposed = true;
    unsubscribe();
  };
}

export type RunResult<C extends Command> = { ok: true; value: Responses[C] } | { ok: false; error: UiError };

/** A settings control's write: the patch goes to main, the outcome comes back (a refusal is shown under 'settings'). */
export type SettingsUpdate = (patch: Partial<Settings>) => Promise<RunResult<'updateSettings'>>;

/** Invokes a command while marking `key` busy; a failure lands in `errors[key]`. */
export async function run<C extends Command>(key: string, command: C, ...args: CallArgs<C>): Promise<RunResult<C>> {
  useAppStore.setState((s) => {
    const errors = { ...s.errors };
    delete errors[key];
    return { busy: { ...s.busy, [key]: true }, errors };
  });
  try {
    const value = await call(command, ...args);
    return { ok: true, value };
  } catch (caught) {
    const error = toUiError(caught);
    useAppStore.setState((s) => ({ errors: { ...s.errors, [key]: error } }));
    return { ok: false, error };
  } finally {
    useAppStore.setState((s) => {
      const busy = { ...s.busy };
      delete busy[key];
      return { busy };
    });
  }
}

export function clearError(key: string): void {
  useAppStore.setState((s) => {
    if (!(key in s.errors)) return s;
    const errors = { ...s.errors };
    delete errors[key];
    return { errors };
  });
}

export const useBusy = (key: string): boolean => useAppStore((s) => key in s.busy);
export const useError = (key: string): UiError | undefined => useAppStore((s) => s.errors[key]);

/**
 * Formatters for the current currency and privacy mode; stable between
 * unrelated pushes. Before the first snapshot (the saved setting not known
 * yet) everything is masked: a figure must never flash before privacy loads.
 * A peek (use-privacy-peek.ts) shows masked figures while its key is held.
 */
export function useFormatters(): Formatters {
  const currency = useAppStore((s) => s.snapshot?.settings.primaryCurrency ?? 'USD');
  const rates = useAppStore((s) => s.snapshot?.rates);
  // null until the saved setting is known: masked, and no peek can lift that.
  const privacyMode = useAppStore((s) => s.snapshot?.settings.privacyMode ?? null);
  const privacyLevel = useAppStore((s) => s.snapshot?.settings.privacyLevel ?? 'all');
  const peeking = usePeekStore((s) => s.peeking);
  const locale = useAppStore((s) => s.snapshot?.locale);
  // The words some formatters use ("just now") change with the language.
  const language = useLanguage();
  const privacy = privacyMode === null || (privacyMode && !peeking);
  return useMemo(
    () => makeFormatters({ locale: userLocale(locale), currency, rates: rates ?? { USD: 1 }, privacy, privacyLevel }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language: the catalogue the formatters' words come from
    [currency, rates, privacy, privacyLevel, locale, language],
  );
}
