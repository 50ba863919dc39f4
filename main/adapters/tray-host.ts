// Thin adapter: asks the session bus whether anything will draw a tray icon.
// GNOME without the AppIndicator extension runs no StatusNotifierItem host,
// and Electron's Tray then shows nothing at all, with no error to catch.
import { execFile } from 'node:child_process';
import { parseTrayHostAnswer } from '../core/platform-behaviour';

const ASK = [
  'call', '--session', '--timeout', '2',
  '--dest', 'org.kde.StatusNotifierWatcher', '--object-path', '/StatusNotifierWatcher',
  '--method', 'org.freedesktop.DBus.Properties.Get', 'org.kde.StatusNotifierWatcher', 'IsStatusNotifierHostRegistered',
];

/** True/false when the bus answered; null when it could not be asked. Linux only. */
export function linuxTrayHostAvailable(): Promise<boolean | null> {
  return new Promise((resolve) => {
    execFile('gdbus', ASK, { timeout: 3_000 }, (error, stdout, stderr) => {
      const missingTool = (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
      resolve(parseTrayHostAnswer({ stdout: String(stdout), stderr: String(stderr), failed: error !== null, missingTool }));
    });
  });
}
