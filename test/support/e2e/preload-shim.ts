// Runs the real preload bundle (out/preload/index.cjs, CommonJS that does
// `require('electron')`) inside a Chromium page, the way Electron would run
// it before the page's own scripts. `require`, `module` and the listener
// table live in a closure: the page sees only what the preload exposes
// through contextBridge, as with contextIsolation.
import { readFileSync } from 'node:fs';
import { PRELOAD_BUNDLE, requireBuilt } from './paths';

/** Page-side names of the bridge; the invoke binding is removed from window once captured. */
export const INVOKE_BINDING = '__tallybarIpcInvoke';
export const DISPATCH_FUNCTION = '__tallybarIpcDispatch';

/**
 * The shim itself, as page code. Kept as a real function so TypeScript checks
 * it, then stringified: it must not close over anything from Node.
 */
function shim(names: { invoke: string; dispatch: string }, runPreload: (require: (id: string) => unknown, module: { exports: unknown }) => void): void {
  // Electron runs preloads in the main frame only (nodeIntegrationInSubFrames is off).
  if (window !== window.top) return;
  const host = window as unknown as Record<string, unknown>;
  const invokeBinding = host[names.invoke] as ((channel: string, json: string, undefinedAt: number[]) => Promise<unknown>) | undefined;
  delete host[names.invoke];

  const strict = (key: string, value: unknown): unknown => {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new Error(`An object could not be cloned (${typeof value} at "${key}").`);
    }
    return value;
  };
  const listeners = new Map<string, Array<(event: unknown, ...args: unknown[]) => void>>();

  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      if (!invokeBinding) return Promise.reject(new Error('Tallybar e2e: the IPC binding was not installed before the preload ran.'));
      let json: string;
      try {
        // Cloned here, so a non-cloneable payload rejects in the page as contextBridge would.
        json = JSON.stringify(args.map((arg) => (arg === undefined ? null : arg)), strict);
      } catch (error) {
        return Promise.reject(error);
      }
      // JSON has no undefined; say which top-level arguments were undefined (a command with no payload).
      const undefinedAt = args.flatMap((arg, index) => (arg === undefined ? [index] : []));
      return invokeBinding(channel, json, undefinedAt);
    },
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
      const list = listeners.get(channel) ?? [];
      const index = list.indexOf(listener);
      if (index >= 0) listeners.set(channel, [...list.slice(0, index), ...list.slice(index + 1)]);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      Object.defineProperty(window, key, { value: api, enumerable: true, writable: false, configurable: false });
    },
  };

  // Main's webContents.send lands here; each listener gets its own copy, as
  // contextBridge clones per call. Answers how many listeners it reached.
  Object.defineProperty(window, names.dispatch, {
    enumerable: false,
    writable: false,
    configurable: false,
    value: (channel: string, json: string | undefined): number => {
      const list = listeners.get(channel) ?? [];
      for (const listener of list) {
        const payload = json === undefined ? undefined : (JSON.parse(json) as unknown);
        try {
          listener({ senderId: 0 }, payload);
        } catch (error) {
          // Like an exception in an Electron IPC listener: reported, not fatal to the sender.
          setTimeout(() => {
            throw error;
          });
        }
      }
      return list.length;
    },
  });

  const require = (id: string): unknown => {
    if (id === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`Cannot find module '${id}' (a sandboxed preload can only require 'electron')`);
  };
  runPreload(require, { exports: {} });
}

/** The init script: shim + the preload bundle's exact text as a CommonJS module body. */
export function preloadInitScript(bundlePath: string = PRELOAD_BUNDLE): string {
  requireBuilt(bundlePath);
  const bundle = readFileSync(bundlePath, 'utf8');
  const names = JSON.stringify({ invoke: INVOKE_BINDING, dispatch: DISPATCH_FUNCTION });
  return `(${shim.toString()})(${names}, function (require, module) { var exports = module.exports;\n${bundle}\n});`;
}
