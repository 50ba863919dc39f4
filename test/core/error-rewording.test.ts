// Errors kept in the store or in runtime state are worded again in the
// language of the day: a stored error keeps the facts it was worded from (never
// a secret), and one stored without them (by an older version) keeps its words.
import { afterEach, describe, expect, it } from 'vitest';
import { API_ERROR_CODES, APP_ERROR_CODES } from '../../common/error-codes';
import type { ErrorFacts } from '../../common/error-facts';
import { describeError } from '../../common/error-words';
import { LANGUAGES, setCatalogue } from '../../common/i18n';
import { catalogueOf } from '../../main/app/language';
import { rewordError, TallybarError } from '../../common/tallybar-error';
import type { PlainError } from '../../common/types';
import english from '../../common/locales/en';
import { connectionError } from '../../main/services/sync/error-policy';
import { recoveryNotice, rewordNotice } from '../../main/services/store-recovery';

afterEach(() => {
  setCatalogue('en', english);
});

describe('a stored error', () => {
  it('is worded again in German after the catalogue is switched', () => {
    const stored = connectionError(new TallybarError('network', { transport: 'refused' }), 'Binance');
    expect(stored.message).toBe('Could not reach CoinStats: the connection was refused.');
    expect(stored.facts).toEqual({ transport: 'refused', exchangeName: 'Binance' });
    // As the store keeps it: JSON on disk.
    const fromDisk = JSON.parse(JSON.stringify(stored)) as PlainError;

    setCatalogue('de', catalogueOf('de'));
    expect(rewordError(fromDisk)).toEqual({
      code: 'network',
      message: 'CoinStats war nicht erreichbar: die Verbindung wurde abgelehnt.',
      action: 'Prüfen Sie Ihre Internetverbindung; Tallybar aktualisiert, sobald Sie wieder online sind.',
    });
  });

  it('names its exchange and keeps its request id when worded again', () => {
    const stored = connectionError(new TallybarError('exchange_rejected', { requestId: 'req-42' }), 'Kraken');
    setCatalogue('de', catalogueOf('de'));
    const shown = rewordError(stored);
    expect(shown.message).toMatch(/^Kraken hat den API-Schlüssel abgelehnt/);
    expect(shown.requestId).toBe('req-42');
    expect(shown).not.toHaveProperty('facts');
  });

  it('stored without facts (an older version) still shows its stored message', () => {
    const old: PlainError = { code: 'network', message: 'Cannot reach CoinStats — you may be offline.', action: 'Check your internet connection.' };
    setCatalogue('de', catalogueOf('de'));
    expect(rewordError(old)).toEqual(old);
  });

  it('whose facts from disk no longer make a sentence keeps its stored words', () => {
    const broken = { code: 'out_of_credits', message: 'Stored words.', facts: { usage: 'lots' } } as unknown as PlainError;
    setCatalogue('de', catalogueOf('de'));
    expect(rewordError(broken).message).toBe('Stored words.');
  });

  it('about a bad answer says the field in German, and what was wrong with it in German too', () => {
    const problem = { id: 'field', path: 'result[3].price', expected: 'number_at_least_0', found: { kind: 'text', length: 3 } } as const;
    const stored = connectionError(new TallybarError('invalid_response', { answerProblem: problem, status: 200 }), 'Binance');
    expect(stored.message).toBe('CoinStats sent an unexpected answer: result[3].price: expected a finite number ≥ 0, got a string of 3 characters');
    setCatalogue('de', catalogueOf('de'));
    expect(rewordError(JSON.parse(JSON.stringify(stored)) as PlainError).message).toBe(
      'CoinStats hat eine unerwartete Antwort gesendet: result[3].price: erwartet eine endliche Zahl ≥ 0, erhalten einen Text aus 3 Zeichen',
    );
  });

  it('keeps the request id in the advice it words again, as support asks for it', () => {
    const stored = connectionError(new TallybarError('invalid_response', { status: 200, requestId: 'req-9' }), 'Binance');
    expect(stored.action).toContain('req-9');
    setCatalogue('de', catalogueOf('de'));
    const shown = rewordError(JSON.parse(JSON.stringify(stored)) as PlainError);
    expect(shown.action).toMatch(/^Versuchen Sie es später erneut\..*req-9/);
    expect(shown.requestId).toBe('req-9');
  });

  it('about a bad answer, stored as words by an older version, keeps those words', () => {
    const old = { code: 'invalid_response', message: 'CoinStats sent an unexpected answer: price: expected a finite number ≥ 0, got null', facts: { answerProblem: 'price: expected a finite number ≥ 0, got null' } } as unknown as PlainError;
    setCatalogue('de', catalogueOf('de'));
    expect(rewordError(old).message).toBe(old.message);
  });

  it('worded by its caller is kept as it was: there are no facts to word it from', () => {
    const plain = new TallybarError('internal', {}, { message: 'Custom words.' }).toStored();
    expect(plain).toEqual({ code: 'internal', message: 'Custom words.' });
  });

  it('crosses IPC as code and words only: toPlain() carries no facts', () => {
    expect(new TallybarError('network', { transport: 'refused' }).toPlain()).not.toHaveProperty('facts');
  });
});

describe('a recovery notice', () => {
  it('is worded again in the language of the day', () => {
    const notice = recoveryNotice('keys', '/data/vault.corrupt-2026-11-25T09-30-00.json');
    expect(notice.message).toBe(
      'Your saved keys file was unreadable; it was kept as vault.corrupt-2026-11-25T09-30-00.json and your keys need to be entered again.',
    );
    setCatalogue('fr', catalogueOf('fr'));
    expect(rewordNotice(notice).message).toMatch(/^Votre fichier des clés enregistrées était illisible/);
  });
});

/** Facts that take each code down its every branch. */
const FACT_SETS: ErrorFacts[] = [
  {},
  { exchangeName: 'Binance', status: 503, serverMessage: 'Service down', requestId: 'r-1' },
  { htmlTitle: '502 Bad Gateway', status: 502 },
  { timeoutSeconds: 30, transport: 'unexpected', transportError: 'AbortError' },
  { bytesReceived: 1200, bytesExpected: 4000, location: 'https://example.com/x', sizeLimitMb: 8 },
  {
    answerProblem: { id: 'field', path: '[3].connectionId', expected: 'text', found: { kind: 'missing' } },
    request: 'POST /v1/exchange/balance',
    at: Date.UTC(2026, 10, 25, 9, 30),
  },
  { answerProblem: { id: 'portfolio_changed', was: 'abc123', now: 'def456' } },
  { answerProblem: { id: 'field', path: 'balances[0].coinId', expected: 'coin_id_length', max: 128, found: { kind: 'text', length: 1 } } },
  { answerProblem: { id: 'field', path: 'price', expected: 'number_at_least_0', found: { kind: 'numeric_text', text: '-1' } } },
  { answerProblem: { id: 'field', path: 'amount', expected: 'number', found: { kind: 'number', text: 'NaN' } } },
  { answerProblem: { id: 'cut_off', bytes: 1 } },
  { answerProblem: { id: 'other_exchange', connectionId: 'binance' } },
  { answerProblem: { id: 'shape', path: 'result' } },
  { answerProblem: { id: 'rows_total', path: 'balances' } },
  { answerProblem: { id: 'html_page' } },
  { usage: { usedCredits: 100, totalCredits: 100 }, secret: 'connection_field', secretField: 'apiSecret', keyring: 'linux' },
  { secret: 'api_key', keyring: 'keychain', keystore: 'linux_basic_text', command: 'refresh' },
  { problem: { id: 'extra_fields', fields: ['passphrase', 'uid'] }, exchangeName: 'OKX' },
  { problem: { id: 'setting', setting: 'freshnessMinutes', value: -1 } },
  { baseUrl: 'https://bad.example', transport: 'refused' },
  { baseUrl: 'https://bad.example', status: 404 },
];

describe('every language', () => {
  it.each(LANGUAGES)('%s words every code from every kind of fact, with no placeholder left', (language) => {
    setCatalogue(language, catalogueOf(language));
    for (const code of [...API_ERROR_CODES, ...APP_ERROR_CODES]) {
      for (const facts of FACT_SETS) {
        const { message, action } = describeError(code, facts);
        for (const text of [message, action ?? '']) {
          expect(text, `${code} ${JSON.stringify(facts)}`).not.toMatch(/undefined|\{|\}/);
        }
        expect(message.length).toBeGreaterThan(5);
      }
    }
  });
});
