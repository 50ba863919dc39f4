// The words of privacy mode, for Settings, the windows and main's notice alike.
import type { PrivacyLevel } from './settings';

/** The Settings choice: Off, then the levels from least to most hidden. */
export const PRIVACY_CHOICES: readonly { value: 'off' | PrivacyLevel; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'amounts', label: 'Hide amounts, keep %' },
  { value: 'all', label: 'Hide all' },
];

/** The key held to peek, as each OS names it. */
export function peekKeyName(platform: string): string {
  return platform === 'darwin' ? 'Option' : 'Alt';
}

export function privacyHelp(platform: string): string {
  const toggle = platform === 'darwin' ? '⌘⇧P' : 'Ctrl+Shift+P';
  return `${toggle} or the tray menu turns it on and off. Hold ${peekKeyName(platform)} to see the figures while it is on.`;
}

/** Beside the "Privacy mode" marker in each window. */
export function peekHint(platform: string): string {
  return `Hold ${peekKeyName(platform)} to peek`;
}

export const PRIVACY_ON_DISPLAY_LABEL = 'Turn privacy mode on when a display is added or mirrored (presenting)';

/** Why privacy mode came on by itself: as a notice in the windows and a notification. */
export const AUTO_PRIVACY_NOTICE = {
  id: 'privacy-on-display',
  message: 'Privacy mode turned on: a display was added or mirrored. Turn it off from the tray menu or Settings.',
} as const;
