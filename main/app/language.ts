// The language main speaks and hands every window: the Settings choice, or
// the first of the OS's preferred languages Tallybar has a catalogue for.
// Main's own words (tray, menus, notifications, dialogs, errors) switch the
// moment the setting does; windows load the same catalogue (`getCatalogue`)
// when a snapshot names a language they do not have yet.
import pseudo from 'virtual:pseudo-catalogue';
import { matchLanguage, resolveLanguage, setCatalogue, type Catalogue, type LanguageChoice, type UiLanguage } from '../../common/i18n';
import de from '../../common/locales/de';
import en from '../../common/locales/en';
import es from '../../common/locales/es';
import fr from '../../common/locales/fr';
import ja from '../../common/locales/ja';
import zhHans from '../../common/locales/zh-Hans';

const CATALOGUES: Record<UiLanguage, Catalogue> = { en, de, es, fr, ja, 'zh-Hans': zhHans, 'en-XA': pseudo };

export function catalogueOf(language: UiLanguage): Catalogue {
  return CATALOGUES[language];
}

export type Languages = ReturnType<typeof createLanguages>;

/** Keeps main's catalogue in step with the setting and the OS; `system` is read on every change. */
export function createLanguages(system: { languages(): readonly string[] }) {
  let current: UiLanguage | null = null;
  return {
    /** Applies the setting and says which language it gives; main's words are in it from now on. */
    apply(choice: LanguageChoice): UiLanguage {
      const language = resolveLanguage(choice, system.languages());
      if (language !== current) setCatalogue(language, catalogueOf(language));
      current = language;
      return language;
    },
    /** The language the OS's preferences give now, whatever the setting. */
    system(): UiLanguage {
      return matchLanguage(system.languages());
    },
  };
}
