// The desktops the Electron double models: what each OS (and, on Linux, each
// session) does differently for what Tallybar uses. Every field names the
// documentation or source it follows; the classes in this folder read these
// facts instead of branching on platform names themselves.
import type { Rectangle } from 'electron';

export type PlatformId = 'macos' | 'windows' | 'linux-x11' | 'linux-wayland' | 'linux-no-tray';

/** What a tray click does on a desktop (docs/api/tray.md, "Platform Considerations"). */
export type TrayClickModel =
  /** macOS: `click` fires, and then the context menu opens too if one is set (electron/electron#24196). */
  | 'click-then-menu'
  /** Windows: `click` on left, `right-click` on right; the context menu opens on right click only. */
  | 'click'
  /**
   * Linux, StatusNotifierItem: "the StatusNotifierItem spec does not specify which
   * action would cause an activation" (tray.md). GNOME's AppIndicator extension
   * opens the menu on left click and never activates: no `click` arrives.
   */
  | 'menu-only';

export interface DisplayModel {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
  scaleFactor: number;
}

export interface PlatformModel {
  id: PlatformId;
  /** `process.platform` in Electron's main process. */
  processPlatform: 'darwin' | 'win32' | 'linux';
  /** Environment the session sets (XDG_SESSION_TYPE, XDG_CURRENT_DESKTOP…). */
  env: Record<string, string>;
  displays: DisplayModel[];
  /** Where the tray icon sits; Linux reports zero bounds (tray.md: getBounds is _macOS_ _Windows_). */
  trayBounds: Rectangle;
  /** Where the user's pointer is when they click the tray icon. */
  trayClickPoint: { x: number; y: number };
  trayClick: TrayClickModel;
  /** A StatusNotifierItem host is running (GNOME needs the AppIndicator extension for one). */
  trayHost: boolean;
  /**
   * Wayland: "introspecting or programmatically changing the global window
   * coordinates is prohibited" (base-window.md, getPosition/setPosition);
   * getCursorScreenPoint and setAlwaysOnTop are "Not supported on Wayland".
   */
  wayland: boolean;
  /** Titles render next to the icon only on macOS (tray.md: setTitle _macOS_). */
  trayTitles: boolean;
  /** lock-screen / unlock-screen are _macOS_ _Windows_ only (power-monitor.md). */
  lockEvents: boolean;
  /** app.dock exists on macOS only (app.md: app.dock _macOS_ _Readonly_). */
  dock: boolean;
  /** Windows toasts need the app's AUMID to match its Start-menu shortcut (notification.md, tutorial/notifications.md). */
  toastsNeedAumid: boolean;
  /** Is the taskbar / menu bar drawn dark while the app theme is light? */
  systemUiDarkInLightMode: boolean;
  safeStorage: SafeStorageModel;
}

/**
 * safeStorage per platform, from shell/browser/api/electron_api_safe_storage.cc
 * (44-x-y) and Chromium's os_crypt: on Linux `getSelectedStorageBackend()` is the
 * synchronous OSCrypt's choice from the desktop name, while the async encryptor
 * resolves `isAsyncEncryptionAvailable()` true once any key provider is ready,
 * including the fallback one with a hard-coded key when no Secret Service runs.
 * Chromium marks ciphertext made with that hard-coded key with the `v10`
 * prefix and keyring-protected ciphertext with `v11` (os_crypt_linux).
 */
export interface SafeStorageModel {
  /** What getSelectedStorageBackend() answers after ready (Linux only). */
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet5' | 'kwallet6' | null;
  /** Version prefix of what encryptStringAsync returns. */
  cipherPrefix: 'v10' | 'v11';
}

const MAC_DISPLAY: DisplayModel = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1512, height: 982 },
  // The menu bar (and the notch) take the top 38 px.
  workArea: { x: 0, y: 38, width: 1512, height: 944 },
  scaleFactor: 2,
};

const WINDOWS_DISPLAY: DisplayModel = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  // The taskbar along the bottom edge.
  workArea: { x: 0, y: 0, width: 1920, height: 1032 },
  scaleFactor: 1.25,
};

const GNOME_DISPLAY: DisplayModel = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  // GNOME's top bar.
  workArea: { x: 0, y: 32, width: 1920, height: 1048 },
  scaleFactor: 1,
};

const ZERO = { x: 0, y: 0, width: 0, height: 0 };

const linux = (id: PlatformId, overrides: Partial<PlatformModel>): PlatformModel => ({
  id,
  processPlatform: 'linux',
  env: { XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', DISPLAY: ':0' },
  displays: [GNOME_DISPLAY],
  trayBounds: ZERO,
  trayClickPoint: { x: 1780, y: 16 },
  trayClick: 'menu-only',
  trayHost: true,
  wayland: false,
  trayTitles: false,
  lockEvents: false,
  dock: false,
  toastsNeedAumid: false,
  // GNOME's top bar is dark in the light theme too.
  systemUiDarkInLightMode: true,
  safeStorage: { backend: 'gnome_libsecret', cipherPrefix: 'v11' },
  ...overrides,
});

export const PLATFORMS: Record<PlatformId, PlatformModel> = {
  macos: {
    id: 'macos',
    processPlatform: 'darwin',
    env: {},
    displays: [MAC_DISPLAY],
    trayBounds: { x: 1180, y: 0, width: 30, height: 38 },
    trayClickPoint: { x: 1195, y: 18 },
    trayClick: 'click-then-menu',
    trayHost: true,
    wayland: false,
    trayTitles: true,
    lockEvents: true,
    dock: true,
    toastsNeedAumid: false,
    systemUiDarkInLightMode: false,
    safeStorage: { backend: null, cipherPrefix: 'v10' },
  },
  windows: {
    id: 'windows',
    processPlatform: 'win32',
    env: {},
    displays: [WINDOWS_DISPLAY],
    trayBounds: { x: 1740, y: 1040, width: 24, height: 40 },
    trayClickPoint: { x: 1752, y: 1060 },
    trayClick: 'click',
    trayHost: true,
    wayland: false,
    trayTitles: false,
    lockEvents: true,
    dock: false,
    toastsNeedAumid: true,
    // Windows 11's default: dark taskbar ("system" theme) with light apps.
    systemUiDarkInLightMode: true,
    safeStorage: { backend: null, cipherPrefix: 'v10' },
  },
  'linux-x11': linux('linux-x11', {}),
  'linux-wayland': linux('linux-wayland', {
    env: { XDG_SESSION_TYPE: 'wayland', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', WAYLAND_DISPLAY: 'wayland-0' },
    wayland: true,
  }),
  'linux-no-tray': linux('linux-no-tray', { trayHost: false }),
};

export const PLATFORM_IDS = Object.keys(PLATFORMS) as PlatformId[];
