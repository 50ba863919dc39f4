// "Since you last looked": the portfolio as the user last saw it, kept in the
// local store, and the change since then that the snapshot carries.
// main/core/last-look.ts holds the rules.

/** One coin as it stood at a look: what "since you last looked" compares with. */
export interface LookedCoin {
  symbol: string;
  amount: number;
  valueUsd: number;
}

/**
 * The portfolio as the user last saw it (the popover open for a few seconds),
 * kept in the local store. main/core/last-look.ts holds the rules.
 */
export interface LastLook {
  at: number;
  totalUsd: number;
  /** Connections in the total then: a change across a different set is not a change of value. */
  connectionIds: string[];
  /** False when the total then was partial or had a shared problem: nothing is compared with it. */
  complete: boolean;
  /** The largest coins by value (capped), by coin id. */
  coins: Record<string, LookedCoin>;
  /** True when coins past the cap were left out: a coin missing from `coins` then has no known value. */
  capped: boolean;
}

/** One coin's part in the change since the last look. */
export interface CoinDelta {
  coinId: string;
  symbol: string;
  /** Change of its value in USD (amount and price together). */
  usd: number;
  /** Change of its value in percent of its value then; null for a coin not held then. */
  pct: number | null;
}

/** The change since the user last looked; null in the snapshot when there is nothing honest to compare with. */
export interface SinceLastLook {
  /** When that look was. */
  since: number;
  usd: number;
  /** Null when the total then was 0. */
  pct: number | null;
  /** The coins that moved the total most, by |usd| descending (a few). */
  movers: CoinDelta[];
  /** Every compared coin's change by coin id, for per-coin rows. */
  byCoin: Record<string, CoinDelta>;
}
