// The words about the global shortcut: why a typed accelerator is not one
// (common/accelerator.ts finds the problem), and what the OS said when asked
// to register it. Key caps inside them (Ctrl, Alt, ⌘) are written as the OS
// shows them, which is the same in every language; the sentences are not.
import { ACCELERATOR_MAX_LENGTH, type AcceleratorProblem } from './accelerator';
import type { ShortcutProblem } from './desktop-types';
import { t } from './i18n';

const PROBLEM_WORDS: { [P in AcceleratorProblem as P['id']]: (problem: P) => string } = {
  not_text: () => t('shortcut.problem.notText'),
  too_long: () => t('shortcut.problem.tooLong', { max: ACCELERATOR_MAX_LENGTH }),
  unknown_part: (p) => t('shortcut.problem.unknownPart', { part: p.part }),
  no_key: () => t('shortcut.problem.noKey'),
  two_keys: (p) => t('shortcut.problem.twoKeys', { first: p.keys[0], second: p.keys[1] }),
  repeated_modifier: (p) => t('shortcut.problem.repeatedModifier', { modifier: p.modifier }),
  no_modifier: () => t('shortcut.problem.noModifier'),
};

export function acceleratorProblemSentence(problem: AcceleratorProblem): string {
  const words = PROBLEM_WORDS[problem.id] as (p: AcceleratorProblem) => string;
  return words(problem);
}

/** register() answered false: another app (or the OS itself) holds the shortcut (global-shortcut.md). */
export const shortcutRefused = (shown: string): string => t('shortcut.refused', { shortcut: shown });

/** register() threw: Electron could not read an accelerator our grammar accepts. */
export const shortcutUnreadable = (shown: string): string => t('shortcut.unreadable', { shortcut: shown });

/** What the OS's answer means, for the shortcut as the OS writes it (`shown`). */
export function shortcutProblemSentence(problem: ShortcutProblem, shown: string): string {
  return problem === 'refused' ? shortcutRefused(shown) : shortcutUnreadable(shown);
}

/** Registered with the OS: what the shortcut does. */
export const shortcutWorks = (shown: string): string => t('shortcut.works', { shortcut: shown });

/** Handed to the Wayland portal, whose answer the app never hears: said as what is known, not more. */
export const shortcutViaPortal = (shown: string): string => t('shortcut.viaPortal', { shortcut: shown });

/** What the recorder says while waiting, and after a press it cannot use: read when shown, in the language of the moment. */
export function recorderWords() {
  return {
    label: t('shortcut.label'),
    off: t('shortcut.off'),
    waiting: t('shortcut.waiting'),
    hint: t('shortcut.hint'),
    unusable: t('shortcut.unusable'),
    turnOff: t('shortcut.turnOff'),
  };
}
