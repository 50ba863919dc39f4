// What crosses Electron's IPC and contextBridge is a structured clone: plain
// data survives, functions and class identity do not, and sending a function
// throws. JSON is close enough for our snapshots (no Dates, Maps or typed
// arrays cross our contract), and being strict where Electron is strict makes
// a non-cloneable payload fail here as it would in the app.

/** Same wording as Electron's error, so a failure reads like the real one. */
export class IpcCloneError extends Error {
  constructor(where: string) {
    super(`An object could not be cloned (${where}).`);
    this.name = 'IpcCloneError';
  }
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') throw new IpcCloneError(`${typeof value} at "${key}"`);
  if (typeof value === 'bigint') throw new IpcCloneError(`bigint at "${key}"`);
  return value;
}

/** JSON text of a payload, or undefined for `undefined` (which crosses as is). */
export function serializeForIpc(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return JSON.stringify(value, replacer);
}

export function cloneForIpc<T>(value: T): T {
  const text = serializeForIpc(value);
  return (text === undefined ? undefined : JSON.parse(text)) as T;
}
