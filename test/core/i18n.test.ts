import { afterEach, describe, expect, it } from 'vitest';
import { ageText, matchLanguage, namesText, resolveLanguage, setCatalogue, t } from '../../common/i18n';
import de from '../../common/locales/de';
import english from '../../common/locales/en';
import ja from '../../common/locales/ja';

afterEach(() => setCatalogue('en', english));

describe('the language a person gets', () => {
  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['fr-CA'], 'fr'],
    [['es-419'], 'es'],
    [['ja-JP'], 'ja'],
    [['ja'], 'ja'],
    [['zh-CN'], 'zh-Hans'],
    [['zh-Hans-HK'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    // Traditional Chinese is not simplified: the next language the user listed wins.
    [['zh-TW', 'ja-JP'], 'ja'],
    [['zh-Hant-HK', 'fr-FR'], 'fr'],
    // Linux: g_get_language_names' POSIX names with codeset and modifier.
    [['de_DE.UTF-8', 'de_DE', 'de.UTF-8', 'de'], 'de'],
    [['sr_RS@latin', 'sr', 'fr_FR.UTF-8'], 'fr'],
    // Nothing we speak, or nothing listed: English.
    [['ko-KR', 'pt-BR'], 'en'],
    [[], 'en'],
    [['not a tag', 'es-ES'], 'es'],
    [['en-XA'], 'en-XA'],
  ] as const)('%j → %s', (preferred, language) => {
    expect(matchLanguage(preferred)).toBe(language);
  });

  it('a language chosen in Settings wins over the OS', () => {
    expect(resolveLanguage('ja', ['de-DE'])).toBe('ja');
    expect(resolveLanguage('system', ['de-DE'])).toBe('de');
  });
});

describe('words in the current language', () => {
  const now = Date.UTC(2026, 11, 2, 12);

  it('ages follow the language (Intl.RelativeTimeFormat), its own words under a minute', () => {
    expect(ageText(now - 4 * 60_000, now)).toBe('4 min. ago');
    setCatalogue('de', de);
    expect(ageText(now - 4 * 60_000, now)).toBe('vor 4 Min.');
    expect(ageText(now - 3 * 86_400_000, now)).toBe('vor 3 Tagen');
    expect(ageText(now - 1_000, now)).toBe('gerade eben');
    expect(ageText(null, now)).toBe('nie');
    setCatalogue('ja', ja);
    expect(ageText(now - 2 * 3_600_000, now)).toBe('2 時間前');
  });

  it('names run together with the language’s separator', () => {
    expect(namesText(['Binance', 'KuCoin'])).toBe('Binance, KuCoin');
    setCatalogue('ja', ja);
    expect(namesText(['Binance', 'KuCoin'])).toBe('Binance、KuCoin');
  });

  it('a message that cannot be formatted is an error, never a silent fallback', () => {
    setCatalogue('en', { ...english, 'basics.never': 'never {when}' });
    expect(() => t('basics.never')).toThrow();
  });
});
