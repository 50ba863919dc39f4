// Deterministic randomness for the double. Math.random would make every run
// (and every demo) different; tests and screenshots need the same data for
// the same seed and credentials.
import { createHash } from 'node:crypto';

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for fake balances. Returns [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed derived from any strings, so related inputs give unrelated streams. */
export function seedFrom(...parts: Array<string | number>): number {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  return digest.readUInt32LE(0);
}

export function rngFrom(...parts: Array<string | number>): Rng {
  return mulberry32(seedFrom(...parts));
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Log-uniform: prices and amounts span many orders of magnitude. */
export function logUniform(rng: Rng, min: number, max: number): number {
  const lo = Math.log(min);
  const hi = Math.log(max);
  return Math.exp(lo + rng() * (hi - lo));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}
