import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import type { BalanceRow, CoinMeta, ConnectionBalances } from '../../common/types';

const meta = (id: string, symbol: string, name: string, change: number | null = null): CoinMeta => ({
  id,
  name,
  symbol,
  icon: `https://icons.example/${id}.png`,
  priceChange1d: change,
  price: null,
  priceBtc: null,
});

const conn = (connectionId: string, rows: BalanceRow[]): ConnectionBalances => ({ connectionId, fetchedAt: 0, rows });

/** One connection, 'a', holding `rows`, with no coin metadata. */
const oneExchange = (options: { dustThresholdUsd: number; failingConnectionIds?: string[] }, rows: BalanceRow[]) =>
  aggregatePortfolio({ balances: [conn('a', rows)], coins: {}, ...options });

describe('aggregatePortfolio', () => {
  it('merges one coin across connections with a per-exchange split', () => {
    const s = aggregatePortfolio({
      balances: [
        conn('binance', [{ coinId: 'bitcoin', amount: 1, price: 60_000, priceBtc: 1 }]),
        conn('kraken', [
          { coinId: 'bitcoin', amount: 0.5, price: 60_000, priceBtc: 1 },
          { coinId: 'ethereum', amount: 10, price: 3_000, priceBtc: 0.05 },
        ]),
      ],
      coins: { bitcoin: meta('bitcoin', 'BTC', 'Bitcoin', 2), ethereum: meta('ethereum', 'ETH', 'Ethereum', -4) },
      dustThresholdUsd: 1,
    });
    expect(s.totalUsd).toBe(120_000);
    expect(s.totalBtc).toBe(2);
    expect(s.rows.map((r) => r.coinId)).toEqual(['bitcoin', 'ethereum']);
    const btc = s.rows[0]!;
    expect(btc).toMatchObject({ symbol: 'BTC', name: 'Bitcoin', amount: 1.5, valueUsd: 90_000, priceUsd: 60_000, share: 0.75 });
    expect(btc.split).toEqual([
      { connectionId: 'binance', amount: 1, valueUsd: 60_000 },
      { connectionId: 'kraken', amount: 0.5, valueUsd: 30_000 },
    ]);
    // (90k × 2 + 30k × −4) / 120k = 0.5
    expect(s.change24hPct).toBeCloseTo(0.5, 12);
    // Each holding's gain since yesterday: now minus now / (1 + change).
    expect(s.change24hUsd).toBeCloseTo(90_000 - 90_000 / 1.02 + (30_000 - 30_000 / 0.96), 6);
    expect(s.partial).toBe(false);
  });

  it('values each split with its own price when connections disagree', () => {
    const s = aggregatePortfolio({
      balances: [
        conn('a', [{ coinId: 'sol', amount: 2, price: 100, priceBtc: 0.002 }]),
        conn('b', [{ coinId: 'sol', amount: 1, price: 130, priceBtc: 0.0026 }]),
      ],
      coins: {},
      dustThresholdUsd: 0,
    });
    const row = s.rows[0]!;
    expect(row.valueUsd).toBe(330);
    expect(row.valueBtc).toBeCloseTo(0.0066, 15);
    expect(row.priceUsd).toBe(110);
    expect(row.split.map((x) => x.valueUsd)).toEqual([200, 130]);
  });

  it('folds rows under the dust threshold into one line', () => {
    const s = oneExchange({ dustThresholdUsd: 1 }, [
      { coinId: 'bitcoin', amount: 1, price: 100, priceBtc: 1 },
      { coinId: 'popcat', amount: 0.00342, price: 0.25946, priceBtc: 0.0000023571544854315866 },
      { coinId: 'shib', amount: 10, price: 0.05, priceBtc: 0.0000005 },
    ]);
    expect(s.rows.map((r) => r.coinId)).toEqual(['bitcoin']);
    expect(s.dust.count).toBe(2);
    expect(s.dust.valueUsd).toBeCloseTo(0.5 + 0.00342 * 0.25946, 12);
    expect(s.totalUsd).toBeCloseTo(100 + s.dust.valueUsd, 12);
    expect(s.rows[0]!.share + s.dust.share).toBeCloseTo(1, 12);
    // The folded coins stay listed, largest first, with their own shares.
    expect(s.dust.rows.map((r) => r.coinId)).toEqual(['shib', 'popcat']);
    expect(s.dust.rows[0]!.share).toBeCloseTo(0.5 / s.totalUsd, 12);
    expect(s.dust.rows[0]!.split.map((x) => x.connectionId)).toEqual(['a']);
  });

  it('treats FiatCoin ids as cash with the currency as symbol', () => {
    const s = oneExchange({ dustThresholdUsd: 1 }, [
      { coinId: 'FiatCoinUSD', amount: 250, price: 1, priceBtc: 0.00001 },
      { coinId: 'FiatCoinEUR', amount: 100, price: 1.1, priceBtc: 0.000011 },
      { coinId: 'bitcoin-cash', amount: 1, price: 300, priceBtc: 0.005 },
    ]);
    const byId = Object.fromEntries(s.rows.map((r) => [r.coinId, r]));
    expect(byId['FiatCoinUSD']).toMatchObject({ isCash: true, symbol: 'USD', name: 'US Dollar', change24h: 0, icon: null });
    expect(byId['FiatCoinEUR']).toMatchObject({ isCash: true, symbol: 'EUR', name: 'Euro', change24h: null });
    expect(byId['bitcoin-cash']).toMatchObject({ isCash: false, symbol: 'bitcoin-cash', name: 'Bitcoin Cash' });
    // Only USD cash has a known change (0): before any coin's change is known, the change is unknown, not "0.00 %".
    expect(s.change24hPct).toBeNull();
    expect(s.change24hUsd).toBeNull();
  });

  it('counts USD cash as a known 0 % once a coin beside it has a known change', () => {
    const s = aggregatePortfolio({
      balances: [conn('a', [
        { coinId: 'FiatCoinUSD', amount: 300, price: 1, priceBtc: 0.00001 },
        { coinId: 'bitcoin', amount: 1, price: 100, priceBtc: 1 },
        { coinId: 'solana', amount: 1, price: 600, priceBtc: 0.006 },
      ])],
      coins: { bitcoin: meta('bitcoin', 'BTC', 'Bitcoin', 10) },
      dustThresholdUsd: 0,
    });
    // Solana's change is unknown and left out; cash weighs in at 0 %: (100 × 10 + 300 × 0) / 400.
    expect(s.change24hPct).toBeCloseTo(2.5, 12);
    expect(s.change24hUsd).toBeCloseTo(100 - 100 / 1.1, 9);
  });

  it('sorts by value, ties by coin id, and marks partial when a connection fails', () => {
    const s = oneExchange({ dustThresholdUsd: 0, failingConnectionIds: ['b'] }, [
      { coinId: 'zeta', amount: 1, price: 5, priceBtc: 0 },
      { coinId: 'alpha', amount: 1, price: 5, priceBtc: 0 },
      { coinId: 'big', amount: 1, price: 50, priceBtc: 0 },
    ]);
    expect(s.rows.map((r) => r.coinId)).toEqual(['big', 'alpha', 'zeta']);
    expect(s.partial).toBe(true);
    expect(s.change24hPct).toBeNull();
  });

  it('gives zeros, not NaN, for empty and zero input and drops bad numbers', () => {
    const empty = aggregatePortfolio({ balances: [], coins: {}, dustThresholdUsd: 1 });
    expect(empty).toEqual({
      totalUsd: 0,
      totalBtc: 0,
      change24hPct: null,
      change24hUsd: null,
      rows: [],
      dust: { count: 0, valueUsd: 0, valueBtc: 0, share: 0, rows: [] },
      partial: false,
    });
    const zeros = oneExchange({ dustThresholdUsd: 1 }, [
      { coinId: 'x', amount: 0, price: 10, priceBtc: 1 },
      { coinId: 'y', amount: 3, price: 0, priceBtc: 0 },
      { coinId: 'z', amount: Number.NaN, price: Number.POSITIVE_INFINITY, priceBtc: -1 },
      { coinId: 'w', amount: 2, price: Number.NaN, priceBtc: 0 },
    ]);
    expect(zeros.totalUsd).toBe(0);
    expect(zeros.dust).toMatchObject({ count: 2, valueUsd: 0, valueBtc: 0, share: 0 });
    expect(zeros.dust.rows.map((r) => r.coinId)).toEqual(['w', 'y']);
    // y (price 0) and w (NaN price) are held but worth nothing; x and z hold nothing.
    expect(zeros.totalBtc).toBe(0);
    expect(zeros.change24hPct).toBeNull();
  });
});

// ---- properties -----------------------------------------------------------

const coinIds = ['bitcoin', 'ethereum', 'tether', 'popcat', 'FiatCoinUSD', 'FiatCoinEUR', 'shib'];
const rowArb = fc.record({
  coinId: fc.constantFrom(...coinIds),
  amount: fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e7, noNaN: true })),
  price: fc.oneof(fc.constant(0), fc.double({ min: 1e-8, max: 1e5, noNaN: true })),
  priceBtc: fc.double({ min: 0, max: 2, noNaN: true }),
});
const connsArb = fc.uniqueArray(
  fc.record({ connectionId: fc.constantFrom('binance', 'kraken', 'okx', 'bybit', 'kucoin'), fetchedAt: fc.nat(), rows: fc.array(rowArb, { maxLength: 12 }) }),
  { selector: (c) => c.connectionId, maxLength: 5 },
);
const metaArb = fc.dictionary(
  fc.constantFrom(...coinIds),
  fc.record({ change: fc.option(fc.double({ min: -99, max: 1000, noNaN: true })) }),
).map((d) => Object.fromEntries(Object.entries(d).map(([id, m]) => [id, meta(id, id.slice(0, 3), id, m.change)])));
const thresholdArb = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true }));

describe('aggregatePortfolio properties', () => {
  it('total equals the sum of rows plus dust, and shares sum to 1', () => {
    fc.assert(
      fc.property(connsArb, metaArb, thresholdArb, (balances, coins, dustThresholdUsd) => {
        const s = aggregatePortfolio({ balances, coins, dustThresholdUsd });
        const rowsUsd = s.rows.reduce((acc, r) => acc + r.valueUsd, 0);
        const rowsBtc = s.rows.reduce((acc, r) => acc + r.valueBtc, 0);
        expect(s.totalUsd).toBeCloseTo(rowsUsd + s.dust.valueUsd, 6);
        expect(Math.abs(s.totalBtc - (rowsBtc + s.dust.valueBtc))).toBeLessThanOrEqual(1e-9 * Math.max(1, s.totalBtc));
        const shares = s.rows.reduce((acc, r) => acc + r.share, 0) + s.dust.share;
        if (s.totalUsd > 0) expect(Math.abs(shares - 1)).toBeLessThanOrEqual(1e-9);
        else expect(shares).toBe(0);
        for (const r of s.rows) {
          expect(r.valueUsd).toBeGreaterThanOrEqual(dustThresholdUsd);
          expect(Math.abs(r.split.reduce((a, x) => a + x.amount, 0) - r.amount)).toBeLessThanOrEqual(1e-9 * r.amount);
        }
        const numbers = [s.totalUsd, s.totalBtc, s.dust.valueUsd, s.dust.share, ...s.rows.flatMap((r) => [r.valueUsd, r.valueBtc, r.share, r.priceUsd])];
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of connections or of their rows', () => {
    fc.assert(
      fc.property(connsArb, metaArb, thresholdArb, fc.infiniteStream(fc.nat()), (balances, coins, dustThresholdUsd, seeds) => {
        const shuffle = <T>(xs: T[]): T[] => {
          const copy = [...xs];
          for (let i = copy.length - 1; i > 0; i--) {
            const j = seeds.next().value % (i + 1);
            [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          }
          return copy;
        };
        const reordered = shuffle(balances).map((c) => ({ ...c, rows: shuffle(c.rows) }));
        expect(aggregatePortfolio({ balances: reordered, coins, dustThresholdUsd })).toEqual(
          aggregatePortfolio({ balances, coins, dustThresholdUsd }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('dust lists every folded coin, by value descending, and its values sum to the dust line', () => {
    fc.assert(
      fc.property(connsArb, metaArb, thresholdArb, (balances, coins, dustThresholdUsd) => {
        const { dust, rows } = aggregatePortfolio({ balances, coins, dustThresholdUsd });
        expect(dust.rows).toHaveLength(dust.count);
        const usd = dust.rows.reduce((acc, r) => acc + r.valueUsd, 0);
        const btc = dust.rows.reduce((acc, r) => acc + r.valueBtc, 0);
        expect(Math.abs(usd - dust.valueUsd)).toBeLessThanOrEqual(1e-12 * Math.max(1, dust.valueUsd));
        expect(Math.abs(btc - dust.valueBtc)).toBeLessThanOrEqual(1e-12 * Math.max(1, dust.valueBtc));
        const held = new Set(rows.map((r) => r.coinId));
        for (let i = 0; i < dust.rows.length; i++) {
          const r = dust.rows[i]!;
          expect(r.valueUsd).toBeLessThan(dustThresholdUsd);
          expect(held.has(r.coinId)).toBe(false);
          if (i > 0) expect(dust.rows[i - 1]!.valueUsd).toBeGreaterThanOrEqual(r.valueUsd);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rows are sorted by value descending, ties by coin id', () => {
    fc.assert(
      fc.property(connsArb, metaArb, (balances, coins) => {
        const { rows } = aggregatePortfolio({ balances, coins, dustThresholdUsd: 0 });
        for (let i = 1; i < rows.length; i++) {
          const a = rows[i - 1]!;
          const b = rows[i]!;
          expect(a.valueUsd > b.valueUsd || (a.valueUsd === b.valueUsd && a.coinId < b.coinId)).toBe(true);
        }
      }),
    );
  });
});
