// "Since you last looked": what the portfolio was when the user last had the
// popover open for a few seconds, and how it changed since. Pure. Never
// overstates: a look or a total that was partial, a different set of
// connections, or a shared problem gives no change at all rather than one that
// reads a missing exchange as a loss.
import type { AppSnapshot, HoldingRow } from '../../common/types';
import type { CoinDelta, LastLook, SinceLastLook } from '../../common/look-types';
import { inTotal } from './standing';

/** Coins a look keeps: the local store stays small however long the coin tail. */
export const LOOK_MAX_COINS = 50;
/** Coins named as having moved the total most. */
export const MOVERS_SHOWN = 3;

type Compared = Pick<AppSnapshot, 'portfolio' | 'connections' | 'standing'>;

const allRows = (s: Compared): HoldingRow[] => [...s.portfolio.rows, ...s.portfolio.dust.rows];

const countedIds = (s: Compared): string[] => s.connections.filter(inTotal).map((c) => c.id).sort();

/** Whether the snapshot's total is the whole story: nothing partial, failing or shared-broken, something counted. */
function isComplete(s: Compared): boolean {
  return !s.portfolio.partial && s.standing.problem === null && s.standing.syncedAt !== null && countedIds(s).length > 0;
}

/** The look a snapshot makes at `at`: its total, its connections and its largest coins. */
export function lookOf(snapshot: Compared, at: number): LastLook {
  const rows = allRows(snapshot).sort((a, b) => b.valueUsd - a.valueUsd);
  const kept = rows.slice(0, LOOK_MAX_COINS);
  return {
    at,
    totalUsd: snapshot.portfolio.totalUsd,
    connectionIds: countedIds(snapshot),
    complete: isComplete(snapshot),
    coins: Object.fromEntries(kept.map((r) => [r.coinId, { symbol: r.symbol, amount: r.amount, valueUsd: r.valueUsd }])),
    capped: rows.length > kept.length,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The change from `look` to the snapshot, or null when they cannot be
 * compared honestly (no look, either side partial, different connections).
 */
export function changeSinceLook(snapshot: Compared, look: LastLook | null): SinceLastLook | null {
  if (!look || !look.complete || !isComplete(snapshot)) return null;
  if (!sameSet([...look.connectionIds].sort(), countedIds(snapshot))) return null;
  const usd = snapshot.portfolio.totalUsd - look.totalUsd;
  const deltas = coinDeltas(allRows(snapshot), look);
  // Largest moves first; the snapshot carries a bounded number of them (a new 10,000-coin airdrop must not bloat every push).
  const ranked = deltas.sort((a, b) => Math.abs(b.usd) - Math.abs(a.usd)).slice(0, LOOK_MAX_COINS);
  const movers = ranked.filter((d) => d.usd !== 0).slice(0, MOVERS_SHOWN);
  return {
    since: look.at,
    usd,
    pct: look.totalUsd > 0 ? (usd / look.totalUsd) * 100 : null,
    movers,
    byCoin: Object.fromEntries(ranked.map((d) => [d.coinId, d])),
  };
}

/**
 * Each coin's change of value: the coins the look kept, and the ones held now.
 * A coin held now but not kept by a capped look had an unknown value then: it
 * gets no delta rather than its whole value as a gain.
 */
function coinDeltas(rows: readonly HoldingRow[], look: LastLook): CoinDelta[] {
  const now = new Map(rows.map((r) => [r.coinId, r]));
  const deltas: CoinDelta[] = [];
  for (const [coinId, then] of Object.entries(look.coins)) {
    const row = now.get(coinId);
    const value = row?.valueUsd ?? 0;
    const usd = value - then.valueUsd;
    deltas.push({ coinId, symbol: row?.symbol ?? then.symbol, usd, pct: then.valueUsd > 0 ? (usd / then.valueUsd) * 100 : null });
  }
  if (look.capped) return deltas;
  for (const row of rows) {
    if (row.coinId in look.coins) continue;
    deltas.push({ coinId: row.coinId, symbol: row.symbol, usd: row.valueUsd, pct: null });
  }
  return deltas;
}
