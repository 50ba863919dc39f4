// The words about updates: the Settings section, the tray menu items and the
// one notification when a new version is ready. Every word is looked up when
// it is read (catalogue `updates`), so a language switch shows at once.
import type { UpdateState } from './desktop-types';
import { t } from './i18n';
import type { UpdatePolicy } from './settings';

/**
 * Getters rather than values: the tray reads `UPDATE_WORDS.trayRestart` on
 * every render, and each read is in the language of that moment.
 */
export const UPDATE_WORDS = {
  get heading() {
    return t('updates.heading');
  },
  get policyLabel() {
    return t('updates.policyLabel');
  },
  get policies(): Record<UpdatePolicy, string> {
    return { ask: t('updates.policy.ask'), auto: t('updates.policy.auto'), off: t('updates.policy.off') };
  },
  get download() {
    return t('updates.download');
  },
  get restart() {
    return t('updates.restart');
  },
  get checkNow() {
    return t('updates.checkNow');
  },
  get notesLabel() {
    return t('updates.notesLabel');
  },
  get progressLabel() {
    return t('updates.progressLabel');
  },
  get trayRestart() {
    return t('updates.trayRestart');
  },
};

/** Idle: up to date only on the word of a check the feed answered. */
function idleStatus(update: UpdateState, policy: UpdatePolicy): string {
  if (policy === 'off') return t('updates.status.off');
  if (update.checkFailed) return t('updates.status.checkFailed');
  if (update.checkedAt === null) return t('updates.status.notChecked');
  return t('updates.status.idle');
}

/** What the Settings section says about where the updater stands. */
export function updateStatus(update: UpdateState, policy: UpdatePolicy): string {
  const version = update.version ?? '';
  switch (update.stage) {
    case 'unsupported':
      return t('updates.status.unsupported');
    case 'idle':
      return idleStatus(update, policy);
    case 'checking':
      return t('updates.status.checking');
    case 'available':
      return t('updates.status.available', { version });
    case 'downloading':
      return t('updates.status.downloading', { version, percent: Math.round(update.progress ?? 0) });
    case 'downloaded':
      return t('updates.status.downloaded', { version });
  }
}

/** The tray menu line offering a found update (policy "ask"). */
export const trayUpdateAvailable = (version: string): string => t('updates.trayAvailable', { version });

/** The tray menu line while a version downloads (a disabled item: progress, not an action). */
export const trayUpdateDownloading = (version: string, percent: number): string => t('updates.trayDownloading', { version, percent });

/** The one notification: the download finished. It names the tray item as the tray shows it. */
export const updateReadyNotification = (version: string): { title: string; body: string } => ({
  title: t('updates.readyTitle', { version }),
  body: t('updates.readyBody', { item: t('updates.trayRestart') }),
});
