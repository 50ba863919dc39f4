// Typed access to `window.tallybar`, the object the preload exposes. Every
// command answers a `Result`; `call` unwraps it so components can use plain
// try/catch and get a typed `UiError` with the message main wrote for users.
import type { Command, Responses, Result, TallybarApi } from '../../../common/contract';
import { TallybarError } from '../../../common/tallybar-error';

declare global {
  interface Window {
    tallybar: TallybarApi;
  }
}

/** An error a window shows: one main answered with (already worded), or the window's own. */
export class UiError extends TallybarError {
  override name = 'UiError';
}

export function getApi(): TallybarApi {
  const api = (globalThis as { tallybar?: TallybarApi }).tallybar;
  if (!api) {
    // Only happens when a page is opened outside Tallybar (e.g. in a browser).
    throw new UiError('bridge_missing');
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
    throw new UiError('internal', { command });
  }
  if (result.ok) return result.value;
  throw UiError.fromPlain(result.error);
}

export function toUiError(error: unknown): UiError {
  if (error instanceof UiError) return error;
  return new UiError('internal');
}
