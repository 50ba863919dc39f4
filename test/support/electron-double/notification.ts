// Electron's Notification (docs/api/notification.md). On Windows a toast
// shows only when the app's AppUserModelID matches the Start-menu shortcut
// the installer made (docs/tutorial/notifications.md, "Windows"); the NSIS
// shortcut carries electron-builder's appId. Otherwise the toast never
// appears and 'failed' (_macOS_ _Windows_) is the only trace.
import { EventEmitter } from 'node:events';
import type { Notification, NotificationConstructorOptions } from 'electron';
import { preventableEvent } from './electron-event';
import type { DesktopWorld } from './world';

export class NotificationDouble extends EventEmitter implements Pick<Notification, 'show' | 'close' | 'title' | 'body'> {
  title: string;
  body: string;
  shown = false;

  constructor(private readonly world: DesktopWorld, options: NotificationConstructorOptions, private readonly onShown: (n: NotificationDouble) => void) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }

  show(): void {
    this.world.touch('Notification.show');
    const { platform, aumid, options } = this.world;
    if (platform.toastsNeedAumid && aumid !== options.installerAumid) {
      const error = `No toast: the AppUserModelID is ${aumid === null ? 'not set' : `"${aumid}"`}, the shortcut's is "${options.installerAumid}"`;
      this.world.record({ kind: 'notification-failed', title: this.title, error });
      setImmediate(() => this.emit('failed', preventableEvent(), error));
      return;
    }
    this.shown = true;
    this.onShown(this);
    this.emit('show', preventableEvent());
  }

  close(): void {
    this.emit('close', preventableEvent());
  }

  /** Test side: the user clicks the notification. */
  userClick(): void {
    if (!this.shown) throw new Error('Electron double: this notification never appeared on screen');
    this.emit('click', preventableEvent());
  }
}
