// Renders every icon Tallybar ships from the SVG sources in this folder:
//   npm run icons            → assets/icon.png, assets/icon.ico, assets/icons/NxN.png, assets/tray/*.png
//   npm run icons -- --sheet → also artifacts/icon-sheet.png, an enlarged contact sheet to eyeball
// The PNGs are committed, so packaging never needs this script (or resvg's native binary).
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  TRAY_ICON_SIZE,
  TRAY_ICON_STATES,
  retinaFile,
  trayIconFile,
  type TrayIconState,
  type TrayTheme,
} from '../main/core/tray-icon-path';
import { encodeIco } from './ico';

const ASSETS = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(ASSETS, '..', 'artifacts');

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
/** macOS template images: only alpha matters, AppKit tints them, so pure black. */
const TEMPLATE = '#000000';

function render(svg: string, size: number): { png: Buffer; rgba: Buffer } {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`Rendered ${image.width}x${image.height}, expected ${size}x${size}: is the SVG square?`);
  }
  return { png: image.asPng(), rgba: image.pixels };
}

/** Recolours a tray source: `color` on <svg> is the glyph, `color` on #badge the state badge. */
export function recolourTray(svg: string, glyph: string, accent: string): string {
  const withGlyph = svg.replace(/(<svg\b[^>]*?\scolor=")[^"]*(")/, `$1${glyph}$2`);
  if (withGlyph === svg && !svg.includes(`color="${glyph}"`)) {
    throw new Error('Tray SVG source has no color="…" attribute on its <svg> element');
  }
  return withGlyph.replace(/(id="badge"\s+color=")[^"]*(")/, `$1${accent}$2`);
}

function write(file: string, data: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

function renderAppIcons(): void {
  const svg = readFileSync(join(ASSETS, 'icon.svg'), 'utf8');
  // macOS: electron-builder turns the 1024 px icon.png into icon.icns when packaging on a Mac.
  write(join(ASSETS, 'icon.png'), render(svg, 1024).png);
  for (const size of APP_ICON_SIZES) {
    write(join(ASSETS, 'icons', `${size}x${size}.png`), render(svg, size).png);
  }
  const entries = ICO_SIZES.map((size) => ({ size, ...render(svg, size) }));
  write(join(ASSETS, 'icon.ico'), encodeIco(entries));
}

function renderTrayIcons(): string[] {
  const written: string[] = [];
  for (const state of TRAY_ICON_STATES) {
    const source = readFileSync(join(ASSETS, 'tray', 'src', `${state}.svg`), 'utf8');
    const variants: { file: string; svg: string }[] = [
      { file: trayIconFile(state, 'darwin', 'light'), svg: recolourTray(source, TEMPLATE, TEMPLATE) },
      ...(['light', 'dark'] as const).map((theme) => ({
        file: trayIconFile(state, 'linux', theme),
        svg: recolourTray(source, GLYPH[theme], ACCENT[theme][state] ?? GLYPH[theme]),
      })),
    ];
    for (const { file, svg } of variants) {
      write(join(ASSETS, 'tray', file), render(svg, TRAY_ICON_SIZE).png);
      write(join(ASSETS, 'tray', retinaFile(file)), render(svg, TRAY_ICON_SIZE * 2).png);
      written.push(file, retinaFile(file));
    }
  }
  return written;
}

/** Enlarged, pixelated contact sheet of every tray icon on light and dark strips, plus the app icon. */
function renderContactSheet(trayFiles: string[]): void {
  const scale = 4;
  const cell = 32 * scale + 16;
  const dataUri = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  const rows = [
    { bg: '#F3F4F6', pick: (f: string) => f.includes('Template') || f.includes('-light') },
    { bg: '#1F2937', pick: (f: string) => f.includes('-dark') },
  ];
  const parts: string[] = [];
  let y = 0;
  for (const row of rows) {
    const files = trayFiles.filter(row.pick);
    parts.push(`<rect x="0" y="${y}" width="${files.length * cell}" height="${cell}" fill="${row.bg}"/>`);
    files.forEach((f, i) => {
      const px = (f.includes('@2x') ? 32 : 16) * scale;
      parts.push(
        `<image x="${i * cell + 8}" y="${y + 8}" width="${px}" height="${px}" image-rendering="optimizeSpeed" href="${dataUri(join(ASSETS, 'tray', f))}"/>`,
      );
    });
    y += cell;
  }
  const width = trayFiles.filter(rows[0]!.pick).length * cell;
  parts.push(`<rect x="0" y="${y}" width="${width}" height="300" fill="#E5E7EB"/>`);
  let x = 8;
  for (const size of [16, 32, 64, 256]) {
    parts.push(
      `<image x="${x}" y="${y + 8}" width="${size}" height="${size}" href="${dataUri(join(ASSETS, 'icons', `${size}x${size}.png`))}"/>`,
    );
    x += size + 24;
  }
  const sheet = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 300}">${parts.join('')}</svg>`;
  const image = new Resvg(sheet, { font: { loadSystemFonts: false } }).render();
  write(join(ARTIFACTS, 'icon-sheet.png'), image.asPng());
}

function main(): void {
  renderAppIcons();
  const trayFiles = renderTrayIcons();
  if (process.argv.includes('--sheet')) renderContactSheet(trayFiles);
  console.log(`icons: wrote app icon (${APP_ICON_SIZES.length} PNG sizes + .ico) and ${trayFiles.length} tray images`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
