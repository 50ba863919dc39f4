// The alert sentences come from the current catalogue: with German loaded, a
// notification, a rule, the quiet-hours summary and a refusal are German, and
// times of day follow the regional locale; Japanese runs sentences on with no space.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertNotification, alertProblemText, digestText, firedText, quietHoursText, quietSummary, ruleText, type AlertWordsFormat } from '../../common/alert-words';
import type { AlertRule, FiredAlert } from '../../common/alerts';
import { setCatalogue } from '../../common/i18n';
import de from '../../common/locales/de';
import ja from '../../common/locales/ja';
import english from '../../common/locales/en';
import { privacyMasking } from '../../common/privacy';

const rule = (kind: AlertRule['kind'], threshold: number, window: AlertRule['window'] = '24h'): AlertRule => ({ id: `r-${kind}`, kind, enabled: true, threshold, currency: 'EUR', window });
const fired = (r: AlertRule, value: number, subject: string | null = null): FiredAlert => ({ ruleId: r.id, at: 0, rule: r, value, subject, held: true });
const format = (privacyMode = false): AlertWordsFormat => ({ locale: 'de-DE', masking: privacyMasking({ privacyMode, privacyLevel: 'all' }) });

describe('alert words in German', () => {
  beforeEach(() => setCatalogue('de', de));
  afterEach(() => setCatalogue('en', english));

  it('words a rule label in German', () => {
    expect(ruleText(rule('total_above', 50_000), format())).toBe('Summe steigt über 50.000,00\u00a0€');
    expect(ruleText(rule('move', 5, '1h'), format())).toBe('Summe ändert sich um 5,0\u00a0% oder mehr innerhalb von 1 Std.');
    expect(ruleText(rule('exchange_failed', 1), format())).toBe('Eine Börse bleibt länger als 1 Stunde fehlerhaft');
    expect(ruleText(rule('exchange_failed', 6), format())).toBe('Eine Börse bleibt länger als 6 Stunden fehlerhaft');
  });

  it('words an alert notification in German, with privacy mode too', () => {
    const alert = fired(rule('total_below', 40_000), 39_500);
    expect(alertNotification(alert, format())).toEqual({ title: 'Tallybar-Alarm', body: 'Die Summe ist unter 40.000,00\u00a0€ gefallen: Sie beträgt 39.500,00\u00a0€.' });
    const hidden = alertNotification(alert, format(true));
    expect(hidden.title).toBe('Tallybar-Alarm');
    expect(hidden.body).toMatch(/^Ihr Alarm „Summe fällt unter .+“ wurde ausgelöst\.$/);
    expect(hidden.body).not.toMatch(/40/);
    expect(firedText(fired(rule('exchange_failed', 6), 7.5, 'Kraken'), format())).toBe('Kraken ist seit 7 Stunden fehlerhaft.');
  });

  it('sums up quiet hours and states their times in the regional locale', () => {
    const held = [fired(rule('coin_share', 50), 62.5, 'BTC'), fired(rule('exchange_failed', 6), 1, 'OKX')];
    expect(quietSummary(held, format()).body).toBe(
      'Während der Ruhezeit wurden 2 Alarme ausgelöst. BTC macht 62,5\u00a0% der Summe aus (Alarm über 50,0\u00a0%). OKX ist seit 1 Stunde fehlerhaft.',
    );
    expect(quietHoursText(22 * 60, 8 * 60, 'de-DE')).toBe('Benachrichtigungen werden von 22:00 bis 8:00 zurückgehalten und danach zusammengefasst.');
  });

  it('words the digest and a refusal in German', () => {
    const digest = digestText(
      { totalUsd: 1000, currency: 'EUR', rate: 1, change24hPct: 2, movers: [{ symbol: 'BTC', change: 3 }], partial: null, age: 'vor 4 Min.' },
      format(),
    );
    expect(digest.title).toBe('Tallybar-Tagesübersicht');
    expect(digest.body).toMatch(/^Summe 1\.000,00\u00a0€ \(aktualisiert vor 4 Min\.\); 24 Std\. .+; größte Bewegungen: BTC .+\.$/);
    expect(alertProblemText({ field: 'threshold', kind: 'total_above' })).toBe('Der Betrag muss eine Zahl über 0 und höchstens 1.000.000.000.000.000 sein.');
    expect(alertProblemText({ field: 'time', which: 'quiet end' })).toBe('Das Ende der Ruhezeit muss eine Uhrzeit von 00:00 bis 23:59 sein.');
  });
});

describe('alert words in Japanese', () => {
  beforeEach(() => setCatalogue('ja', ja));
  afterEach(() => setCatalogue('en', english));

  it('runs the held alerts’ sentences on without a space, as Japanese writes them', () => {
    const held = [fired(rule('coin_share', 50), 62.5, 'BTC'), fired(rule('exchange_failed', 6), 1, 'OKX')];
    const body = quietSummary(held, { ...format(), locale: 'ja-JP' }).body;
    expect(body).toContain('。OKX');
    expect(body).not.toMatch(/[{}]/);
  });
});
