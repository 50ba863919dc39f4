// The words about updates: the Settings section, the tray menu items and the
// one notification when a new version is ready.
import type { UpdateState } from './desktop-types';

export const UPDATE_WORDS = {
  heading: 'Updates',
  policyLabel: 'When a new version is out',
  policies: { ask: 'Ask before downloading', auto: 'Download in the background', off: 'Never check' },
  download: 'Download',
  restart: 'Restart to update',
  notesLabel: 'Release notes',
  progressLabel: 'Download progress',
  trayRestart: 'Restart to Update',
} as const;

/** What the Settings section says about where the updater stands. */
export function updateStatus(update: UpdateState): string {
  const version = update.version ?? '';
  switch (update.stage) {
    case 'unsupported':
      return 'Updates are checked only in installed builds.';
    case 'idle':
      return 'Tallybar is up to date.';
    case 'checking':
      return 'Checking for updates…';
    case 'available':
      return `Update available — Tallybar ${version}.`;
    case 'downloading':
      return `Downloading Tallybar ${version}… ${Math.round(update.progress ?? 0)}%`;
    case 'downloaded':
      return `Tallybar ${version} is downloaded and installs when Tallybar restarts.`;
  }
}

/** The tray menu line offering a found update (policy "ask"). */
export const trayUpdateAvailable = (version: string): string => `Update ${version} Available — Download`;

/** The one notification: the download finished. */
export const updateReadyNotification = (version: string): { title: string; body: string } => ({
  title: `Tallybar ${version} is ready`,
  body: 'Restart Tallybar to update: choose “Restart to Update” in the tray menu or in Settings.',
});
