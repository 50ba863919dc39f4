// Typed access to `window.tallybar`, the object the preload exposes. Every
// command answers a `Result`; `call` unwraps it so components can use plain
// try/catch and get a typed `UiError` with the message main wrote for users.
import type { Command, Responses, Result, TallybarApi } from '../../../main/ipc/contract';
import type { ErrorCode, PlainError } from '../../../main/core/types';

declare global {
  interface Window {
    tallybar: TallybarApi;
  }
}

export class UiError extends Error {
  readonly code: ErrorCode | 'bridge_missing';
  readonly action: string | undefined;

  constructor(error: Pick<PlainError, 'message' | 'action'> & { code: UiError['code'] }) {
    super(error.message);
    this.name = 'UiError';
    this.code = error.code;
    this.action = error.action;
  }
}

export function getApi(): TallybarApi {
  const api = (globalThis as { tallybar?: TallybarApi }).tallybar;
  if (!api) {
    // Only happens when a page is opened outside Tallybar (e.g. in a browser).
    throw new UiError({ code: 'bridge_missing', message: 'Tallybar’s bridge to the app is missing: open this window from Tallybar.' });
  }
  return api;
}

export type CallArgs<C extends Command> = Parameters<TallybarApi[C]>;

/** Invokes a command and returns its value, or throws a `UiError`. */
export async function call<C extends Command>(command: C, ...args: CallArgs<C>): Promise<Responses[C]> {
  const api = getApi();
  // TS cannot narrow a union of method signatures through a generic key.
  const method = api[command] as unknown as (...a: CallArgs<C>) => Promise<Result<Responses[C]>>;
  let result: Result<Responses[C]>;
  try {
    result = await method(...args);
  } catch {
    throw new UiError({ code: 'internal', message: `Tallybar could not complete “${command}”. Try again; restart Tallybar if it keeps failing.` });
  }
  if (result.ok) return result.value;
  throw new UiError(result.error);
}

export function toUiError(error: unknown): UiError {
  if (error instanceof UiError) return error;
  return new UiError({ code: 'internal', message: 'Something went wrong in this window. Try again.' });
}
