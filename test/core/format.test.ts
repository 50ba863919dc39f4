import { ageText } from '../../common/i18n';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK, MAX_EXACT_MONEY, formatAmount, formatAmountFitted, formatBtc, formatBtcFitted, formatMoney, formatMoneyFitted, formatPercent, formatSats, formatShare, maskAmount } from '../../common/format';

// Intl separates currency symbols with U+00A0 in many locales; normalise for readable expectations.
const n = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('follows the locale and currency', () => {
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(n(formatMoney(1234.5, 'EUR', 'de-DE'))).toBe('1.234,50 €');
    expect(formatMoney(1234.5, 'JPY', 'en-US')).toBe('¥1,235');
    expect(formatMoney(-12, 'usd', 'en-US')).toBe('-$12.00');
  });

  it('shows three significant digits for values under 1', () => {
    expect(formatMoney(0.5, 'USD', 'en-US')).toBe('$0.50');
    expect(formatMoney(0.00123, 'USD', 'en-US')).toBe('$0.00123');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0.00');
    expect(formatMoney(1e-12, 'USD', 'en-US')).toBe('$0.00');
  });

  it('compacts large values on request', () => {
    expect(formatMoney(12_345.67, 'USD', 'en-US', { compact: true })).toBe('$12.3K');
    expect(formatMoney(1_234_567, 'EUR', 'en-US', { compact: true })).toBe('€1.23M');
    expect(formatMoney(999, 'USD', 'en-US', { compact: true })).toBe('$999.00');
  });

  it('routes BTC to the ₿ formatter and never prints NaN', () => {
    expect(formatMoney(0.5, 'BTC', 'en-US')).toBe('₿0.5');
    expect(formatMoney(Number.NaN, 'USD', 'en-US')).toBe('—');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'USD', 'en-US')).toBe('—');
  });
});

describe('formatBtc and formatSats', () => {
  it('uses ₿ with at most 8 decimals, trimmed, in the locale position', () => {
    expect(formatBtc(0.5, 'en-US')).toBe('₿0.5');
    expect(formatBtc(1.234567891, 'en-US')).toBe('₿1.23456789');
    expect(formatBtc(12_345, 'en-US')).toBe('₿12,345');
    expect(formatBtc(-0.1, 'en-US')).toBe('-₿0.1');
    expect(n(formatBtc(0.5, 'de-DE'))).toBe('0,5 ₿');
  });

  it('turns compact only when the full BTC figure would not fit', () => {
    expect(formatBtcFitted(1.23456789, 'en-US', 16)).toEqual({ text: '₿1.23456789', full: '₿1.23456789' });
    expect(formatBtcFitted(1e12, 'en-US', 16)).toEqual({ text: '₿1T', full: '₿1,000,000,000,000' });
    expect(n(formatBtcFitted(1.2345e12, 'de-DE', 16).text)).toBe('1,235 Bio. ₿');
  });

  it('counts whole satoshis', () => {
    expect(formatSats(0.00012345, 'en-US')).toBe('12,345 sats');
    expect(formatSats(0.00000001, 'en-US')).toBe('1 sat');
    expect(formatSats(1, 'de-DE')).toBe('100.000.000 sats');
  });
});

describe('formatAmount', () => {
  it('keeps tiny amounts readable and huge ones exact to the unit', () => {
    expect(formatAmount(0.00342, 'en-US')).toBe('0.00342');
    expect(formatAmount(0.000000421234567, 'en-US')).toBe('0.00000042123457');
    expect(formatAmount(1.23456789123, 'en-US')).toBe('1.2345679');
    expect(formatAmount(1_234_567.891, 'en-US')).toBe('1,234,567.9');
    expect(formatAmount(123_456_789_012, 'en-US')).toBe('123,456,789,012');
    expect(formatAmount(1.2345e15, 'en-US')).toBe('1235T');
    expect(formatAmount(0, 'en-US')).toBe('0');
    expect(formatAmount(Number.NaN, 'en-US')).toBe('—');
  });

  it('never uses exponent notation and never rounds a positive amount to 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e11, noNaN: true }), (x) => {
        const s = formatAmount(x, 'en-US');
        expect(s).not.toMatch(/e/i);
        expect(Number(s.replace(/,/g, ''))).toBeGreaterThan(0);
      }),
    );
  });
});

describe('formatPercent and formatShare', () => {
  it('signs changes', () => {
    expect(formatPercent(2.345, 'en-US')).toBe('+2.35%');
    expect(formatPercent(-4, 'en-US')).toBe('-4.00%');
    expect(formatPercent(0, 'en-US')).toBe('0.00%');
    expect(formatPercent(null, 'en-US')).toBe('—');
    expect(n(formatPercent(1.5, 'de-DE'))).toBe('+1,50 %');
  });

  it('shows shares unsigned', () => {
    expect(formatShare(0.1234, 'en-US')).toBe('12.3%');
    expect(formatShare(0.04, 'en-US')).toBe('4.0%');
  });
});

describe('ageText', () => {
  const now = Date.UTC(2025, 0, 10, 12);
  it('reads like the freshness labels', () => {
    expect(ageText(now - 5_000, now)).toBe('just now');
    expect(ageText(now + 60_000, now)).toBe('just now');
    expect(ageText(now - 4 * 60_000, now)).toBe('4 min. ago');
    expect(ageText(now - 2 * 3_600_000 - 1, now)).toBe('2 hr. ago');
    expect(ageText(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(ageText(null, now)).toBe('never');
  });
});

describe('maskAmount', () => {
  it('is the same for every magnitude', () => {
    expect(maskAmount()).toBe(MASK);
    expect(MASK).toMatch(/^•+$/);
  });
});

describe('figures past what a double holds, and figures in tight spaces', () => {
  it('never prints digits a double does not hold: whole units to 15 significant digits past exact cents', () => {
    expect(formatMoney(97_000_000_123_456_780, 'USD', 'en-US')).toBe('$97,000,000,123,456,800');
    expect(formatMoney(97_000_000_123_456_780, 'USD', 'en-US', { compact: true })).toBe('$97,000T');
    // Exact cents up to the limit, whole units just past it.
    expect(formatMoney(12_345_678_901.23, 'USD', 'en-US')).toBe('$12,345,678,901.23');
    expect(formatMoney(MAX_EXACT_MONEY * 2, 'USD', 'en-US')).not.toContain('.');
    fc.assert(
      fc.property(fc.double({ min: MAX_EXACT_MONEY * 1.01, max: 1e30, noNaN: true }), (x) => {
        const digits = formatMoney(x, 'USD', 'en-US').replace(/\D/g, '').replace(/0+$/, '');
        expect(digits.length).toBeLessThanOrEqual(15);
      }),
    );
  });

  it('compacts money only when the full figure is longer than the room, keeping the full one', () => {
    expect(formatMoneyFitted(12_345.68, 'USD', 'en-US', 12)).toEqual({ text: '$12,345.68', full: '$12,345.68' });
    expect(formatMoneyFitted(1_234_567.89, 'USD', 'en-US', 12)).toEqual({ text: '$1.23M', full: '$1,234,567.89' });
    const krw = formatMoneyFitted(123_456_789_012, 'KRW', 'ko-KR', 12);
    expect(n(krw.full)).toBe('₩123,456,789,012');
    expect(krw.text.length).toBeLessThanOrEqual(12);
    expect(krw.text).not.toBe(krw.full);
  });

  it('shows huge amounts compact in tight cells, in full (never "1T" alone) for the tooltip', () => {
    expect(formatAmountFitted(1e12, 'en-US', 14)).toEqual({ text: '1T', full: '1,000,000,000,000' });
    expect(formatAmountFitted(123_456.5, 'en-US', 14)).toEqual({ text: '123,456.5', full: '123,456.5' });
    expect(formatAmount(1e12, 'en-US', { notation: 'full' })).toBe('1,000,000,000,000');
    expect(formatAmount(1.2345678901234567e20, 'en-US', { notation: 'full' })).toBe('123,456,789,012,346,000,000');
  });
});
