// The icons on disk are the ones the code asks for, at the right sizes, in the right
// colours, and in sync with their SVG sources. PNGs are decoded with node:zlib only,
// so a broken file fails here rather than as a blank tray on a user's desktop.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APP_ICON_SIZES, ASSETS_DIR, ICO_SIZES, buildIconSet } from '../../assets/render-icons';
import {
  TRAY_ICON_STATES,
  allTrayIcoFiles,
  allTrayIconFiles,
  TRAY_ICO_SIZES,
  retinaFile,
  trayAssetsDir,
  trayIconFile,
} from '../../main/core/tray-icon-path';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TRAY_DIR = join(ASSETS_DIR, 'tray');

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** Straight (non-premultiplied) RGBA, only filled for 8-bit RGBA images. */
  rgba: Buffer;
}

/** Just enough PNG decoding for our own output: 8-bit RGBA, non-interlaced. */
function decodePng(file: string): Png {
  const buf = readFileSync(file);
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file} is not a PNG`);
  let offset = 8;
  const idat: Buffer[] = [];
  let header: Omit<Png, 'rgba'> | null = null;
  let interlace = 0;
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8]!, colorType: data[9]! };
      interlace = data[12]!;
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error(`${file} has no IHDR chunk`);
  if (header.bitDepth !== 8 || header.colorType !== 6 || interlace !== 0) return { ...header, rgba: Buffer.alloc(0) };
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * 4;
  const out = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`${file}: unknown PNG filter ${filter}`);
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { ...header, rgba: out };
}

function pixels(png: Png): { r: number; g: number; b: number; a: number }[] {
  const list = [];
  for (let i = 0; i < png.rgba.length; i += 4) {
    list.push({ r: png.rgba[i]!, g: png.rgba[i + 1]!, b: png.rgba[i + 2]!, a: png.rgba[i + 3]! });
  }
  return list;
}

function medianLuminanceOfVisible(png: Png): number {
  const lum = pixels(png)
    .filter((p) => p.a > 0)
    .map((p) => 0.2126 * p.r + 0.7152 * p.g + 0.0722 * p.b)
    .sort((x, y) => x - y);
  return lum[Math.floor(lum.length / 2)] ?? Number.NaN;
}

describe('trayIconFile', () => {
  it('gives macOS a template image whatever the theme', () => {
    expect(trayIconFile('normal', 'darwin', 'light')).toBe('tray-normalTemplate.png');
    expect(trayIconFile('error', 'darwin', 'dark')).toBe('tray-errorTemplate.png');
  });

  it('gives Windows and Linux the variant drawn for the taskbar theme', () => {
    expect(trayIconFile('syncing', 'win32', 'light')).toBe('tray-syncing-light.ico');
    expect(trayIconFile('syncing', 'win32', 'dark')).toBe('tray-syncing-dark.ico');
    expect(trayIconFile('syncing', 'linux', 'light')).toBe('tray-syncing-light.png');
    expect(trayIconFile('privacy', 'linux', 'dark')).toBe('tray-privacy-dark.png');
  });

  it('names the @2x sibling Electron looks for, and rejects non-PNG names', () => {
    expect(retinaFile('tray-staleTemplate.png')).toBe('tray-staleTemplate@2x.png');
    expect(() => retinaFile('tray-stale.ico')).toThrow(/\.png/);
  });

  it('resolves the tray directory for packaged and development runs', () => {
    expect(trayAssetsDir({ isPackaged: true, resourcesPath: '/opt/Tallybar/resources', appPath: '/x' })).toBe(
      join('/opt/Tallybar/resources', 'tray'),
    );
    expect(trayAssetsDir({ isPackaged: false, resourcesPath: '/unused', appPath: '/src/tallybar' })).toBe(
      join('/src/tallybar', 'assets', 'tray'),
    );
  });
});

describe('tray icon files', () => {
  const files = allTrayIconFiles();

  it('covers every state in three variants at two densities', () => {
    expect(files).toHaveLength(TRAY_ICON_STATES.length * 3 * 2);
    expect(new Set(files.map((f) => f.file)).size).toBe(files.length);
  });

  it('has no PNG in assets/tray that the code never asks for', () => {
    const known = new Set(files.map((f) => f.file));
    const onDisk = readdirSync(TRAY_DIR).filter((name) => name.endsWith('.png'));
    expect(onDisk.filter((name) => !known.has(name))).toEqual([]);
  });

  it.each(files)('$file is an RGBA PNG of $size px', ({ file, size }) => {
    const path = join(TRAY_DIR, file);
    expect(existsSync(path), `${path} is missing: run npm run icons`).toBe(true);
    const png = decodePng(path);
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([size, size, 8, 6]);
  });

  it.each(files.filter((f) => f.template))('$file is a template image: black with alpha only', ({ file }) => {
    const all = pixels(decodePng(join(TRAY_DIR, file)));
    const visible = all.filter((p) => p.a > 0);
    expect(visible.length).toBeGreaterThan(all.length * 0.1);
    expect(visible.length).toBeLessThan(all.length * 0.9);
    expect(visible.filter((p) => p.r !== 0 || p.g !== 0 || p.b !== 0)).toEqual([]);
  });

  it.each(files.filter((f) => f.theme === 'light'))('$file is a dark glyph for light taskbars', ({ file }) => {
    expect(medianLuminanceOfVisible(decodePng(join(TRAY_DIR, file)))).toBeLessThan(90);
  });

  it.each(files.filter((f) => f.theme === 'dark'))('$file is a light glyph for dark taskbars', ({ file }) => {
    expect(medianLuminanceOfVisible(decodePng(join(TRAY_DIR, file)))).toBeGreaterThan(170);
  });

  it.each(allTrayIcoFiles())('$file is a Windows icon holding every scaling step', ({ file }) => {
    const ico = readFileSync(join(TRAY_DIR, file));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, n) => ico.readUInt8(6 + n * 16));
    expect(sizes).toEqual([...TRAY_ICO_SIZES]);
  });

  it('has no .ico in assets/tray that the code never asks for', () => {
    const known = new Set(allTrayIcoFiles().map((f) => f.file));
    expect(readdirSync(TRAY_DIR).filter((name) => name.endsWith('.ico') && !known.has(name))).toEqual([]);
  });

  it('draws every state differently (a user can tell them apart)', () => {
    const alphaOf = (state: (typeof TRAY_ICON_STATES)[number]) =>
      decodePng(join(TRAY_DIR, retinaFile(trayIconFile(state, 'darwin', 'light'))))
        .rgba.subarray()
        .filter((_, i) => i % 4 === 3)
        .join(',');
    const distinct = new Set(TRAY_ICON_STATES.map(alphaOf));
    expect(distinct.size).toBe(TRAY_ICON_STATES.length);
  });
});

describe('app icon files', () => {
  it('has icon.png at 1024 px for macOS and the Linux icon set at every size', () => {
    expect(decodePng(join(ASSETS_DIR, 'icon.png')).width).toBe(1024);
    for (const size of APP_ICON_SIZES) {
      const png = decodePng(join(ASSETS_DIR, 'icons', `${size}x${size}.png`));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  it('has a Windows icon.ico whose directory matches its images', () => {
    const ico = readFileSync(join(ASSETS_DIR, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    expect(count).toBe(ICO_SIZES.length);
    const sizes: number[] = [];
    for (let n = 0; n < count; n++) {
      const d = 6 + n * 16;
      const size = ico[d]! === 0 ? 256 : ico[d]!;
      const length = ico.readUInt32LE(d + 8);
      const offset = ico.readUInt32LE(d + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + length);
      if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
        expect(image.readUInt32BE(16)).toBe(size);
      } else {
        // BITMAPINFOHEADER: width, then height doubled for the AND mask, 32 bpp.
        expect([image.readUInt32LE(0), image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([
          40,
          size,
          size * 2,
          32,
        ]);
      }
      sizes.push(size);
    }
    expect(sizes).toEqual([...ICO_SIZES]);
  });
});

describe('committed icons', () => {
  it('are exactly what npm run icons renders from the SVG sources', () => {
    const stale = buildIconSet()
      .filter((f) => !existsSync(join(ASSETS_DIR, f.path)) || !readFileSync(join(ASSETS_DIR, f.path)).equals(f.data))
      .map((f) => f.path);
    expect(stale, 'out of date with the SVGs: run npm run icons').toEqual([]);
  });
});
