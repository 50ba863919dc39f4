// Thin adapter: electron-updater's AppUpdater behind UpdaterPort. The feed is
// the `publish` provider electron-builder writes into app-update.yml at
// packaging (GitHub Releases); test/desktop/updates.test.ts runs the built
// bundle, and so this adapter and electron-updater, against a generic feed on
// 127.0.0.1 instead.
import type { AppUpdater, ProgressInfo, UpdateInfo } from 'electron-updater';
import type { UpdaterPort } from '../ports';

/** GitHub's full changelog is a list of notes per version; a single feed answer is a string. */
function notesOf(notes: UpdateInfo['releaseNotes']): string | null {
  if (notes == null) return null;
  if (typeof notes === 'string') return notes;
  return notes.map((n) => `<h2>${n.version}</h2>${n.note ?? ''}`).join('');
}

export function createElectronUpdater(updater: AppUpdater, log: (line: string) => void): UpdaterPort {
  // Consent first: nothing is downloaded until the policy says so (the setting, or the user's click).
  updater.autoDownload = false;
  // A version the user chose to download installs at the next quit even without "Restart to update".
  updater.autoInstallOnAppQuit = true;
  updater.logger = {
    info: (message?: unknown) => log(`updates: ${String(message)}`),
    warn: (message?: unknown) => log(`updates: ${String(message)}`),
    error: (message?: unknown) => log(`updates: ${String(message)}`),
  };
  /** The error that left electron-updater's download waiting forever, while it still does. */
  let wedged: Error | null = null;
  return {
    async check() {
      const result = await updater.checkForUpdates();
      if (!result?.isUpdateAvailable) return null;
      return { version: result.updateInfo.version, releaseNotes: notesOf(result.updateInfo.releaseNotes) };
    },
    async download(onProgress) {
      // An error electron-updater only reports ends the download too: on macOS,
      // Squirrel.Mac refusing the app (unsigned: auto-updater.md) is an 'error'
      // event, after which downloadUpdate() never settles (MacUpdater.updateDownloaded)
      // and a second call only returns that same pending promise (AppUpdater.downloadUpdate):
      // until it settles, a retry fails at once with the error that stopped it.
      if (wedged) throw wedged;
      const listener = (info: ProgressInfo): void => onProgress(info.percent);
      let refuse: (error: Error) => void = () => undefined;
      const refused = new Promise<never>((_, reject) => (refuse = reject));
      const downloading = updater.downloadUpdate();
      let settled = false;
      const done = (): void => {
        settled = true;
        wedged = null;
      };
      downloading.then(done, done);
      updater.on('download-progress', listener);
      updater.on('error', refuse);
      try {
        await Promise.race([downloading, refused]);
      } catch (error) {
        if (!settled) wedged = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        updater.off('download-progress', listener);
        updater.off('error', refuse);
      }
    },
    // Silent on Windows (the one-click NSIS installer needs no questions), and the new version starts after.
    quitAndInstall: () => updater.quitAndInstall(true, true),
  };
}
