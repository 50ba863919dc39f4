// A BrowserWindow's webContents: its id (how the IPC gate knows the window),
// sends that reach the page's listeners in order, the URL and loading state,
// and the hooks the app sets on it (window.open handler, permissions).
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import type { PushQueue } from '../e2e/chromium-window';

/** What a webContents asks of the window it belongs to. */
export interface WebContentsOwner {
  /** Throws "Object has been destroyed" once the window is. */
  alive(method: string): void;
  isDestroyed(): boolean;
}

export class WebContentsDouble extends EventEmitter implements Pick<WebContents, 'id' | 'send' | 'getURL' | 'isLoading' | 'isDestroyed' | 'setWindowOpenHandler' | 'closeDevTools'> {
  readonly session = {
    permissionRequestHandler: null as unknown,
    permissionCheckHandler: null as unknown,
    setPermissionRequestHandler: (handler: unknown) => void (this.session.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: unknown) => void (this.session.permissionCheckHandler = handler),
  };
  windowOpenHandler: Parameters<WebContents['setWindowOpenHandler']>[0] | null = null;
  url = '';
  loading = false;
  pushes: PushQueue | null = null;

  constructor(readonly id: number, private readonly owner: WebContentsOwner) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    this.owner.alive('webContents.send');
    // Before the page exists nobody listens: Electron drops the message too.
    this.pushes?.send(channel, args[0]);
  }

  getURL(): string {
    return this.url;
  }

  isLoading(): boolean {
    return this.loading;
  }

  isDestroyed(): boolean {
    return this.owner.isDestroyed();
  }

  setWindowOpenHandler(handler: Parameters<WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }

  closeDevTools(): void {}
}
