// Electron's globalShortcut (docs/api/global-shortcut.md,
// shell/browser/api/electron_api_global_shortcut.cc): every method throws
// before app 'ready'; an accelerator Electron cannot parse fails the argument
// conversion (gin_converters/accelerator_converter.cc); register answers false
// when another app holds the keys ("this call will silently fail") except on
// Wayland, where the desktop portal takes the bind and register answers true
// whatever the portal later decides (IsRegistrationHandledExternally); the
// process's shortcuts go when it exits (GlobalShortcut::Dispose).
import type { GlobalShortcut } from 'electron';
import type { DesktopWorld } from './world';

/**
 * Electron's own reading of an accelerator (ui/base/accelerators, via
 * accelerator_util::StringToAccelerator), kept apart from Tallybar's
 * common/accelerator.ts so the double cannot agree with a bug there: tokens
 * are case-insensitive, aliases are one modifier, exactly one key.
 */
const MODIFIERS: Record<string, string> = {
  command: 'cmd', cmd: 'cmd', control: 'ctrl', ctrl: 'ctrl', commandorcontrol: 'cmdorctrl', cmdorctrl: 'cmdorctrl',
  alt: 'alt', option: 'alt', altgr: 'altgr', shift: 'shift', super: 'super', meta: 'super',
};
const KEY_ALIASES: Record<string, string> = { enter: 'return', esc: 'escape', plus: '+' };

function electronKey(accelerator: string): string | null {
  const tokens = accelerator.toLowerCase().split('+');
  if (accelerator.endsWith('++')) tokens.splice(-2, 2, '+');
  const modifiers = new Set<string>();
  const keys: string[] = [];
  for (const token of tokens) {
    if (token === '') return null;
    const modifier = MODIFIERS[token];
    if (modifier) modifiers.add(modifier);
    else keys.push(KEY_ALIASES[token] ?? token);
  }
  if (keys.length !== 1) return null;
  return [...[...modifiers].sort(), keys[0]].join('+');
}

export class GlobalShortcutDouble implements Pick<GlobalShortcut, 'register' | 'unregister' | 'unregisterAll' | 'isRegistered'> {
  private readonly registered = new Map<string, { accelerator: string; callback: () => void }>();
  /** What the app still held when 'will-quit' fired (global-shortcut.md unregisters there). */
  heldAtWillQuit: string[] | null = null;

  constructor(private readonly world: DesktopWorld) {
    world.onExit(() => this.registered.clear());
  }

  private parse(accelerator: string): string {
    this.world.touch('globalShortcut');
    this.world.requireReady('globalShortcut cannot be used before the app is ready');
    const key = electronKey(accelerator);
    if (key === null) throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
    return key;
  }

  private takenByOthers(key: string): boolean {
    return (this.world.options.shortcutsTaken ?? []).some((taken) => electronKey(taken) === key);
  }

  register(accelerator: string, callback: () => void): boolean {
    const key = this.parse(accelerator);
    if (this.registered.has(key)) return false;
    if (this.takenByOthers(key) && !this.world.platform.wayland) return false;
    this.registered.set(key, { accelerator, callback });
    return true;
  }

  unregister(accelerator: string): void {
    this.registered.delete(this.parse(accelerator));
  }

  unregisterAll(): void {
    this.world.requireReady('globalShortcut cannot be used before the app is ready');
    this.registered.clear();
  }

  isRegistered(accelerator: string): boolean {
    return this.registered.has(this.parse(accelerator));
  }

  /** Accelerators the app holds, as it spelled them. */
  held(): string[] {
    return [...this.registered.values()].map((r) => r.accelerator);
  }

  /** Called by the app double as it emits 'will-quit'. */
  willQuit(): void {
    this.heldAtWillQuit = this.held();
  }

  /**
   * Test side: the user presses the keys anywhere on the desktop. Keys another
   * app holds go to that app (on Wayland the portal never bound them for us).
   * Answers whether the app's callback ran.
   */
  userPress(accelerator: string): boolean {
    this.world.userInput();
    const key = electronKey(accelerator);
    if (key === null || this.takenByOthers(key)) return false;
    const entry = this.registered.get(key);
    entry?.callback();
    return entry !== undefined;
  }
}
