// Seeded balances of one exchange account. Everything is a pure function of
// (seed, exchange, credentials), so two calls agree and tests can ask the
// double for the rows it will serve.
import { createHash } from 'node:crypto';
import type { BalanceRow } from '../../common/types';
import { type Universe, sig } from './catalog';
import { intBetween, logUniform, rngFrom } from './prng';

/** Credentials in a stable order, so `{a, b}` and `{b, a}` are the same account. */
export function canonicalFields(fields: Record<string, string>): string {
  return JSON.stringify(Object.keys(fields).sort().map((k) => [k, fields[k]]));
}

/** 64 hex chars, like CoinStats' portfolio ids. */
export function portfolioIdFor(exchangeId: string, fields: Record<string, string>): string {
  return createHash('sha256').update(`${exchangeId}\u0000${canonicalFields(fields)}`).digest('hex');
}

export function rowFor(universe: Universe, coinId: string, amount: number): BalanceRow {
  const coin = universe.coins.get(coinId);
  if (!coin) throw new Error(`double: unknown coin ${coinId}`);
  return { coinId, amount, price: coin.price, priceBtc: coin.price / universe.btcPrice };
}

/** Amounts as exchanges report them: at most 8 decimals, never zero. */
function amountFor(valueUsd: number, price: number): number {
  const amount = Number((valueUsd / price).toFixed(8));
  return amount > 0 ? amount : 0.00000001;
}

export function generateBalances(seed: number, universe: Universe, exchangeId: string, fields: Record<string, string>): BalanceRow[] {
  const rng = rngFrom(seed, 'balances', exchangeId, canonicalFields(fields));
  const count = intBetween(rng, 25, 180);
  const rows: BalanceRow[] = [];
  const used = new Set<string>();
  const push = (coinId: string, valueUsd: number): void => {
    const coin = universe.coins.get(coinId);
    if (!coin || used.has(coinId)) return;
    used.add(coinId);
    rows.push(rowFor(universe, coinId, amountFor(valueUsd, coin.price)));
  };
  // Most accounts hold the big three and some cash; the rest is a long tail.
  push('bitcoin', logUniform(rng, 200, 60_000));
  push('ethereum', logUniform(rng, 100, 20_000));
  push('tether', logUniform(rng, 10, 8_000));
  push('FiatCoinUSD', sig(logUniform(rng, 5, 3_000)));
  if (rng() < 0.5) push('FiatCoinEUR', sig(logUniform(rng, 5, 2_000)));
  const pool = universe.ranked;
  while (rows.length < count) {
    // Lower ranks are likelier: square the uniform draw towards the top.
    const coin = pool[Math.floor(rng() ** 2 * pool.length)];
    if (!coin) continue;
    const dust = rng() < 0.18;
    push(coin.id, dust ? logUniform(rng, 0.0005, 0.9) : logUniform(rng, 2, 5_000));
  }
  return rows;
}

/**
 * While a portfolio syncs, CoinStats answers with what it has so far: nothing
 * at first, then a growing prefix of the rows.
 */
export function partialRows(rows: BalanceRow[], polls: number, syncPolls: number): BalanceRow[] {
  if (polls <= 0) return [];
  return rows.slice(0, Math.floor((rows.length * polls) / (syncPolls + 1)));
}

/** A very large answer for the 'large' fault: synthetic coins with valid numbers. */
export function largeBalances(seed: number, universe: Universe, n: number): BalanceRow[] {
  const rng = rngFrom(seed, 'large', n);
  const rows: BalanceRow[] = [];
  for (let i = 0; i < n; i++) {
    const price = sig(logUniform(rng, 0.0001, 500));
    rows.push({ coinId: `bulk-coin-${i}`, amount: amountFor(logUniform(rng, 0.01, 1000), price), price, priceBtc: price / universe.btcPrice });
  }
  return rows;
}
