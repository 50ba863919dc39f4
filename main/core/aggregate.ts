// Folds the last-known balances of every connection into one portfolio: one
// row per coin with its per-exchange split, totals in USD and BTC, shares, and
// dust folded into one line (which still lists its coins). Pure, so the renderer can use it as well.
import { fallbackName, fallbackSymbol, fiatCurrencyOf } from './coin-labels';
import type { BalanceRow, CoinMeta, CoinSplit, ConnectionBalances, DustLine, HoldingRow, PortfolioSummary } from '../../common/types';

export interface AggregateInput {
  balances: ConnectionBalances[];
  coins: Record<string, CoinMeta>;
  dustThresholdUsd: number;
  failingConnectionIds?: string[];
}

interface SplitAcc extends CoinSplit {
  valueBtc: number;
}

/** Non-finite or negative figures count as 0: a bad row must never turn totals into NaN. */
function clean(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** A row's USD value as the totals count it (enrichment ranks coins by the same figure). */
export function rowValueUsd(row: BalanceRow): number {
  return clean(row.amount) * clean(row.price);
}

/** The dust rule: a coin worth less than the threshold over all connections is folded into the dust line. */
export function isDust(valueUsd: number, dustThresholdUsd: number): boolean {
  return valueUsd < (Number.isFinite(dustThresholdUsd) ? dustThresholdUsd : 0);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ascending, as `a - b` orders but answering -1, 0 or 1: a difference of two
 * prices is a fraction the engine boxes on every comparison, which sorting
 * 100,000 holdings turns into tens of megabytes of garbage.
 */
const byNumber = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Canonical order for rows inside one connection. Floating-point addition is
 * not associative, so summing in a canonical order is what makes the summary
 * identical whatever order connections (or their rows) arrive in.
 */
function compareRows(a: BalanceRow, b: BalanceRow): number {
  // Compare the cleaned figures: rows equal here contribute identically, so
  // their relative order cannot change a sum.
  return (
    byText(a.coinId, b.coinId) ||
    byNumber(clean(a.amount), clean(b.amount)) ||
    byNumber(clean(a.price), clean(b.price)) ||
    byNumber(clean(a.priceBtc), clean(b.priceBtc))
  );
}

/**
 * Each coin's accumulators, one per connection, in connectionId order. An
 * array rather than a map per coin: connections are walked one at a time, so
 * a coin's accumulator for the current connection is always its last one, and
 * a 100,000-coin account does not pay for 100,000 maps.
 */
function groupByCoin(balances: ConnectionBalances[]): Map<string, SplitAcc[]> {
  const rowsByConnection = new Map<string, BalanceRow[][]>();
  for (const conn of balances) {
    const lists = rowsByConnection.get(conn.connectionId);
    if (lists) lists.push(conn.rows);
    else rowsByConnection.set(conn.connectionId, [conn.rows]);
  }
  const coins = new Map<string, SplitAcc[]>();
  const connectionIds = [...rowsByConnection.keys()].sort(byText);
  for (const connectionId of connectionIds) {
    // One copy to sort (the stored rows may be frozen), filled by a loop: push(...rows) throws
    // "Maximum call stack size exceeded" past ~130,000 rows in Node 22.
    const rows: BalanceRow[] = [];
    for (const list of rowsByConnection.get(connectionId) ?? []) for (const row of list) rows.push(row);
    rows.sort(compareRows);
    for (const row of rows) addRow(coins, connectionId, row);
  }
  return coins;
}

function addRow(coins: Map<string, SplitAcc[]>, connectionId: string, row: BalanceRow): void {
  const amount = clean(row.amount);
  if (amount === 0) return;
  const splits = coins.get(row.coinId);
  let acc = splits?.[splits.length - 1];
  if (acc?.connectionId !== connectionId) {
    acc = { connectionId, amount: 0, valueUsd: 0, valueBtc: 0 };
    // `[acc]` is sized for one; an empty array grown by push() reserves 16 slots, for every coin.
    if (splits) splits.push(acc);
    else coins.set(row.coinId, [acc]);
  }
  // Each row is valued with its own price: connections fetched at
  // different moments may disagree, and neither is "the" price.
  acc.amount += amount;
  acc.valueUsd += amount * clean(row.price);
  acc.valueBtc += amount * clean(row.priceBtc);
}

function buildRow(coinId: string, accs: SplitAcc[], meta: CoinMeta | undefined): HoldingRow {
  // accs is already in connectionId order.
  let amount = 0;
  let valueUsd = 0;
  let valueBtc = 0;
  for (const s of accs) {
    amount += s.amount;
    valueUsd += s.valueUsd;
    valueBtc += s.valueBtc;
  }
  const fiat = fiatCurrencyOf(coinId);
  const split: CoinSplit[] = accs.map(({ connectionId, amount: a, valueUsd: v }) => ({ connectionId, amount: a, valueUsd: v }));
  if (split.length > 1) split.sort((a, b) => byNumber(b.valueUsd, a.valueUsd) || byText(a.connectionId, b.connectionId));
  return {
    coinId,
    symbol: meta?.symbol || fallbackSymbol(coinId),
    name: meta?.name || fallbackName(coinId),
    icon: meta?.icon ?? null,
    amount,
    // Amount-weighted price, which is simply the price when all splits agree.
    priceUsd: amount > 0 ? valueUsd / amount : 0,
    valueUsd,
    valueBtc,
    share: 0,
    change24h: changeOf(meta, fiat),
    isCash: fiat !== null,
    split,
  };
}

function changeOf(meta: CoinMeta | undefined, fiat: string | null): number | null {
  const change = meta?.priceChange1d;
  if (typeof change === 'number' && Number.isFinite(change)) return change;
  // US dollar cash does not move against the USD totals; other fiat does, by an unknown amount.
  return fiat === 'USD' ? 0 : null;
}

type Valued = Pick<HoldingRow, 'coinId' | 'valueUsd'>;

/** Most valuable first, ties by id: the order of the holdings list (and of enrichment's passes). */
export const byValueDesc = (a: Valued, b: Valued): number => byNumber(b.valueUsd, a.valueUsd) || byText(a.coinId, b.coinId);

/** What a value that moved `pct` percent over 24 h gained: now minus what it was then. */
export function changeAmount(valueUsd: number, pct: number): number {
  return valueUsd - valueUsd / (1 + pct / 100);
}

/**
 * Value-weighted 24 h change over every holding (dust included) whose change
 * is known, in percent and in USD. The amount is summed over those same
 * holdings, so a coin with no known change adds nothing instead of being
 * assumed to have moved with the rest. US dollar cash counts as a known 0 %,
 * but only beside a coin whose change is known: before enrichment has priced
 * any coin, "0.00 %" would be a guess, so the change is unknown.
 */
function weightedChange(rows: HoldingRow[]): { pct: number | null; usd: number | null } {
  let weight = 0;
  let weighted = 0;
  let usd = 0;
  let anyCoinKnown = false;
  for (const row of rows) {
    if (row.change24h === null || row.valueUsd <= 0) continue;
    if (!row.isCash) anyCoinKnown = true;
    weight += row.valueUsd;
    weighted += row.valueUsd * row.change24h;
    usd += changeAmount(row.valueUsd, row.change24h);
  }
  return anyCoinKnown && weight > 0 ? { pct: weighted / weight, usd } : { pct: null, usd: null };
}

export function aggregatePortfolio(input: AggregateInput): PortfolioSummary {
  const all: HoldingRow[] = [];
  for (const [coinId, splits] of groupByCoin(input.balances)) all.push(buildRow(coinId, splits, input.coins[coinId]));
  all.sort(byValueDesc);

  // One pass over the sorted rows: the lists and sums below would otherwise each walk (and copy) every holding.
  const rows: HoldingRow[] = [];
  const dustRows: HoldingRow[] = [];
  let rowsUsd = 0;
  let rowsBtc = 0;
  let dustUsd = 0;
  let dustBtc = 0;
  for (const row of all) {
    if (isDust(row.valueUsd, input.dustThresholdUsd)) {
      dustRows.push(row);
      dustUsd += row.valueUsd;
      dustBtc += row.valueBtc;
    } else {
      rows.push(row);
      rowsUsd += row.valueUsd;
      rowsBtc += row.valueBtc;
    }
  }
  const totalUsd = rowsUsd + dustUsd;
  const totalBtc = rowsBtc + dustBtc;
  const shareOf = (v: number): number => (totalUsd > 0 ? v / totalUsd : 0);

  for (const row of all) row.share = shareOf(row.valueUsd);
  const dust: DustLine = { count: dustRows.length, valueUsd: dustUsd, valueBtc: dustBtc, share: shareOf(dustUsd), rows: dustRows };

  const change = weightedChange(all);
  return {
    totalUsd,
    totalBtc,
    change24hPct: change.pct,
    change24hUsd: change.usd,
    rows,
    dust,
    partial: (input.failingConnectionIds ?? []).length > 0,
  };
}
