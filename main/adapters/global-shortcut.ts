// Thin adapter: Electron's globalShortcut behind GlobalShortcutPort.
import { globalShortcut } from 'electron';
import type { GlobalShortcutPort } from '../ports';

export function createElectronGlobalShortcut(): GlobalShortcutPort {
  return {
    register: (accelerator, callback) => globalShortcut.register(accelerator, callback),
    unregister: (accelerator) => globalShortcut.unregister(accelerator),
  };
}
