// The words of privacy mode, for Settings, the windows and main's notice alike.
// Worded when read (getters, functions), since the language changes at run time.
import { displayAccelerator, keyCap, type AcceleratorPlatform } from './accelerator';
import { t, type MessageId } from './i18n';
import { PRIVACY_TOGGLE } from './privacy';
import type { PrivacyLevel } from './settings';

const CHOICE_LABELS: Record<'off' | PrivacyLevel, MessageId> = {
  off: 'privacy.off',
  amounts: 'privacy.amounts',
  all: 'privacy.all',
};

function choice(value: 'off' | PrivacyLevel): { readonly value: 'off' | PrivacyLevel; readonly label: string } {
  return {
    value,
    // A getter, so a list kept at module level still reads in the current language.
    get label() {
      return t(CHOICE_LABELS[value]);
    },
  };
}

/** The Settings choice: Off, then the levels from least to most hidden. */
export const PRIVACY_CHOICES: readonly { readonly value: 'off' | PrivacyLevel; readonly label: string }[] = [choice('off'), choice('amounts'), choice('all')];

/** The key held to peek, as each OS names it in the user's language (Option, de "Wahltaste"; Alt elsewhere). */
export function peekKeyName(platform: AcceleratorPlatform): string {
  return keyCap(platform === 'darwin' ? 'Option' : 'Alt');
}

export function privacyHelp(platform: AcceleratorPlatform): string {
  return t('privacy.help', { toggle: displayAccelerator(PRIVACY_TOGGLE, platform), key: peekKeyName(platform) });
}

/** Beside the "Privacy mode" marker in each window. */
export function peekHint(platform: AcceleratorPlatform): string {
  return t('privacy.peekHint', { key: peekKeyName(platform) });
}

export function privacyOnDisplayLabel(): string {
  return t('privacy.onDisplayLabel');
}

/** Why privacy mode came on by itself: as a notice in the windows and a notification (worded when read). */
export const AUTO_PRIVACY_NOTICE = {
  id: 'privacy-on-display',
  get message(): string {
    return t('privacy.autoNotice');
  },
} as const;
