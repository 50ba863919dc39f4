// The words of Part E's catalogues (settings, shortcut, updates, credits) in
// every language: each message formats with the values its callers pass, so
// a translation cannot break at run time (a bad plural, a lost argument),
// and the words read at call time follow the catalogue loaded now.
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES, setCatalogue } from '../../common/i18n';
import { catalogueOf } from '../../main/app/language';
import en from '../../common/locales/en';
import type { AcceleratorProblem } from '../../common/accelerator';
import { acceleratorProblemSentence, shortcutProblemSentence } from '../../common/shortcut-words';
import { UPDATE_WORDS, trayUpdateAvailable, updateReadyNotification, updateStatus } from '../../common/update-words';

afterEach(() => {
  setCatalogue('en', en);
});

describe('settings, shortcut, update and credit words', () => {
  it.each(LANGUAGES)('%s: every sentence formats, with its arguments filled in', (language) => {
    setCatalogue(language, catalogueOf(language));
    for (const problem of [
      { id: 'not_text' },
      { id: 'too_long' },
      { id: 'unknown_part', part: 'Hyper' },
      { id: 'no_key' },
      { id: 'two_keys', keys: ['A', 'B'] },
      { id: 'repeated_modifier', modifier: 'Shift' },
      { id: 'no_modifier' },
    ] satisfies AcceleratorProblem[]) {
      expect(acceleratorProblemSentence(problem)).not.toMatch(/[{}]/);
    }
    expect(acceleratorProblemSentence({ id: 'two_keys', keys: ['A', 'B'] })).toMatch(/A.*B/);
    expect(shortcutProblemSentence('refused', 'Ctrl+Alt+T')).toContain('Ctrl+Alt+T');
    expect(shortcutProblemSentence('unreadable', 'Alt+numdec')).toContain('Alt+numdec');
    const state = { version: '0.2.0', notes: '', progress: 42.4, checkedAt: null, checkFailed: false };
    for (const stage of ['unsupported', 'idle', 'checking', 'available', 'downloading', 'downloaded'] as const) {
      expect(updateStatus({ ...state, stage }, 'ask')).not.toMatch(/[{}]/);
    }
    expect(updateStatus({ ...state, stage: 'downloading' }, 'ask')).toMatch(/0\.2\.0.*42/);
    expect(trayUpdateAvailable('0.2.0')).toContain('0.2.0');
    // The notification names the tray item as the tray shows it, in the same language.
    expect(updateReadyNotification('0.2.0').body).toContain(UPDATE_WORDS.trayRestart);
  });

  it('words are read when asked for, so a language switch shows at once', () => {
    expect(UPDATE_WORDS.heading).toBe('Updates');
    expect(UPDATE_WORDS.policies.off).toBe('Never check');
    setCatalogue('de', catalogueOf('de'));
    expect(UPDATE_WORDS.policies.off).toBe('Nie suchen');
    expect(updateReadyNotification('0.2.0')).toEqual({
      title: 'Tallybar 0.2.0 ist bereit',
      body: 'Starten Sie Tallybar neu, um zu aktualisieren: Wählen Sie „Neu starten und aktualisieren“ im Tray-Menü oder in den Einstellungen.',
    });
    setCatalogue('ja', catalogueOf('ja'));
    expect(acceleratorProblemSentence({ id: 'too_long' })).toBe('グローバルショートカットは 100 文字以内にしてください。');
  });

  it('English stays word for word what it was', () => {
    expect(acceleratorProblemSentence({ id: 'too_long' })).toBe('The global shortcut must be at most 100 characters long.');
    expect(updateReadyNotification('0.2.0')).toEqual({
      title: 'Tallybar 0.2.0 is ready',
      body: 'Restart Tallybar to update: choose “Restart to Update” in the tray menu or in Settings.',
    });
    expect(trayUpdateAvailable('0.2.0')).toBe('Update 0.2.0 Available — Download');
  });
});
