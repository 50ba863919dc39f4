// Keeps the OS's global shortcut in step with the setting: registers the
// accelerator once the app is ready, unregisters the old one when it changes
// or is cleared, and on stop (global-shortcut.md unregisters on will-quit; our
// stop runs in before-quit, earlier). What the OS answered is in every snapshot.
import { checkAccelerator } from '../../common/accelerator';
import type { ShortcutProblem, ShortcutState } from '../../common/desktop-types';
import type { GlobalShortcutPort } from '../ports';

export interface GlobalShortcutControllerOptions {
  port: GlobalShortcutPort;
  /** Native Wayland: Electron binds through the desktop portal (global-shortcut.md, "Usage on Linux"). */
  viaPortal: boolean;
  onPress(): void;
}

export type GlobalShortcutController = ReturnType<typeof createGlobalShortcutController>;

const OFF: ShortcutState = { accelerator: '', registered: false, problem: null, viaPortal: false };

export function createGlobalShortcutController({ port, viaPortal, onPress }: GlobalShortcutControllerOptions) {
  let ready = false;
  let wanted = '';
  let state: ShortcutState = OFF;

  const release = (): void => {
    if (state.registered) port.unregister(state.accelerator);
    state = OFF;
  };

  const apply = (): void => {
    release();
    const check = checkAccelerator(wanted);
    // The settings schema lets only valid accelerators in (on IPC and on disk): anything else is off.
    if (!check.ok || check.accelerator === '') return;
    let registered = false;
    // A code, not a sentence: the snapshot carries it and the window words it in the language of the moment.
    let problem: ShortcutProblem | null;
    try {
      registered = port.register(check.accelerator, onPress);
      problem = registered ? null : 'refused';
    } catch {
      // Electron's own parser refused it (a conversion failure): said, never thrown into the snapshot's publish.
      problem = 'unreadable';
    }
    state = { accelerator: check.accelerator, registered, problem, viaPortal: registered && viaPortal };
  };

  return {
    state: (): ShortcutState => state,
    /** The setting's value; true when this changed what is registered (the snapshot is then out of date). */
    sync(accelerator: string): boolean {
      if (accelerator === wanted) return false;
      wanted = accelerator;
      if (ready) apply();
      return ready;
    },
    /** After app 'ready': globalShortcut cannot be used before (global-shortcut.md). */
    start(accelerator: string): void {
      ready = true;
      wanted = accelerator;
      apply();
    },
    stop(): void {
      release();
      ready = false;
    },
  };
}
