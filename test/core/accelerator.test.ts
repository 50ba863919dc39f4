// The accelerator grammar (Electron's docs/tutorial/keyboard-shortcuts.md):
// what the setting accepts, the words for what it refuses, what a key press
// records, and how each OS writes a shortcut.
import { afterEach, describe, expect, it } from 'vitest';
import { acceleratorOfPress, checkAccelerator, displayAccelerator, keyCap, type KeyPress } from '../../common/accelerator';
import { setCatalogue } from '../../common/i18n';
import english from '../../common/locales/en';
import { privacyHelp } from '../../common/privacy-words';
import { catalogueOf } from '../../main/app/language';
import { acceleratorProblemSentence } from '../../common/shortcut-words';

const problem = (value: unknown): string => {
  const check = checkAccelerator(value);
  if (check.ok) throw new Error(`expected ${String(value)} to be refused`);
  return acceleratorProblemSentence(check.problem);
};

const press = (over: Partial<KeyPress>): KeyPress => ({ key: 't', code: 'KeyT', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...over });

describe('checkAccelerator', () => {
  it.each([
    ['', ''],
    ['ctrl+alt+t', 'Control+Alt+T'],
    ['Alt+CmdOrCtrl+Space', 'CommandOrControl+Alt+Space'],
    ['Meta+Shift+f12', 'Shift+Super+F12'],
    ['Control+Alt++', 'Control+Alt++'],
    ['Super+Enter', 'Super+Return'],
    ['Alt+num5', 'Alt+num5'],
  ])('accepts %j as %j', (value, canonical) => {
    expect(checkAccelerator(value)).toEqual({ ok: true, accelerator: canonical });
  });

  it('says what is wrong, in words a person can act on', () => {
    expect(problem('T')).toMatch(/^Add a modifier such as Ctrl or Alt/);
    expect(problem('Shift+T')).toMatch(/^Add a modifier such as Ctrl or Alt/);
    expect(problem('Ctrl+Alt')).toBe('Add a key after the modifiers, such as T in Ctrl+Alt+T.');
    expect(problem('Ctrl+Hyper+T')).toBe('“Hyper” is not a key or modifier a shortcut can use.');
    expect(problem('Ctrl+T+Y')).toBe('A shortcut has one key besides its modifiers; this one has T and Y.');
    expect(problem('Ctrl+ctrl+T')).toBe('Control appears twice in the shortcut.');
    expect(problem(42)).toMatch(/must be text/);
    expect(problem(`Ctrl+${'A'.repeat(200)}`)).toMatch(/at most 100 characters/);
  });
});

describe('acceleratorOfPress', () => {
  it('records the physical key with its modifiers; ⌘ is Command on macOS, Super elsewhere', () => {
    expect(acceleratorOfPress(press({ ctrlKey: true, altKey: true }), 'win32')).toEqual({ kind: 'accelerator', check: { ok: true, accelerator: 'Control+Alt+T' } });
    expect(acceleratorOfPress(press({ metaKey: true, altKey: true, key: '†' }), 'darwin')).toEqual({ kind: 'accelerator', check: { ok: true, accelerator: 'Command+Alt+T' } });
    expect(acceleratorOfPress(press({ metaKey: true, code: 'ArrowUp', key: 'ArrowUp' }), 'linux')).toEqual({ kind: 'accelerator', check: { ok: true, accelerator: 'Super+Up' } });
  });

  it('waits while only modifiers are down, and refuses keys the grammar has no name for', () => {
    expect(acceleratorOfPress(press({ key: 'Control', code: 'ControlLeft', ctrlKey: true }), 'linux')).toEqual({ kind: 'modifier-only' });
    expect(acceleratorOfPress(press({ key: "'", code: 'Quote', ctrlKey: true }), 'linux')).toEqual({ kind: 'unusable' });
    const bare = acceleratorOfPress(press({}), 'linux');
    expect(bare.kind === 'accelerator' && !bare.check.ok && bare.check.problem.id).toBe('no_modifier');
  });
});

describe('displayAccelerator', () => {
  it('writes macOS symbols in Apple’s order and names elsewhere', () => {
    expect(displayAccelerator('Command+Alt+T', 'darwin')).toBe('⌥⌘T');
    expect(displayAccelerator('Control+Shift+Command+K', 'darwin')).toBe('⌃⇧⌘K');
    expect(displayAccelerator('CommandOrControl+Alt+T', 'win32')).toBe('Ctrl+Alt+T');
    expect(displayAccelerator('Super+Space', 'win32')).toBe('Win+Space');
    expect(displayAccelerator('Super+Space', 'linux')).toBe('Super+Space');
    expect(displayAccelerator('Control+Alt+num5', 'linux')).toBe('Ctrl+Alt+Num 5');
    expect(displayAccelerator('Control+Alt+Return', 'win32')).toBe('Ctrl+Alt+Enter');
  });
});

describe('key caps in the user’s language', () => {
  afterEach(() => setCatalogue('en', english));

  it('German: Strg, Umschalt and Entf on Windows and Linux; macOS keeps its symbols but names the key', () => {
    setCatalogue('de', catalogueOf('de'));
    expect(displayAccelerator('CommandOrControl+Shift+Delete', 'win32')).toBe('Strg+Umschalt+Entf');
    expect(displayAccelerator('Control+Alt+Space', 'linux')).toBe('Strg+Alt+Leertaste');
    expect(displayAccelerator('Command+Shift+Space', 'darwin')).toBe('⇧⌘Leertaste');
    expect(displayAccelerator('Control+Alt+T', 'linux')).toBe('Strg+Alt+T');
    expect(privacyHelp('win32')).toContain('Strg+Umschalt+P');
    expect(privacyHelp('darwin')).toContain('Wahltaste');
  });

  it('French and Spanish: Maj and Mayús for Shift, Échap and Supr', () => {
    setCatalogue('fr', catalogueOf('fr'));
    expect(displayAccelerator('Control+Shift+Escape', 'win32')).toBe('Ctrl+Maj+Échap');
    setCatalogue('es', catalogueOf('es'));
    expect(displayAccelerator('Control+Shift+Delete', 'linux')).toBe('Ctrl+Mayús+Supr');
  });

  it('letters, digits, F-keys and punctuation are themselves in every language; keypad keys are Num', () => {
    for (const language of ['de', 'es', 'fr', 'ja', 'zh-Hans'] as const) {
      setCatalogue(language, catalogueOf(language));
      expect([keyCap('T'), keyCap('7'), keyCap('F12'), keyCap('/'), keyCap('num0')], language).toEqual(['T', '7', 'F12', '/', 'Num 0']);
    }
  });
});
