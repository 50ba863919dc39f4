// Number and time formatting for every surface (tray, popover, details, CSV
// is separate). Always an explicit locale so tests and screenshots are stable.
// Intl.NumberFormat construction is slow compared with format(), and the
// holdings table formats thousands of cells, so instances are cached.

const formatters = new Map<string, Intl.NumberFormat>();

/** The options this module uses, in a fixed order: a cheap cache key (JSON.stringify cost ~1 ms per 10k cells). */
const KEYED_OPTIONS = [
  'style',
  'currency',
  'currencyDisplay',
  'notation',
  'signDisplay',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
] as const satisfies readonly (keyof Intl.NumberFormatOptions)[];
const KEYED = new Set<string>(KEYED_OPTIONS);

function cacheKey(locale: string, options: Intl.NumberFormatOptions): string {
  let key = locale;
  let count = 0;
  for (const name of KEYED_OPTIONS) {
    const value = options[name];
    key += `|${value ?? ''}`;
    if (value !== undefined) count += 1;
  }
  // An option outside the list must still tell instances apart.
  return count === Object.keys(options).length ? key : `${key}|${JSON.stringify(Object.entries(options).filter(([k]) => !KEYED.has(k)))}`;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = cacheKey(locale, options);
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    formatters.set(key, nf);
  }
  return nf;
}

/** Shown wherever privacy mode hides a figure. Fixed length: it must not hint at magnitude. */
export const MASK = '•••••';

export function maskAmount(): string {
  return MASK;
}

/** Shown for a figure we do not have (NaN, Infinity, unknown). */
export const UNKNOWN = '—';

export interface MoneyOptions {
  /** "$12.3K" style, for the tray title and tight spaces. */
  compact?: boolean;
}

/**
 * The largest magnitude whose cents a double holds exactly (about 90 trillion
 * units): past it, the last digits a full format prints would be float noise
 * ("$97,000,000,123,456,780.00" from a value that was never that precise).
 */
export const MAX_EXACT_MONEY = Number.MAX_SAFE_INTEGER / 100;

/** Significant digits a double always holds (C's DBL_DIG): the most we print of a figure past exactness. */
const DOUBLE_DIGITS = 15;

/**
 * `formatMoney(1234.5, 'EUR', 'de-DE')` → "1.234,50 €". Values under 1 get
 * enough decimals to show three significant digits ($0.00123), because coin
 * prices and dust would otherwise all read "$0.00". Past {@link MAX_EXACT_MONEY}
 * whole units to 15 significant digits, never cents. 'BTC' is routed to
 * {@link formatBtc}.
 */
export function formatMoney(value: number, currency: string, locale: string, options: MoneyOptions = {}): string {
  if (!Number.isFinite(value)) return UNKNOWN;
  const code = currency.toUpperCase();
  if (code === 'BTC') return formatBtc(value, locale);
  const base: Intl.NumberFormatOptions = { style: 'currency', currency: code };
  const abs = Math.abs(value);
  if (options.compact && abs >= 1000) {
    return numberFormat(locale, { ...base, notation: 'compact', maximumSignificantDigits: 3 }).format(value);
  }
  if (abs > MAX_EXACT_MONEY) return numberFormat(locale, { ...base, maximumSignificantDigits: DOUBLE_DIGITS }).format(Math.round(value));
  if (abs > 0 && abs < 1) {
    const standard = numberFormat(locale, base).resolvedOptions().maximumFractionDigits ?? 2;
    const needed = Math.min(8, Math.ceil(-Math.log10(abs)) + 2);
    const digits = Math.max(standard, needed);
    return numberFormat(locale, { ...base, minimumFractionDigits: standard, maximumFractionDigits: digits }).format(value);
  }
  return numberFormat(locale, base).format(value);
}

/** A figure as shown where space is short, and in full for its tooltip and accessible name. */
export interface FittedText {
  text: string;
  full: string;
}

/** The full text when it fits in `maxChars`, else the compact one (computed only then). */
export function fitText(full: string, compact: () => string, maxChars: number): FittedText {
  return { text: full.length <= maxChars ? full : compact(), full };
}

/** {@link formatMoney} in at most about `maxChars` characters: compact when the full figure is longer. */
export function formatMoneyFitted(value: number, currency: string, locale: string, maxChars: number): FittedText {
  return fitText(formatMoney(value, currency, locale), () => formatMoney(value, currency, locale, { compact: true }), maxChars);
}

/**
 * `₿0.5`, `₿1.23456789`: at most 8 decimals (one satoshi), trailing zeros
 * trimmed. Intl has no ₿ symbol, so we format as a symbol currency and swap
 * the symbol in: that keeps the locale's placement ("0,5 ₿" in German).
 */
export function formatBtc(value: number, locale: string, options: { compact?: boolean } = {}): string {
  if (!Number.isFinite(value)) return UNKNOWN;
  const nf = numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 0,
    ...(options.compact ? { notation: 'compact', maximumSignificantDigits: 4 } : { maximumFractionDigits: 8 }),
  });
  return nf
    .formatToParts(value)
    .map((part) => (part.type === 'currency' ? '₿' : part.value))
    .join('');
}

/** {@link formatBtc} in at most about `maxChars` characters: compact ("₿1.235T") when the full figure is longer. */
export function formatBtcFitted(value: number, locale: string, maxChars: number): FittedText {
  return fitText(formatBtc(value, locale), () => formatBtc(value, locale, { compact: true }), maxChars);
}

/** Whole satoshis of a BTC value: "12,345 sats", "1 sat". */
export function formatSats(btc: number, locale: string): string {
  if (!Number.isFinite(btc)) return UNKNOWN;
  const sats = Math.round(btc * 1e8);
  const text = numberFormat(locale, { maximumFractionDigits: 0 }).format(sats);
  return `${text} ${Math.abs(sats) === 1 ? 'sat' : 'sats'}`;
}

export interface AmountOptions {
  /**
   * 'auto' (default): compact from a trillion. 'compact': compact from a
   * thousand, for tight cells. 'full': never compact, for tooltips.
   */
  notation?: 'auto' | 'compact' | 'full';
}

/**
 * Coin amounts range from 0.00000042 BTC to 10^12 memecoins. Under 1: up to 8
 * significant digits. From 1: about 8 significant digits but never rounding
 * away integer digits (nor printing more than a double holds). From a
 * trillion: compact ("1.235T") unless the full figure is asked for.
 */
export function formatAmount(amount: number, locale: string, options: AmountOptions = {}): string {
  if (!Number.isFinite(amount)) return UNKNOWN;
  const notation = options.notation ?? 'auto';
  const abs = Math.abs(amount);
  if (abs === 0) return numberFormat(locale, {}).format(0);
  if (abs < 1) return numberFormat(locale, { maximumSignificantDigits: 8 }).format(amount);
  const compactFrom = notation === 'compact' ? 1000 : notation === 'auto' ? 1e12 : Infinity;
  if (abs >= compactFrom) return numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 4 }).format(amount);
  if (abs > Number.MAX_SAFE_INTEGER) return numberFormat(locale, { maximumSignificantDigits: DOUBLE_DIGITS }).format(amount);
  const integerDigits = Math.floor(Math.log10(abs)) + 1;
  return numberFormat(locale, { maximumFractionDigits: Math.max(0, 8 - integerDigits) }).format(amount);
}

/** {@link formatAmount} in at most about `maxChars` characters: compact when the full figure is longer. */
export function formatAmountFitted(amount: number, locale: string, maxChars: number): FittedText {
  return fitText(formatAmount(amount, locale, { notation: 'full' }), () => formatAmount(amount, locale, { notation: 'compact' }), maxChars);
}

/** A change in percent (2.345 → "+2.35%"), signed so gains and losses read at a glance. */
export function formatPercent(pct: number | null, locale: string): string {
  if (pct === null || !Number.isFinite(pct)) return UNKNOWN;
  return numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(pct / 100);
}

/** A share of the portfolio (0..1 → "12.3%"), unsigned. */
export function formatShare(share: number, locale: string): string {
  if (!Number.isFinite(share)) return UNKNOWN;
  // Always one decimal, so a column of shares lines up ("4.0%" under "8.9%").
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}
