import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertUsd, resolveCurrency } from '../../common/currency';

const rates = { USD: 1, EUR: 0.92, JPY: 150, BAD: Number.NaN, ZERO: 0 };

describe('currency', () => {
  it('converts USD with units-per-USD rates', () => {
    expect(convertUsd(100, 'EUR', rates)).toEqual({ value: 92, currency: 'EUR', rate: 0.92, fellBack: false });
    expect(convertUsd(2, 'jpy', rates).value).toBe(300);
    expect(convertUsd(5, 'USD', {}).value).toBe(5);
  });

  it('falls back to USD, and says so, when the rate is missing or unusable', () => {
    for (const code of ['GBP', 'BAD', 'ZERO', '']) {
      expect(resolveCurrency(code, rates)).toEqual({ currency: 'USD', rate: 1, fellBack: true });
    }
    expect(convertUsd(7, 'GBP', rates)).toMatchObject({ value: 7, currency: 'USD', fellBack: true });
  });

  it('never produces NaN', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('USD', 'EUR', 'JPY', 'BAD', 'XYZ'), (v, c) => {
        expect(Number.isNaN(convertUsd(v, c, rates).value)).toBe(false);
      }),
    );
  });
});
