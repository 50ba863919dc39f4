// Thin adapter: Electron's Notification behind NotifierPort.
import { Notification } from 'electron';
import type { NotifierPort } from '../ports';

export function createElectronNotifier(): NotifierPort {
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
      notification.show();
    },
  };
}
