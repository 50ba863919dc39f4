// Keeps the OS's global shortcut in step with the setting: registers the
// accelerator once the app is ready, unregisters the old one when it changes
// or is cleared, and on stop (global-shortcut.md unregisters on will-quit; our
// stop runs in before-quit, earlier). What the OS answered is in every snapshot,
// worded when the snapshot is built, so a language switch re-words it.
import { checkAccelerator, displayAccelerator, type AcceleratorPlatform } from '../../common/accelerator';
import { shortcutRefused, shortcutUnreadable } from '../../common/shortcut-words';
import type { ShortcutState } from '../../common/desktop-types';
import type { GlobalShortcutPort } from '../ports';

export interface GlobalShortcutControllerOptions {
  port: GlobalShortcutPort;
  platform: AcceleratorPlatform;
  /** Native Wayland: Electron binds through the desktop portal (global-shortcut.md, "Usage on Linux"). */
  viaPortal: boolean;
  onPress(): void;
}

export type GlobalShortcutController = ReturnType<typeof createGlobalShortcutController>;

const OFF: ShortcutState = { accelerator: '', registered: false, problem: null, viaPortal: false };

export function createGlobalShortcutController({ port, platform, viaPortal, onPress }: GlobalShortcutControllerOptions) {
  let ready = false;
  let wanted = '';
  let state: ShortcutState = OFF;
  /** What the OS answered, kept as how to word it (null: no problem). */
  let problem: (() => string) | null = null;

  const release = (): void => {
    if (state.registered) port.unregister(state.accelerator);
    state = OFF;
    problem = null;
  };

  const apply = (): void => {
    release();
    const check = checkAccelerator(wanted);
    // The settings schema lets only valid accelerators in (on IPC and on disk): anything else is off.
    if (!check.ok || check.accelerator === '') return;
    const { accelerator } = check;
    const shown = (): string => displayAccelerator(accelerator, platform);
    let registered = false;
    try {
      registered = port.register(check.accelerator, onPress);
      problem = registered ? null : () => shortcutRefused(shown());
    } catch {
      // Electron's own parser refused it (a conversion failure): said, never thrown into the snapshot's publish.
      problem = () => shortcutUnreadable(shown());
    }
    state = { accelerator: check.accelerator, registered, problem: null, viaPortal: registered && viaPortal };
  };

  return {
    state: (): ShortcutState => ({ ...state, problem: problem ? problem() : null }),
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
