// Electron's ipcMain.handle / ipcRenderer.invoke, over a loopback instead of
// Chromium's IPC: same registration rules, same error wording, payloads
// cloned in both directions, and the sender's identity (webContents id and
// frame URL) passed to the handler so main's gate checks it for real.
// Every request and answer is logged for the "no secret crosses" scenarios.
import type { InvokeEventLike, IpcMainLike } from '../../../main/ipc/gate';
import { cloneForIpc, serializeForIpc } from './ipc-clone';

type InvokeListener = Parameters<IpcMainLike['handle']>[1];

export type IpcLogEntry =
  | {
      kind: 'invoke';
      channel: string;
      senderId: number;
      frameUrl: string | null;
      request: unknown;
      /** The cloned answer the page received, when the handler resolved. */
      response?: unknown;
      /** The message the page's promise rejected with. */
      error?: string;
    }
  | { kind: 'push'; channel: string; windowId: number; payload: unknown };

export interface InvokeSender {
  /** The webContents id of the page that invoked. */
  id: number;
  frameUrl: string | null;
  /** False for an iframe: Electron's senderFrame.parent is then set. */
  topFrame: boolean;
}

export class LoopbackIpcMain implements IpcMainLike {
  readonly log: IpcLogEntry[] = [];
  private readonly handlers = new Map<string, InvokeListener>();

  /**
   * `eventFor` builds the event a handler receives; the Electron double passes
   * its real webContents and frame objects. Default: just the ids the gate reads.
   */
  constructor(private readonly eventFor: (sender: InvokeSender) => InvokeEventLike = defaultEvent) {}

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  channels(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * What `ipcRenderer.invoke(channel, ...args)` does on main's side. Args
   * arrive already cloned by the page's shim; the answer is cloned here.
   */
  async invoke(sender: InvokeSender, channel: string, args: unknown[]): Promise<unknown> {
    return this.deliver(this.eventFor(sender), channel, args, { senderId: sender.id, frameUrl: sender.frameUrl });
  }

  /**
   * Main-process tests: an invoke carrying exactly `event` (any sender or
   * frame, however malformed) and `args` as given, uncloned, so a fuzzer can
   * hand the gate values no renderer could send; the answer is cloned.
   */
  invokeWithEvent(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    return this.deliver(event, channel, args, { senderId: event.sender.id, frameUrl: event.senderFrame?.url ?? null }, (arg) => arg);
  }

  private async deliver(
    event: InvokeEventLike,
    channel: string,
    args: unknown[],
    from: { senderId: number; frameUrl: string | null },
    cloneArg: (arg: unknown) => unknown = cloneForIpc,
  ): Promise<unknown> {
    const entry: IpcLogEntry & { kind: 'invoke' } = { kind: 'invoke', channel, ...from, request: args.length <= 1 ? args[0] : args };
    this.log.push(entry);
    const handler = this.handlers.get(channel);
    if (!handler) {
      entry.error = `No handler registered for '${channel}'`;
      throw new Error(entry.error);
    }
    try {
      const response = cloneForIpc(await handler(event, ...args.map(cloneArg)));
      entry.response = response;
      return response;
    } catch (error) {
      // Electron sends only this string across; the error itself stays in main.
      entry.error = `Error invoking remote method '${channel}': ${String(error)}`;
      throw new Error(entry.error, { cause: error });
    }
  }

  recordPush(windowId: number, channel: string, payload: unknown): void {
    this.log.push({ kind: 'push', channel, windowId, payload });
  }

  /** Everything that crossed, as one text, for secret scans. */
  logText(): string {
    return this.log.map((entry) => serializeForIpc(entry) ?? '').join('\n');
  }
}

function defaultEvent(sender: InvokeSender): InvokeEventLike {
  return {
    sender: { id: sender.id },
    senderFrame: sender.frameUrl === null ? null : { url: sender.frameUrl, parent: sender.topFrame ? null : {} },
  };
}
