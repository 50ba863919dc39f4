// The words about keys follow the catalogue of the moment, plurals included
// (main words the rotation reminder; windows the card and the tab's badge).
import { afterEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../common/i18n';
import { keyGuidance, rotationDueCountText, rotationReminderText, rotationDueText } from '../../common/key-words';
import de from '../../common/locales/de';
import en from '../../common/locales/en';
import ja from '../../common/locales/ja';

afterEach(() => setCatalogue('en', en));

describe('key words in other languages', () => {
  it('words the rotation reminder and the badge in German, one and many', () => {
    setCatalogue('de', de);
    expect(rotationReminderText('Binance', 90)).toEqual({
      title: 'Binance: Zeit für neue Schlüssel',
      body: 'Die API-Schlüssel von Binance sind älter als 90 Tage. Erstellen Sie auf der Börse einen neuen Nur-Lese-Schlüssel und ersetzen Sie sie unter „Börsen“.',
    });
    expect(rotationReminderText('Binance', 1).body).toContain('älter als 1 Tag.');
    expect(rotationDueCountText(1)).toBe('Bei 1 Verbindung sollten die Schlüssel ersetzt werden');
    expect(rotationDueCountText(3)).toBe('Bei 3 Verbindungen sollten die Schlüssel ersetzt werden');
    expect(rotationDueText()).toBe('Schlüssel sollten ersetzt werden');
  });

  it('keeps the exchange’s own permission label inside the translated sentence', () => {
    setCatalogue('ja', ja);
    expect(keyGuidance('kraken')[0]).toBe('「Query Funds」のみにチェックを入れてください。');
    expect(keyGuidance('somewhere-new')[0]).toBe('キーは読み取り専用にしてください。Tallybar は残高を読み取るだけです。');
  });

  it('keeps English as it was, the apostrophe included', () => {
    expect(rotationReminderText('Kraken', 90).body).toBe(
      "Kraken's API keys are more than 90 days old. Make a new read-only key on the exchange and replace them in Exchanges.",
    );
    expect(rotationDueCountText(1)).toBe('1 connection has keys due for replacing');
    expect(rotationDueCountText(2)).toBe('2 connections have keys due for replacing');
  });
});
