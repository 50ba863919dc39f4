// How Tallybar adapts to each desktop, decided by pure functions so the
// adapters stay thin and every choice is tested. Each rule names the
// Electron doc or issue it follows.
import { t } from '../../common/i18n';

export type TrayMenuStrategy =
  /**
   * macOS and Windows: open the menu ourselves on right-click. With
   * setContextMenu, macOS opens the menu on left click too, after `click`
   * (electron/electron#24196), so a click would show popover and menu at once.
   */
  | 'pop-up-on-right-click'
  /** Linux: StatusNotifierItem hosts may never deliver a click (tray.md), so the menu must always be set. */
  | 'context-menu';

export function trayMenuStrategy(platform: NodeJS.Platform): TrayMenuStrategy {
  return platform === 'linux' ? 'context-menu' : 'pop-up-on-right-click';
}

export interface TaskbarFacts {
  platform: NodeJS.Platform;
  /** `XDG_CURRENT_DESKTOP` (Linux), e.g. `ubuntu:GNOME` or `KDE`. */
  desktop: string | undefined;
  /** nativeTheme.shouldUseDarkColors: the app's (and, on macOS and Linux, the OS's) theme. */
  appDark: boolean;
  /** nativeTheme.shouldUseDarkColorsForSystemIntegratedUI (_macOS_ _Windows_): the taskbar's theme on Windows. */
  systemUiDark: boolean;
}

/**
 * Is the bar the tray icon is drawn on dark? Icons are picked by where they
 * are drawn, not by the app's theme: the Windows taskbar follows the system
 * theme (native-theme.md); GNOME's top bar is dark in the light theme too.
 */
export function taskbarIsDark(facts: TaskbarFacts): boolean {
  if (facts.platform === 'win32') return facts.systemUiDark;
  if (facts.platform === 'linux' && /(^|:)GNOME($|:)/i.test(facts.desktop ?? '')) return true;
  return facts.appDark;
}

/** Where the popover window comes from on this session. */
export type PopoverPlacement =
  /** Frameless, placed by us against the tray icon (or the cursor). */
  | 'anchored'
  /**
   * Wayland: "introspecting or programmatically changing the global window
   * coordinates is prohibited" (base-window.md), getCursorScreenPoint and
   * alwaysOnTop are "Not supported on Wayland". A frameless window would land
   * wherever the compositor puts it with nothing to move it by, so the
   * popover is a normal framed window the compositor places (and the user can move).
   */
  | 'compositor-placed';

export function popoverPlacement(opts: { platform: NodeJS.Platform; env: Record<string, string | undefined>; ozonePlatform: string }): PopoverPlacement {
  if (opts.platform !== 'linux') return 'anchored';
  // Electron 38+ runs natively on Wayland when the session offers it (ozone-platform-hint=auto);
  // `--ozone-platform=x11` runs it under XWayland, where positions work.
  if (opts.ozonePlatform === 'x11') return 'anchored';
  const wayland = opts.env.XDG_SESSION_TYPE === 'wayland' || Boolean(opts.env.WAYLAND_DISPLAY);
  return wayland ? 'compositor-placed' : 'anchored';
}

/**
 * What `gdbus call … org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher
 * IsStatusNotifierHostRegistered` says: true/false when it answered, false when
 * no watcher exists on the bus (GNOME without the AppIndicator extension), null
 * when we could not ask (no gdbus, no session bus): then assume a tray.
 */
export function parseTrayHostAnswer(result: { stdout: string; stderr: string; failed: boolean; missingTool: boolean }): boolean | null {
  if (result.missingTool) return null;
  if (!result.failed) {
    if (/<true>|\btrue\b/.test(result.stdout)) return true;
    if (/<false>|\bfalse\b/.test(result.stdout)) return false;
    return null;
  }
  return /ServiceUnknown|was not provided by any \.service files|NameHasNoOwner/.test(result.stderr) ? false : null;
}

/**
 * Shown once, in the details window, where GNOME draws no tray icon at all.
 * Its words are a function: the notice stays up while the language may change.
 */
export const NO_TRAY_HOST_HINT = {
  id: 'no-tray-host',
  words: () => t('system.noTrayHost'),
} as const;
