// The user's language: which ones Tallybar speaks, which one a person gets,
// and the one formatter every word they read goes through. Words live in the
// catalogues (common/locales/<language>/*.json, ICU MessageFormat) and are
// formatted by FormatJS, so plurals, selects and numbers inside a sentence
// follow each language's own rules. Each process (main, each window) holds
// one current catalogue: main picks the language and hands windows theirs.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type english from './locales/en';

/** The languages Tallybar ships complete catalogues for. */
export const LANGUAGES = ['en', 'de', 'es', 'fr', 'ja', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The pseudo-locale: English with accented letters, longer words and every
 * message in brackets. Never offered in Settings; an OS (or a test) whose
 * first language it is gets it, so text that bypasses the catalogues shows.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
/** The language a catalogue is in. */
export type UiLanguage = Language | typeof PSEUDO_LANGUAGE;

/** The language setting: the OS's, or one of ours whatever the OS says. */
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language in its own words (an autonym), as language pickers show them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  ja: '日本語',
  'zh-Hans': '简体中文',
};

export type MessageId = keyof typeof english;
/** One language's messages: ICU strings, or the same already parsed (the pseudo-locale's). */
export type Catalogue = Record<string, string> | Record<string, MessageFormatElement[]>;
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * The first of the OS's preferred languages (most preferred first, e.g.
 * `['de-AT', 'en-US']`) that Tallybar speaks, else English. Chinese counts
 * when it is written in simplified characters ('zh-CN', 'zh-Hans-HK'), not
 * traditional ('zh-TW', 'zh-Hant'), which is a language we do not ship.
 */
export function matchLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    if (tag === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
    let locale: Intl.Locale;
    try {
      // Linux lists POSIX locale names (de_DE.UTF-8, sr_RS@latin): the language and territory are what count.
      locale = new Intl.Locale(tag.split(/[.@]/)[0]!.replace(/_/g, '-')).maximize();
    } catch {
      continue;
    }
    if (locale.language === 'zh') {
      if (locale.script === 'Hans') return 'zh-Hans';
      continue;
    }
    const found = LANGUAGES.find((language) => language === locale.language);
    if (found) return found;
  }
  return 'en';
}

/** The language a person gets: the one they chose, or the OS's. */
export function resolveLanguage(choice: LanguageChoice, system: readonly string[]): UiLanguage {
  return choice === 'system' ? matchLanguage(system) : choice;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === PSEUDO_LANGUAGE || (LANGUAGES as readonly unknown[]).includes(value);
}

const cache = createIntlCache();
let current: { language: UiLanguage; intl: IntlShape } | null = null;

/** Makes `messages` the words of this process from now on. */
export function setCatalogue(language: UiLanguage, messages: Catalogue): void {
  const intl = createIntl(
    {
      locale: language,
      messages,
      // A message that is missing or cannot be formatted is a bug to see, never English shown silently in its place.
      onError: (error) => {
        throw error;
      },
    },
    cache,
  );
  current = { language, intl };
}

function loaded(): { language: UiLanguage; intl: IntlShape } {
  if (!current) throw new Error('No catalogue is loaded: setCatalogue() must run before any word is shown');
  return current;
}

/** The language of the words shown now. */
export function currentLanguage(): UiLanguage {
  return loaded().language;
}

/** One message in the current language, its `{placeholders}` filled from `values`. */
export function t(id: MessageId, values?: MessageValues): string {
  return loaded().intl.formatMessage({ id }, values as Record<string, string | number | boolean | Date | null | undefined>);
}

/** "Binance, KuCoin, OKX" (ja "Binance、KuCoin"): names run together with the language's own separator. */
export function namesText(names: readonly string[]): string {
  return names.join(t('basics.listSeparator'));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago `at` (epoch ms) was, in the current language's words ("4 min.
 * ago", "vor 2 Std.", "3 日前"); under a minute is "just now", null "never".
 * A time in the future (clock skew) reads "just now" rather than a negative age.
 */
export function ageText(at: number | null, now: number): string {
  if (at === null || !Number.isFinite(at)) return t('basics.never');
  const age = now - at;
  if (age < MINUTE) return t('basics.justNow');
  const relative = loaded().intl.formatRelativeTime;
  if (age < HOUR) return relative(-Math.floor(age / MINUTE), 'minute', { style: 'short' });
  if (age < DAY) return relative(-Math.floor(age / HOUR), 'hour', { style: 'short' });
  return relative(-Math.floor(age / DAY), 'day', { style: 'short' });
}
