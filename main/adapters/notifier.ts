// Thin adapter: Electron's Notification behind NotifierPort.
import { Notification } from 'electron';
import type { NotifierPort } from '../ports';

export function createElectronNotifier(log: (line: string) => void): NotifierPort {
  // Keep shown notifications referenced: a garbage-collected Notification
  // loses its click handler (electron/electron#12690).
  const live = new Set<Notification>();
  return {
    isSupported: () => Notification.isSupported(),
    show: ({ title, body, onClick }) => {
      const notification = new Notification({ title, body, silent: false });
      live.add(notification);
      notification.on('click', () => onClick?.());
      notification.on('close', () => live.delete(notification));
      // Windows without a matching AppUserModelID, unsigned macOS builds: the
      // toast never appears and this is the only trace (notification.md).
      notification.on('failed', (_event, error) => {
        live.delete(notification);
        log(`notification: the OS did not show it (${error})`);
      });
      notification.show();
    },
  };
}
