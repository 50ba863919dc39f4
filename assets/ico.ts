// Minimal Windows .ico writer, so the repo ships a real icon.ico without another dependency.
// Small sizes are stored as 32-bit BMP (DIB) entries, 256 px as PNG: the layout Windows' own
// tools produce, which every consumer (Explorer, rcedit, NSIS) reads. PNG-only .ico files trip
// up some older readers, hence the mix.

export interface IcoEntry {
  size: number;
  /** The image encoded as PNG (used for 256 px). */
  png: Buffer;
  /** Premultiplied RGBA pixels, row-major top-down (what resvg's `pixels` returns). */
  rgba: Buffer;
}

const HEADER_BYTES = 6;
const DIR_ENTRY_BYTES = 16;
const BITMAPINFOHEADER_BYTES = 40;

/** BITMAPINFOHEADER + bottom-up BGRA rows + an all-zero AND mask (alpha does the masking). */
function encodeDib(size: number, rgba: Buffer): Buffer {
  if (rgba.length !== size * size * 4) {
    throw new Error(`ICO entry ${size}px: expected ${size * size * 4} RGBA bytes, got ${rgba.length}`);
  }
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const out = Buffer.alloc(BITMAPINFOHEADER_BYTES + size * size * 4 + maskRowBytes * size);
  out.writeUInt32LE(BITMAPINFOHEADER_BYTES, 0);
  out.writeInt32LE(size, 4);
  out.writeInt32LE(size * 2, 8); // height counts the XOR image and the AND mask
  out.writeUInt16LE(1, 12); // planes
  out.writeUInt16LE(32, 14); // bits per pixel
  out.writeUInt32LE(size * size * 4 + maskRowBytes * size, 20);
  let o = BITMAPINFOHEADER_BYTES;
  for (let row = size - 1; row >= 0; row--) {
    for (let col = 0; col < size; col++) {
      const i = (row * size + col) * 4;
      const a = rgba[i + 3]!;
      // DIB alpha is straight, resvg's is premultiplied: undo it.
      const un = (c: number) => (a === 0 ? 0 : Math.min(255, Math.round((c * 255) / a)));
      out[o++] = un(rgba[i + 2]!);
      out[o++] = un(rgba[i + 1]!);
      out[o++] = un(rgba[i]!);
      out[o++] = a;
    }
  }
  return out;
}

export function encodeIco(entries: IcoEntry[]): Buffer {
  const images = entries.map((e) => (e.size >= 256 ? e.png : encodeDib(e.size, e.rgba)));
  const header = Buffer.alloc(HEADER_BYTES + DIR_ENTRY_BYTES * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach((e, n) => {
    if (e.size < 1 || e.size > 256) throw new Error(`ICO entries must be 1..256 px, got ${e.size}`);
    const d = HEADER_BYTES + n * DIR_ENTRY_BYTES;
    header.writeUInt8(e.size === 256 ? 0 : e.size, d); // 0 means 256
    header.writeUInt8(e.size === 256 ? 0 : e.size, d + 1);
    header.writeUInt8(0, d + 2); // no palette
    header.writeUInt8(0, d + 3);
    header.writeUInt16LE(1, d + 4); // planes
    header.writeUInt16LE(32, d + 6); // bits per pixel
    header.writeUInt32LE(images[n]!.length, d + 8);
    header.writeUInt32LE(offset, d + 12);
    offset += images[n]!.length;
  });
  return Buffer.concat([header, ...images]);
}
