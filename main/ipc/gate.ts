// The one door into main. Every invoke from a window passes here: the sender
// must be our window on our page, the payload must parse with the command's
// schema, and whatever happens the renderer gets a `Result` envelope — never
// an exception (Electron would pass its message through as a string), never a
// stack, never a secret.
import type { z } from 'zod';
import { COMMANDS, invokeChannel, type Command, type Responses, type Result } from '../../common/contract';
import { requestSchemas } from './request-schemas';
import { t } from '../../common/i18n';
import { errorForIpc, internalError } from './errors';
import type { InvokeEventLike } from './invoke-event';
import { declaredFieldNames, summarizeIssues } from './request-issues';
import { containsSecret } from './response-guard';

export { createSenderPolicy } from './sender-policy';

export type Handlers = {
  [C in Command]: (
    request: z.output<(typeof requestSchemas)[C]>,
    ctx: { senderId: number },
  ) => Promise<Responses[C]> | Responses[C];
};

export type { InvokeEventLike } from './invoke-event';

/** The part of Electron's IpcMain the gate uses; the real one satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface IpcGateOptions {
  ipcMain: IpcMainLike;
  handlers: Handlers;
  isTrustedSender: (event: InvokeEventLike) => boolean;
  /** Lines never hold a payload, a response or a secret. */
  log?: (line: string) => void;
  /** True for a value the vault holds: such a response is replaced, not sent. */
  isSecret?: (value: string) => boolean;
}

const FIELD_NAMES = declaredFieldNames(Object.values(requestSchemas));

const forbidden = (): Result<never> => ({
  ok: false,
  error: { code: 'forbidden_sender', message: t('errors.forbiddenSender.window') },
});

function safeLog(log: ((line: string) => void) | undefined): (line: string) => void {
  return (line) => {
    try {
      log?.(line);
    } catch {
      // A failing logger must not become the renderer's problem.
    }
  };
}

function trusted(opts: IpcGateOptions, event: InvokeEventLike): boolean {
  try {
    return opts.isTrustedSender(event) === true;
  } catch {
    return false;
  }
}

function senderIdOf(event: InvokeEventLike): number {
  try {
    return typeof event.sender?.id === 'number' ? event.sender.id : -1;
  } catch {
    return -1;
  }
}

/**
 * zod can throw instead of failing on hostile shapes (a string check reading
 * `length` from an object whose `length` has no prototype): that is an invalid
 * request too, not a gate failure.
 */
function safeParse(command: Command, payload: unknown) {
  try {
    return requestSchemas[command].safeParse(payload);
  } catch {
    return { success: false as const, error: { issues: [] } };
  }
}

async function answer<C extends Command>(
  command: C,
  opts: IpcGateOptions,
  event: InvokeEventLike,
  args: unknown[],
): Promise<Result<Responses[C]>> {
  const log = safeLog(opts.log);
  const senderId = senderIdOf(event);
  if (!trusted(opts, event)) {
    log(`ipc: refused ${command} from untrusted sender ${senderId}`);
    return forbidden();
  }
  if (args.length > 1) {
    const message = t('errors.request.tooManyArguments', { command, count: String(args.length) });
    return { ok: false, error: { code: 'invalid_request', message } };
  }
  const parsed = safeParse(command, args[0]);
  if (!parsed.success) {
    const message = summarizeIssues(command, parsed.error.issues, FIELD_NAMES);
    log(`ipc: rejected an invalid ${command} request from sender ${senderId}`);
    return { ok: false, error: { code: 'invalid_request', message } };
  }
  let value: Responses[C];
  try {
    const handler = opts.handlers[command];
    value = await handler(parsed.data as never, { senderId });
  } catch (error) {
    const plain = errorForIpc(error);
    if (plain.code === 'internal') log(`ipc: ${command} failed with an unexpected error`);
    if (opts.isSecret !== undefined && containsSecret(plain, opts.isSecret)) {
      log(`ipc: BUG: the error of ${command} contained a secret and was withheld`);
      return { ok: false, error: internalError() };
    }
    return { ok: false, error: plain };
  }
  if (opts.isSecret !== undefined && containsSecret(value, opts.isSecret)) {
    // A bug somewhere upstream: say where, never what.
    log(`ipc: BUG: response of ${command} contained a secret and was withheld`);
    return { ok: false, error: internalError() };
  }
  return { ok: true, value };
}

/** Registers one handler per contract command; returns the unregister. */
export function registerIpcGate(opts: IpcGateOptions): () => void {
  const channels: string[] = [];
  for (const command of COMMANDS) {
    const channel = invokeChannel(command);
    opts.ipcMain.handle(channel, async (event, ...args) => {
      try {
        return await answer(command, opts, event, args);
      } catch {
        // Only a bug in the gate itself lands here; still no exception to Electron.
        safeLog(opts.log)(`ipc: BUG: gate failed while answering ${command}`);
        return { ok: false, error: internalError() };
      }
    });
    channels.push(channel);
  }
  let registered = true;
  return () => {
    if (!registered) return;
    registered = false;
    for (const channel of channels) opts.ipcMain.removeHandler(channel);
  };
}
