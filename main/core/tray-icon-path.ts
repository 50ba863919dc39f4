// Which tray image file to load, decided without touching Electron so it can be
// unit-tested and shared with the icon renderer (assets/render-icons.ts), which
// names its output with these same functions — a renamed state cannot drift.
import { join } from 'node:path';

export const TRAY_ICON_STATES = ['normal', 'syncing', 'stale', 'error', 'privacy'] as const;
export type TrayIconState = (typeof TRAY_ICON_STATES)[number];

/** Theme of the taskbar / panel the icon sits on (Electron: `nativeTheme.shouldUseDarkColors`). */
export type TrayTheme = 'light' | 'dark';

/** Logical size in px; each file has an `@2x` sibling twice as large. */
export const TRAY_ICON_SIZE = 16;

/**
 * File name, relative to the tray assets directory, of the @1x image for a state.
 *
 * - macOS gets a template image: the `Template` suffix makes Electron mark the
 *   image as a template, so AppKit tints it for light/dark menu bars and for
 *   the highlighted (clicked) state by itself — `theme` is ignored there.
 * - Windows and Linux have no template images: `-light` is a dark glyph for a
 *   light taskbar, `-dark` a light glyph for a dark one.
 *
 * Electron's `nativeImage.createFromPath` picks up the `@2x` sibling (see
 * `retinaFile`) on high-DPI screens when given this @1x path.
 */
export function trayIconFile(state: TrayIconState, platform: NodeJS.Platform, theme: TrayTheme): string {
  if (platform === 'darwin') return `tray-${state}Template.png`;
  // Windows: "It is recommended to use ICO icons to get best visual effects"
  // (tray.md); a PNG is scaled, and blurs, at 125–150 % display scaling.
  if (platform === 'win32') return `tray-${state}-${theme}.ico`;
  return `tray-${state}-${theme}.png`;
}

/** Pixel sizes each tray .ico holds: 16 px at 100 %, 125 %, 150 %, 200 %, 250 % and 300 % scaling. */
export const TRAY_ICO_SIZES = [16, 20, 24, 32, 40, 48] as const;

/** Every Windows tray .ico `trayIconFile` can name. */
export function allTrayIcoFiles(): { file: string; theme: TrayTheme; state: TrayIconState }[] {
  return TRAY_ICON_STATES.flatMap((state) => (['light', 'dark'] as const).map((theme) => ({ file: trayIconFile(state, 'win32', theme), theme, state })));
}

/** `tray-normal-dark.png` → `tray-normal-dark@2x.png`. */
export function retinaFile(file: string): string {
  if (!file.endsWith('.png')) throw new Error(`Expected a .png tray icon file name, got "${file}"`);
  return `${file.slice(0, -'.png'.length)}@2x.png`;
}

/** Every PNG `trayIconFile` can name (macOS and Linux), @1x and @2x, for packaging checks and the renderer. */
export function allTrayIconFiles(): { file: string; size: number; template: boolean; theme: TrayTheme | null }[] {
  const out: { file: string; size: number; template: boolean; theme: TrayTheme | null }[] = [];
  for (const state of TRAY_ICON_STATES) {
    const variants: { file: string; template: boolean; theme: TrayTheme | null }[] = [
      { file: trayIconFile(state, 'darwin', 'light'), template: true, theme: null },
      { file: trayIconFile(state, 'linux', 'light'), template: false, theme: 'light' },
      { file: trayIconFile(state, 'linux', 'dark'), template: false, theme: 'dark' },
    ];
    for (const v of variants) {
      out.push({ ...v, size: TRAY_ICON_SIZE });
      out.push({ ...v, file: retinaFile(v.file), size: TRAY_ICON_SIZE * 2 });
    }
  }
  return out;
}

/**
 * Directory holding the tray images at run time.
 * Packaged: electron-builder copies `assets/tray/*.png` to `<resources>/tray`
 * (extraResources in electron-builder.yml), outside app.asar, because
 * buildResources (`assets/`) is never packed into the app itself.
 * Development: straight from the repo, `<appPath>/assets/tray`.
 */
export function trayAssetsDir(opts: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return opts.isPackaged ? join(opts.resourcesPath, 'tray') : join(opts.appPath, 'assets', 'tray');
}
