// Text from outside (CoinStats' coin and exchange names) may carry characters
// that change what the screen shows without being seen: bidirectional
// overrides reorder what follows them ("USDT" can read as "TDSU", an amount
// can appear to belong to another coin), zero-width characters make two
// different names look the same. Such a character is never dropped silently
// nor passed on: it is replaced by a visible mark naming it.

/** Bidi embeddings, overrides and isolates, directional marks, and zero-width characters. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

const codePoint = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** "Tether\u202E" → "Tether⟦U+202E⟧": the same text, with every invisible control shown. */
export function markInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟦${codePoint(char)}⟧`);
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}
