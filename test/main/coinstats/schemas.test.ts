// The response schemas on their own: what they accept, what they refuse, and
// how they name the offending field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coinsSchema, creditUsageSchema, exchangeBalanceSchema, parseWith } from '../../../main/coinstats/schemas';

const portfolio = { id: 'a'.repeat(64), status: 'synced', connectionId: 'binance' };
const row = { coinId: 'bitcoin', amount: 0.5, price: 97_000, priceBtc: 1 };

describe('exchangeBalanceSchema', () => {
  it('accepts the documented example and drops unknown fields', () => {
    const parsed = parseWith(exchangeBalanceSchema, {
      balances: [{ ...row, availableAmount: 0.4, lockedAmount: 0.1 }],
      portfolio: { ...portfolio, name: null, createdAt: 'x' },
      extra: true,
    });
    expect(parsed).toEqual({ ok: true, value: { balances: [row], portfolio } });
  });

  it.each([
    ['text for a number', { amount: 'abc' }, 'balances[0].amount: expected a finite number ≥ 0, got a string of 3 characters'],
    ['an empty string for a number', { amount: '' }, 'balances[0].amount: expected a finite number ≥ 0, got a string of 0 characters'],
    ['"NaN" as a string', { price: 'NaN' }, 'balances[0].price: expected a finite number ≥ 0, got a string of 3 characters'],
    ['a value that overflows', { amount: 1e308, price: 1e308 }, 'balances[0]: bitcoin: amount × price is not a finite number'],
    ['a coin id of 129 characters', { coinId: 'a'.repeat(129) }, 'balances[0].coinId: expected a coin id of at most 128 characters, got a string of 129 characters'],
    ['a zero-width character in a coin id', { coinId: 'bit\u200Bcoin' }, 'balances[0].coinId: expected a coin id of letters, digits and - _ . : only, got a string of 8 characters'],
    ['a negative price', { price: -1 }, 'balances[0].price: expected a finite number ≥ 0, got -1'],
    ['an infinite amount', { amount: Number.POSITIVE_INFINITY }, 'balances[0].amount: expected a finite number ≥ 0, got Infinity'],
    ['NaN', { priceBtc: Number.NaN }, 'balances[0].priceBtc: expected a finite number ≥ 0, got NaN'],
    ['an empty coin id', { coinId: '' }, 'balances[0].coinId: expected a non-empty string, got a string of 0 characters'],
  ])('refuses %s, naming the field', (_, patch, problem) => {
    expect(parseWith(exchangeBalanceSchema, { balances: [{ ...row, ...patch }], portfolio })).toEqual({ ok: false, problem });
  });

  it('accepts numbers sent as numeric strings, as the numbers they are', () => {
    const parsed = parseWith(exchangeBalanceSchema, { balances: [{ ...row, amount: '0.5', price: ' 97000 ', priceBtc: '1e0' }], portfolio });
    expect(parsed).toEqual({ ok: true, value: { balances: [row], portfolio } });
  });

  it('refuses rows whose values are each finite but whose total is not', () => {
    const big = { ...row, amount: 1e300, price: 1e8 };
    expect(parseWith(exchangeBalanceSchema, { balances: [big, { ...big, coinId: 'ethereum' }], portfolio })).toEqual({
      ok: false,
      problem: 'balances: the total of all rows is not a finite number',
    });
  });

  it('never quotes non-numeric text from the answer in its message', () => {
    const result = parseWith(exchangeBalanceSchema, { balances: [{ ...row, price: 'echoed-secret-value' }], portfolio });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).not.toContain('echoed-secret-value');
      expect(result.problem).toMatch(/^balances\[0\]\.price: .*a string of 19 characters/);
    }
  });

  it('refuses an unknown status and a missing portfolio', () => {
    expect(parseWith(exchangeBalanceSchema, { balances: [], portfolio: { ...portfolio, status: 'done' } })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^portfolio\.status: expected "syncing" or "synced"/),
    });
    expect(parseWith(exchangeBalanceSchema, { balances: [] })).toMatchObject({ ok: false, problem: expect.stringMatching(/^portfolio: .*missing/) });
  });

  it('property: any row with a negative or non-finite number is refused; valid rows always pass', () => {
    const bad = fc.oneof(fc.double({ max: -Number.MIN_VALUE, noNaN: true }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY));
    // Up to a trillion: a real amount or price (larger ones overflow the value, refused on their own).
    const good = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.constantFrom('amount', 'price', 'priceBtc'), bad, good, (field, badValue, goodValue) => {
        const ok = parseWith(exchangeBalanceSchema, { balances: [{ ...row, [field]: goodValue }], portfolio });
        const ko = parseWith(exchangeBalanceSchema, { balances: [{ ...row, [field]: badValue }], portfolio });
        return ok.ok && !ko.ok && ko.problem.startsWith(`balances[0].${field}:`);
      }),
    );
  });
});

describe('other schemas', () => {
  it('coins: nullable optional fields become null', () => {
    expect(parseWith(coinsSchema, { meta: {}, result: [{ id: 'x', name: 'X', symbol: 'X' }] })).toEqual({
      ok: true,
      value: [{ id: 'x', name: 'X', symbol: 'X', icon: null, price: null, priceBtc: null, priceChange1d: null }],
    });
  });

  it('credits: subscription may be absent', () => {
    expect(parseWith(creditUsageSchema, { totalCredits: 1, usedCredits: 0, remainingCredits: 1 })).toEqual({
      ok: true,
      value: { totalCredits: 1, usedCredits: 0, remainingCredits: 1, subscription: null },
    });
  });
});
