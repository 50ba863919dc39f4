// The response schemas on their own: what they accept, what they refuse, and
// how they name the offending field (worded in English, as the setup file loads it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { answerProblemText } from '../../../common/answer-words';
import { coinsSchema, creditUsageSchema, exchangeBalanceSchema, parseWith, supportedExchangesSchema } from '../../../main/coinstats/schemas';

/** parseWith with every problem in it worded: what a person reads. */
function parsedWords<T>(schema: z.ZodType<T>, data: unknown) {
  const parsed = parseWith(schema, data);
  if (!parsed.ok) return { ok: false as const, problem: answerProblemText(parsed.problem) };
  const value = parsed.value as { rejected?: { coinId: string | null; problem: Parameters<typeof answerProblemText>[0] }[] };
  return value.rejected
    ? { ok: true as const, value: { ...value, rejected: value.rejected.map((r) => ({ ...r, problem: answerProblemText(r.problem) })) } }
    : parsed;
}

const portfolio = { id: 'a'.repeat(64), status: 'synced', connectionId: 'binance' };
const row = { coinId: 'bitcoin', amount: 0.5, price: 97_000, priceBtc: 1 };

describe('exchangeBalanceSchema', () => {
  it('accepts the documented example and drops unknown fields', () => {
    const parsed = parseWith(exchangeBalanceSchema, {
      balances: [{ ...row, availableAmount: 0.4, lockedAmount: 0.1 }],
      portfolio: { ...portfolio, name: null, createdAt: 'x' },
      extra: true,
    });
    expect(parsed).toEqual({ ok: true, value: { balances: [row], rejected: [], portfolio } });
  });

  it.each([
    ['text for a number', { amount: 'abc' }, 'amount: expected a finite number ≥ 0, got a string of 3 characters'],
    ['an empty string for a number', { amount: '' }, 'amount: expected a finite number ≥ 0, got a string of 0 characters'],
    ['"NaN" as a string', { price: 'NaN' }, 'price: expected a finite number ≥ 0, got a string of 3 characters'],
    ['a null price', { price: null }, 'price: expected a finite number ≥ 0, got null'],
    ['a missing amount', { amount: undefined }, 'amount: expected a finite number ≥ 0, got nothing: the field is missing'],
    ['a value that overflows', { amount: 1e308, price: 1e308 }, 'amount × price is not a finite number'],
    ['a negative price', { price: -1 }, 'price: expected a finite number ≥ 0, got -1'],
    ['an infinite amount', { amount: Number.POSITIVE_INFINITY }, 'amount: expected a finite number ≥ 0, got Infinity'],
    ['NaN', { priceBtc: Number.NaN }, 'priceBtc: expected a finite number ≥ 0, got NaN'],
  ])('sets aside a row with %s, naming the coin and the field, and keeps the good rows', (_, patch, problem) => {
    const good = { ...row, coinId: 'ethereum' };
    expect(parsedWords(exchangeBalanceSchema, { balances: [good, { ...row, ...patch }], portfolio })).toEqual({
      ok: true,
      value: { balances: [good], rejected: [{ coinId: 'bitcoin', problem }], portfolio },
    });
  });

  it.each([
    ['a coin id of 129 characters', 'a'.repeat(129), 'coinId: expected a coin id of at most 128 characters, got a string of 129 characters'],
    ['a zero-width character in a coin id', 'bit\u200Bcoin', 'coinId: expected a coin id of letters, digits and - _ . : only, got a string of 8 characters'],
    ['a bidi override in a coin id', 'bit\u202Ecoin', 'coinId: expected a coin id of letters, digits and - _ . : only, got a string of 8 characters'],
    ['an empty coin id', '', 'coinId: expected a non-empty string, got a string of 0 characters'],
  ])('sets aside a row with %s, never repeating the id', (_, coinId, problem) => {
    expect(parsedWords(exchangeBalanceSchema, { balances: [{ ...row, coinId }], portfolio })).toEqual({
      ok: true,
      value: { balances: [], rejected: [{ coinId: null, problem }], portfolio },
    });
  });

  it('accepts numbers sent as numeric strings, as the numbers they are', () => {
    const parsed = parseWith(exchangeBalanceSchema, { balances: [{ ...row, amount: '0.5', price: ' 97000 ', priceBtc: '1e0' }], portfolio });
    expect(parsed).toEqual({ ok: true, value: { balances: [row], rejected: [], portfolio } });
  });

  it('refuses rows whose values are each finite but whose total is not', () => {
    const big = { ...row, amount: 1e300, price: 1e8 };
    expect(parsedWords(exchangeBalanceSchema, { balances: [big, { ...big, coinId: 'ethereum' }], portfolio })).toEqual({
      ok: false,
      problem: 'balances: the total of all rows is not a finite number',
    });
  });

  it('never quotes non-numeric text from the answer in its message', () => {
    const result = parsedWords(exchangeBalanceSchema, { balances: [{ ...row, price: 'echoed-secret-value' }], portfolio });
    expect(JSON.stringify(parseWith(exchangeBalanceSchema, { balances: [{ ...row, price: 'echoed-secret-value' }], portfolio }))).not.toContain('echoed-secret-value');
    expect(result.ok && result.value.rejected[0]?.problem).toMatch(/^price: .*a string of 19 characters/);
  });

  it('reads a status by a rule: any case of "synced" is synced, anything else is not finished', () => {
    const status = (value: unknown) => {
      const parsed = parseWith(exchangeBalanceSchema, { balances: [], portfolio: { ...portfolio, status: value } });
      return parsed.ok ? parsed.value.portfolio.status : answerProblemText(parsed.problem);
    };
    expect(status('SYNCED')).toBe('synced');
    expect(status(' Synced ')).toBe('synced');
    expect(status('Syncing')).toBe('syncing');
    expect(status('queued')).toBe('syncing');
    expect(status('done')).toBe('syncing');
    expect(status(3)).toMatch(/^portfolio\.status: expected a string/);
    expect(parsedWords(exchangeBalanceSchema, { balances: [] })).toMatchObject({ ok: false, problem: expect.stringMatching(/^portfolio: .*missing/) });
  });

  it('property: any row with a negative or non-finite number is set aside; valid rows always pass', () => {
    const bad = fc.oneof(fc.double({ max: -Number.MIN_VALUE, noNaN: true }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY));
    // Up to a trillion: a real amount or price (larger ones overflow the value, refused on their own).
    const good = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.constantFrom('amount', 'price', 'priceBtc'), bad, good, (field, badValue, goodValue) => {
        const ok = parseWith(exchangeBalanceSchema, { balances: [{ ...row, [field]: goodValue }], portfolio });
        const ko = parseWith(exchangeBalanceSchema, { balances: [{ ...row, [field]: badValue }], portfolio });
        return ok.ok && ok.value.balances.length === 1 && ko.ok && ko.value.balances.length === 0 && ko.value.rejected[0]?.problem.id === 'field' && ko.value.rejected[0].problem.path === field;
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

  it('coins and exchanges: an invisible control in a name is shown as a mark, never obeyed or dropped', () => {
    const coins = parseWith(coinsSchema, { result: [{ id: 'tether', name: 'Tether\u202E USD', symbol: 'US\u200BDT' }] });
    expect(coins.ok && coins.value[0]).toMatchObject({ name: 'Tether⟦U+202E⟧ USD', symbol: 'US⟦U+200B⟧DT' });
    const exchanges = parseWith(supportedExchangesSchema, [
      { connectionId: 'binance', name: 'Bin\u2066ance', icon: '', connectionFields: [{ name: 'API\uFEFF key', key: 'apiKey' }] },
    ]);
    expect(exchanges.ok && exchanges.value[0]).toMatchObject({ name: 'Bin⟦U+2066⟧ance', connectionFields: [{ name: 'API⟦U+FEFF⟧ key' }] });
    expect(parseWith(coinsSchema, { result: [{ id: 'x', name: 'Plain name', symbol: 'X' }] })).toMatchObject({ ok: true, value: [{ name: 'Plain name' }] });
  });

  it('credits: subscription may be absent', () => {
    expect(parseWith(creditUsageSchema, { totalCredits: 1, usedCredits: 0, remainingCredits: 1 })).toEqual({
      ok: true,
      value: { totalCredits: 1, usedCredits: 0, remainingCredits: 1, subscription: null },
    });
  });
});
