// The words about the global shortcut: why a typed accelerator is not one
// (common/accelerator.ts finds the problem), and what the OS said when asked
// to register it.
import { ACCELERATOR_MAX_LENGTH, type AcceleratorProblem } from './accelerator';

const PROBLEM_WORDS: { [P in AcceleratorProblem as P['id']]: (problem: P) => string } = {
  not_text: () => 'The global shortcut must be text such as Ctrl+Alt+T, or empty for none.',
  too_long: () => `The global shortcut must be at most ${ACCELERATOR_MAX_LENGTH} characters long.`,
  unknown_part: (p) => `“${p.part}” is not a key or modifier a shortcut can use.`,
  no_key: () => 'Add a key after the modifiers, such as T in Ctrl+Alt+T.',
  two_keys: (p) => `A shortcut has one key besides its modifiers; this one has ${p.keys[0]} and ${p.keys[1]}.`,
  repeated_modifier: (p) => `${p.modifier} appears twice in the shortcut.`,
  no_modifier: () => 'Add a modifier such as Ctrl or Alt: a key on its own (or with Shift only) would stop working for typing everywhere.',
};

export function acceleratorProblemSentence(problem: AcceleratorProblem): string {
  const words = PROBLEM_WORDS[problem.id] as (p: AcceleratorProblem) => string;
  return words(problem);
}

/** register() answered false: another app (or the OS itself) holds the shortcut (global-shortcut.md). */
export const shortcutRefused = (shown: string): string =>
  `The system refused ${shown}: another app probably uses it. Choose another shortcut.`;

/** register() threw: Electron could not read an accelerator our grammar accepts. */
export const shortcutUnreadable = (shown: string): string => `The system could not read ${shown} as a shortcut. Choose another.`;

/** Registered with the OS: what the shortcut does. */
export const shortcutWorks = (shown: string): string => `${shown} opens the popover from anywhere.`;

/** Handed to the Wayland portal, whose answer the app never hears: said as what is known, not more. */
export const shortcutViaPortal = (shown: string): string =>
  `${shown} was handed to your desktop, which may ask you to confirm it. If it does not open the popover, another app holds it: choose another.`;

/** What the recorder says while waiting, and after a press it cannot use. */
export const RECORDER_WORDS = {
  label: 'Global shortcut to open the popover',
  off: 'Off',
  waiting: 'Press the keys…',
  hint: 'Focus the box and press the keys. Escape cancels, Backspace turns the shortcut off.',
  unusable: 'That key cannot be part of a shortcut.',
} as const;
