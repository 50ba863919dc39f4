// The accelerator grammar, in one place: what the settings schema accepts for
// the global shortcut, what the Settings recorder makes of a key press, and
// how a shortcut is shown in the OS's own terms. The grammar is Electron's
// (docs/tutorial/keyboard-shortcuts.md, "Accelerators"): modifiers and one key
// code joined by `+`, case-insensitive. Key caps are shown in the user's
// language (Strg, Umschalt, Entf on German Windows and Linux; the catalogue's
// shortcut.cap); macOS shows its modifier symbols, the same everywhere.
import { t } from './i18n';

export type AcceleratorPlatform = 'darwin' | 'win32' | 'linux';

/** Modifiers by their canonical name; aliases map onto them (keyboard-shortcuts.md, "Available modifiers"). */
const MODIFIER_NAMES = {
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  alt: 'Alt',
  option: 'Option',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
} as const;
type Modifier = (typeof MODIFIER_NAMES)[keyof typeof MODIFIER_NAMES];

/** The order a shortcut is written in, whatever order it was typed in. */
const MODIFIER_ORDER: readonly Modifier[] = ['CommandOrControl', 'Command', 'Control', 'Alt', 'Option', 'AltGr', 'Shift', 'Super'];

const PUNCTUATION = [')', '!', '@', '#', '$', '%', '^', '&', '*', '(', ':', ';', '+', '=', '<', ',', '_', '-', '>', '.', '?', '/', '~', '`', '{', ']', '[', '|', '\\', '}', '"'];
const NAMED_KEYS = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Up', 'Down', 'Left', 'Right',
  'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'VolumeUp', 'VolumeDown', 'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack',
  'MediaStop', 'MediaPlayPause', 'PrintScreen', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const KEY_ALIASES: Record<string, string> = { enter: 'Return', esc: 'Escape' };

/** Key codes by lower-cased spelling → canonical spelling (keyboard-shortcuts.md, "Available key codes"). */
const KEYS = new Map<string, string>([
  ...[...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((k): [string, string] => [k.toLowerCase(), k]),
  ...Array.from({ length: 24 }, (_, i): [string, string] => [`f${i + 1}`, `F${i + 1}`]),
  ...Array.from({ length: 10 }, (_, i): [string, string] => [`num${i}`, `num${i}`]),
  ...PUNCTUATION.map((k): [string, string] => [k, k]),
  ...NAMED_KEYS.map((k): [string, string] => [k.toLowerCase(), k]),
  ...Object.entries(KEY_ALIASES),
]);

/** Modifiers that make a key press a shortcut rather than typing: Shift alone still types. */
const SHORTCUT_MODIFIERS: ReadonlySet<Modifier> = new Set(['CommandOrControl', 'Command', 'Control', 'Alt', 'Option', 'AltGr', 'Super']);

export const ACCELERATOR_MAX_LENGTH = 100;

/** Why a string is not a usable global shortcut; common/problem-words.ts words each one. */
export type AcceleratorProblem =
  | { id: 'not_text' }
  | { id: 'too_long' }
  | { id: 'unknown_part'; part: string }
  | { id: 'no_key' }
  | { id: 'two_keys'; keys: [string, string] }
  | { id: 'repeated_modifier'; modifier: string }
  | { id: 'no_modifier' };

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; problem: AcceleratorProblem };

/** Splits on `+` keeping a trailing `+` key (`Ctrl++`) as the key itself. */
function parts(text: string): string[] {
  const raw = text.split('+');
  if (text.endsWith('++')) return [...raw.slice(0, -2), '+'];
  return raw;
}

/**
 * Checks one accelerator and writes it canonically (`ctrl+alt+t` → `Control+Alt+T`).
 * '' is "no shortcut" and is fine.
 */
export function checkAccelerator(value: unknown): AcceleratorCheck {
  if (typeof value !== 'string') return { ok: false, problem: { id: 'not_text' } };
  if (value === '') return { ok: true, accelerator: '' };
  if (value.length > ACCELERATOR_MAX_LENGTH) return { ok: false, problem: { id: 'too_long' } };
  const modifiers = new Set<Modifier>();
  let key: string | null = null;
  for (const part of parts(value)) {
    const lower = part.trim().toLowerCase();
    const modifier = MODIFIER_NAMES[lower as keyof typeof MODIFIER_NAMES] as Modifier | undefined;
    if (modifier) {
      if (modifiers.has(modifier)) return { ok: false, problem: { id: 'repeated_modifier', modifier } };
      modifiers.add(modifier);
      continue;
    }
    const code = KEYS.get(lower);
    if (!code) return { ok: false, problem: { id: 'unknown_part', part } };
    if (key !== null) return { ok: false, problem: { id: 'two_keys', keys: [key, code] } };
    key = code;
  }
  if (key === null) return { ok: false, problem: { id: 'no_key' } };
  if (![...modifiers].some((m) => SHORTCUT_MODIFIERS.has(m))) return { ok: false, problem: { id: 'no_modifier' } };
  return { ok: true, accelerator: [...MODIFIER_ORDER.filter((m) => modifiers.has(m)), key].join('+') };
}

/** What a key press gives the recorder; the DOM's KeyboardEvent has these. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const CODE_KEYS: Record<string, string> = {
  Space: 'Space', Tab: 'Tab', Enter: 'Return', NumpadEnter: 'Return', Delete: 'Delete', Insert: 'Insert', Home: 'Home', End: 'End',
  PageUp: 'PageUp', PageDown: 'PageDown', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', Semicolon: ';', Comma: ',', Period: '.', Slash: '/',
  Backquote: '`', NumpadDecimal: 'numdec', NumpadAdd: 'numadd', NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv',
  PrintScreen: 'PrintScreen', Backspace: 'Backspace', Escape: 'Escape',
};

/** The key of a press by its physical position (`event.code`), so a layout's letters do not change the shortcut; null for none. */
function keyOfCode(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code)?.[1];
  if (letter) return letter;
  const digit = /^Digit(\d)$/.exec(code)?.[1] ?? null;
  if (digit) return digit;
  const numpad = /^Numpad(\d)$/.exec(code)?.[1];
  if (numpad) return `num${numpad}`;
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return CODE_KEYS[code] ?? null;
}

export type RecordedPress = { kind: 'modifier-only' } | { kind: 'unusable' } | { kind: 'accelerator'; check: AcceleratorCheck };

/**
 * A key press as an accelerator. ⌘ is Command on macOS and Super elsewhere
 * (the Windows key); Ctrl is Control everywhere.
 */
export function acceleratorOfPress(press: KeyPress, platform: AcceleratorPlatform): RecordedPress {
  if (['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS'].includes(press.key)) return { kind: 'modifier-only' };
  const key = keyOfCode(press.code);
  if (!key) return { kind: 'unusable' };
  const modifiers = [
    press.ctrlKey ? 'Control' : null,
    press.altKey ? 'Alt' : null,
    press.shiftKey ? 'Shift' : null,
    press.metaKey ? (platform === 'darwin' ? 'Command' : 'Super') : null,
  ].filter((m) => m !== null);
  return { kind: 'accelerator', check: checkAccelerator([...modifiers, key].join('+')) };
}

const MAC_SYMBOLS: Record<Modifier, string> = {
  CommandOrControl: '⌘',
  Command: '⌘',
  Control: '⌃',
  Alt: '⌥',
  Option: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
  Super: '⌘',
};
/** Apple's order for modifier symbols: ⌃⌥⇧⌘. */
const MAC_ORDER = ['⌃', '⌥', '⇧', '⌘'];

/** A modifier's cap off macOS: Ctrl for Control (Strg in German), Win for Super on Windows. */
function otherName(modifier: Modifier, platform: AcceleratorPlatform): string {
  if (modifier === 'CommandOrControl' || modifier === 'Control') return keyCap('Control');
  if (modifier === 'Super') return platform === 'win32' ? keyCap('Win') : keyCap('Super');
  if (modifier === 'Command') return keyCap('Command');
  if (modifier === 'Option') return keyCap('Alt');
  return keyCap(modifier);
}

/**
 * A key or modifier as its cap reads in the current language: "Control" →
 * "Ctrl" (de "Strg"), "Delete" → "Delete" (de "Entf"), "Option" → "Option"
 * (de "Wahltaste"); letters, digits, F-keys and punctuation as they are,
 * keypad keys as "Num 5".
 */
export function keyCap(name: string): string {
  const numpad = /^num(\d)$/.exec(name)?.[1];
  if (numpad) return t('shortcut.numpadKey', { key: numpad });
  return t('shortcut.cap', { key: name });
}

/** A canonical accelerator as the OS writes it: ⌘⌥T on macOS, Ctrl+Alt+T elsewhere (Strg+Alt+T in German). */
export function displayAccelerator(accelerator: string, platform: AcceleratorPlatform): string {
  const check = checkAccelerator(accelerator);
  if (!check.ok || check.accelerator === '') return accelerator;
  const all = parts(check.accelerator);
  const key = keyCap(all.at(-1) ?? '');
  const modifiers = all.slice(0, -1) as Modifier[];
  if (platform === 'darwin') {
    const symbols = [...new Set(modifiers.map((m) => MAC_SYMBOLS[m]))].sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
    return `${symbols.join('')}${key}`;
  }
  return [...modifiers.map((m) => otherName(m, platform)), key].join('+');
}
