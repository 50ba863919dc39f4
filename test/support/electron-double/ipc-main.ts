// Electron's ipcMain: `handle` answers a page's ipcRenderer.invoke with the
// same registration rules and error wording as Electron (the e2e loopback);
// the event carries the sending window's real webContents and a senderFrame
// whose URL is the one Electron would report (app://…, not the test server's).
import { EventEmitter } from 'node:events';
import type { IpcMain } from 'electron';
import { LoopbackIpcMain } from '../e2e/loopback-ipc';
import type { ProtocolDouble } from './protocol';

interface SenderWindow {
  readonly webContents: { readonly id: number };
}

export class IpcMainDouble extends EventEmitter implements Pick<IpcMain, 'handle' | 'removeHandler'> {
  readonly windows = new Map<number, SenderWindow>();
  readonly loopback: LoopbackIpcMain;

  constructor(protocol: ProtocolDouble) {
    super();
    this.loopback = new LoopbackIpcMain((sender) => {
      const window = this.windows.get(sender.id);
      if (!window) throw new Error(`Electron double: an invoke from webContents ${sender.id}, which no window owns`);
      return {
        sender: window.webContents,
        senderFrame: sender.frameUrl === null ? null : { url: protocol.toAppUrl(sender.frameUrl), parent: sender.topFrame ? null : {} },
      };
    });
  }

  handle(channel: string, listener: Parameters<IpcMain['handle']>[1]): void {
    this.loopback.handle(channel, listener as Parameters<LoopbackIpcMain['handle']>[1]);
  }

  removeHandler(channel: string): void {
    this.loopback.removeHandler(channel);
  }
}
