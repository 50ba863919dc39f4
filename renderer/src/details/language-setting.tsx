// The language setting: the OS's language first, named as what it resolves
// to ("System (Deutsch)"), then every language by its own name (an autonym,
// never translated, so a person finds their language whatever is shown now).
// Main applies the choice and the next snapshot names the new language.
import { useId } from 'react';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES, LANGUAGES, t, type LanguageChoice, type UiLanguage } from '../../../common/i18n';
import { useAppStore } from '../shared/app-store';

/** A language by its own name; the pseudo-locale (a test OS only) by its tag. */
function nameOf(language: UiLanguage): string {
  return (LANGUAGES as readonly string[]).includes(language) ? LANGUAGE_NAMES[language as keyof typeof LANGUAGE_NAMES] : language;
}

export function LanguageSetting({ choice, onChange }: { choice: LanguageChoice; onChange: (choice: LanguageChoice) => void }) {
  const id = useId();
  const system = useAppStore((s) => s.snapshot?.systemLanguage ?? 'en');
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select id={id} value={choice} onChange={(e) => onChange(e.target.value as LanguageChoice)}>
        {LANGUAGE_CHOICES.map((value) => (
          <option key={value} value={value} lang={value === 'system' ? undefined : value}>
            {value === 'system' ? t('settings.languageSystem', { language: nameOf(system) }) : nameOf(value)}
          </option>
        ))}
      </select>
    </div>
  );
}
