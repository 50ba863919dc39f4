// The one rule of what privacy mode hides. Every surface asks it — the
// renderer's formatters, the tray title and tooltip, notification texts, the
// CSV export — so a level means the same thing everywhere.
//
// Amounts and values (coin amounts, money, BTC totals) tell what someone owns;
// percentages, shares and changes in % tell only proportions. 'amounts' keeps
// the proportions for people who want to glance at allocation on a shared
// screen; 'all' (the default: the safe choice) hides them too.
import { MASK } from './format';
import type { Settings } from './settings';

export interface Masking {
  /** Amounts and values: coin amounts, money, BTC. */
  amounts: boolean;
  /** Percentages, shares and changes in %. */
  percentages: boolean;
}

/** The accelerator that toggles privacy mode: the tray and app menus carry it, the windows match it (use-privacy-shortcut.ts). */
export const PRIVACY_TOGGLE = 'CmdOrCtrl+Shift+P';

export const NOTHING_MASKED: Masking = { amounts: false, percentages: false };

export type PrivacySettings = Pick<Settings, 'privacyMode' | 'privacyLevel'>;

/** What the settings hide. `privacyMode` is the switch; `privacyLevel` says how much it hides. */
export function privacyMasking(settings: PrivacySettings): Masking {
  if (!settings.privacyMode) return NOTHING_MASKED;
  return { amounts: true, percentages: settings.privacyLevel === 'all' };
}

/** The amount's text, or the mask. `text` is only called when shown. */
export function amountText(masking: Masking, text: () => string): string {
  return masking.amounts ? MASK : text();
}

/** The percentage's (or share's) text, or the mask. `text` is only called when shown. */
export function percentText(masking: Masking, text: () => string): string {
  return masking.percentages ? MASK : text();
}
