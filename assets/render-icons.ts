// Renders every icon Tallybar ships from the SVG sources in this folder:
//   npm run icons            → assets/icon.png, assets/icon.ico, assets/icons/NxN.png, assets/tray/*.png
//   npm run icons -- --sheet → also artifacts/icon-sheet.png, an enlarged contact sheet to eyeball
// The PNGs are committed, so packaging never needs this script (or resvg's native binary);
// test/main/assets.test.ts re-renders in memory and fails if a committed file is out of date.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  TRAY_ICON_SIZE,
  TRAY_ICON_STATES,
  retinaFile,
  TRAY_ICO_SIZES,
  trayIconFile,
  type TrayIconState,
  type TrayTheme,
} from '../main/core/tray-icon-path';
import { encodeIco } from './ico';

export const ASSETS_DIR = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS_DIR = join(ASSETS_DIR, '..', 'artifacts');

/** Linux icon set (electron-builder reads `icons/NxN.png` from buildResources). */
export const APP_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Sizes Windows asks an .ico for (Explorer, taskbar, Alt-Tab, installer). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** Glyph colours for non-template tray icons: dark on light taskbars, light on dark ones. */
const GLYPH: Record<TrayTheme, string> = { light: '#1F2937', dark: '#F3F4F6' };
/** Badge colours, tuned for contrast on each taskbar (Tailwind 600 on light, 400 on dark). */
const ACCENT: Record<TrayTheme, Partial<Record<TrayIconState, string>>> = {
  light: { syncing: '#2563EB', stale: '#B45309', error: '#DC2626' },
  dark: { syncing: '#60A5FA', stale: '#FBBF24', error: '#F87171' },
};
/** macOS template images: only alpha matters (AppKit tints them), so pure black. */
const TEMPLATE = '#000000';

/** One output file, path relative to assets/. */
export interface IconFile {
  path: string;
  data: Buffer;
}

function render(svg: string, size: number): { png: Buffer; rgba: Buffer } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`Rendered ${image.width}x${image.height}, expected ${size}x${size}: is the SVG square?`);
  }
  return { png: image.asPng(), rgba: image.pixels };
}

/** Recolours a tray source: `color` on <svg> is the glyph, `color` on #badge the state badge. */
export function recolourTray(svg: string, glyph: string, accent: string): string {
  if (!/<svg\b[^>]*?\scolor="/.test(svg)) {
    throw new Error('Tray SVG source has no color="…" attribute on its <svg> element');
  }
  return svg
    .replace(/(<svg\b[^>]*?\scolor=")[^"]*(")/, `$1${glyph}$2`)
    .replace(/(id="badge"\s+color=")[^"]*(")/, `$1${accent}$2`);
}

function appIcons(): IconFile[] {
  const svg = readFileSync(join(ASSETS_DIR, 'icon.svg'), 'utf8');
  const entries = ICO_SIZES.map((size) => ({ size, ...render(svg, size) }));
  return [
    // macOS: electron-builder converts this 1024 px PNG to icon.icns when packaging on a Mac.
    { path: 'icon.png', data: render(svg, 1024).png },
    ...APP_ICON_SIZES.map((size) => ({ path: `icons/${size}x${size}.png`, data: render(svg, size).png })),
    { path: 'icon.ico', data: encodeIco(entries) },
  ];
}

function trayIcons(): IconFile[] {
  const out: IconFile[] = [];
  for (const state of TRAY_ICON_STATES) {
    const source = readFileSync(join(ASSETS_DIR, 'tray', 'src', `${state}.svg`), 'utf8');
    const variants = [
      { file: trayIconFile(state, 'darwin', 'light'), svg: recolourTray(source, TEMPLATE, TEMPLATE) },
      ...(['light', 'dark'] as const).map((theme) => ({
        file: trayIconFile(state, 'linux', theme),
        svg: recolourTray(source, GLYPH[theme], ACCENT[theme][state] ?? GLYPH[theme]),
      })),
    ];
    for (const { file, svg } of variants) {
      out.push({ path: `tray/${file}`, data: render(svg, TRAY_ICON_SIZE).png });
      out.push({ path: `tray/${retinaFile(file)}`, data: render(svg, TRAY_ICON_SIZE * 2).png });
    }
    // Windows: one .ico per theme holding every scaling step.
    for (const theme of ['light', 'dark'] as const) {
      const svg = recolourTray(source, GLYPH[theme], ACCENT[theme][state] ?? GLYPH[theme]);
      const entries = TRAY_ICO_SIZES.map((size) => ({ size, ...render(svg, size) }));
      out.push({ path: `tray/${trayIconFile(state, 'win32', theme)}`, data: encodeIco(entries) });
    }
  }
  return out;
}

/** Everything `npm run icons` writes, rendered in memory. */
export function buildIconSet(): IconFile[] {
  return [...appIcons(), ...trayIcons()];
}

/** Enlarged, pixelated sheet of every tray icon on a light and a dark strip, plus the app icon. */
function contactSheet(files: IconFile[]): Buffer {
  const scale = 4;
  const cell = 32 * scale + 16;
  const uri = (f: IconFile) => `data:image/png;base64,${f.data.toString('base64')}`;
  const tray = files.filter((f) => f.path.startsWith('tray/'));
  const strips = [
    { bg: '#F3F4F6', files: tray.filter((f) => f.path.includes('Template') || f.path.includes('-light')) },
    { bg: '#1F2937', files: tray.filter((f) => f.path.includes('-dark')) },
  ];
  const width = Math.max(...strips.map((s) => s.files.length)) * cell;
  const parts: string[] = [];
  let y = 0;
  for (const strip of strips) {
    parts.push(`<rect x="0" y="${y}" width="${width}" height="${cell}" fill="${strip.bg}"/>`);
    strip.files.forEach((f, i) => {
      const px = 32 * scale; // both densities at the same size, to compare pixels
      parts.push(`<image x="${i * cell + 8}" y="${y + 8}" width="${px}" height="${px}" image-rendering="optimizeSpeed" href="${uri(f)}"/>`);
    });
    y += cell;
  }
  parts.push(`<rect x="0" y="${y}" width="${width}" height="300" fill="#E5E7EB"/>`);
  let x = 8;
  for (const size of [16, 32, 64, 256]) {
    const icon = files.find((f) => f.path === `icons/${size}x${size}.png`);
    if (icon) parts.push(`<image x="${x}" y="${y + 8}" width="${size}" height="${size}" href="${uri(icon)}"/>`);
    x += size + 24;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 300}">${parts.join('')}</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

function write(file: string, data: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

function main(): void {
  const files = buildIconSet();
  for (const f of files) write(join(ASSETS_DIR, f.path), f.data);
  if (process.argv.includes('--sheet')) write(join(ARTIFACTS_DIR, 'icon-sheet.png'), contactSheet(files));
  console.log(`icons: wrote ${files.length} files under assets/`);
}

// Run only as a script (`tsx assets/render-icons.ts`), not when a test imports buildIconSet.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
