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

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
    clean(a.amount) - clean(b.amount) ||
    clean(a.price) - clean(b.price) ||
    clean(a.priceBtc) - clean(b.priceBtc)
  );
}

function groupByCoin(balances: ConnectionBalances[]): Map<string, Map<string, SplitAcc>> {
  const rowsByConnection = new Map<string, BalanceRow[]>();
  for (const conn of balances) {
    const rows = rowsByConnection.get(conn.connectionId) ?? [];
    rows.push(...conn.rows);
    rowsByConnection.set(conn.connectionId, rows);
  }
  const coins = new Map<string, Map<string, SplitAcc>>();
  const connectionIds = [...rowsByConnection.keys()].sort(byText);
  for (const connectionId of connectionIds) {
    const rows = [...(rowsByConnection.get(connectionId) ?? [])].sort(compareRows);
    for (const row of rows) {
      const amount = clean(row.amount);
      if (amount === 0) continue;
      const splits = coins.get(row.coinId) ?? new Map<string, SplitAcc>();
      const acc = splits.get(connectionId) ?? { connectionId, amount: 0, valueUsd: 0, valueBtc: 0 };
      // Each row is valued with its own price: connections fetched at
      // different moments may disagree, and neither is "the" price.
      acc.amount += amount;
      acc.valueUsd += amount * clean(row.price);
      acc.valueBtc += amount * clean(row.priceBtc);
      splits.set(connectionId, acc);
      coins.set(row.coinId, splits);
    }
  }
  return coins;
}

function buildRow(coinId: string, splitMap: Map<string, SplitAcc>, meta: CoinMeta | undefined): HoldingRow {
  const accs = [...splitMap.values()]; // already in connectionId order
  let amount = 0;
  let valueUsd = 0;
  let valueBtc = 0;
  for (const s of accs) {
    amount += s.amount;
    valueUsd += s.valueUsd;
    valueBtc += s.valueBtc;
  }
  const fiat = fiatCurrencyOf(coinId);
  const split: CoinSplit[] = accs
    .map(({ connectionId, amount: a, valueUsd: v }) => ({ connectionId, amount: a, valueUsd: v }))
    .sort((a, b) => b.valueUsd - a.valueUsd || byText(a.connectionId, b.connectionId));
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

const byValueDesc = (a: HoldingRow, b: HoldingRow): number => b.valueUsd - a.valueUsd || byText(a.coinId, b.coinId);

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Value-weighted 24 h change over every holding (dust included) whose change is known. */
function weightedChange(rows: HoldingRow[]): number | null {
  let weight = 0;
  let weighted = 0;
  for (const row of rows) {
    if (row.change24h === null || row.valueUsd <= 0) continue;
    weight += row.valueUsd;
    weighted += row.valueUsd * row.change24h;
  }
  return weight > 0 ? weighted / weight : null;
}

export function aggregatePortfolio(input: AggregateInput): PortfolioSummary {
  const threshold = Number.isFinite(input.dustThresholdUsd) ? input.dustThresholdUsd : 0;
  const grouped = groupByCoin(input.balances);
  const all = [...grouped.entries()].map(([coinId, splits]) => buildRow(coinId, splits, input.coins[coinId]));
  all.sort(byValueDesc);

  const rows = all.filter((r) => r.valueUsd >= threshold);
  const dustRows = all.filter((r) => r.valueUsd < threshold);
  const dustUsd = sum(dustRows.map((r) => r.valueUsd));
  const dustBtc = sum(dustRows.map((r) => r.valueBtc));
  const totalUsd = sum(rows.map((r) => r.valueUsd)) + dustUsd;
  const totalBtc = sum(rows.map((r) => r.valueBtc)) + dustBtc;
  const shareOf = (v: number): number => (totalUsd > 0 ? v / totalUsd : 0);

  for (const row of all) row.share = shareOf(row.valueUsd);
  const dust: DustLine = { count: dustRows.length, valueUsd: dustUsd, valueBtc: dustBtc, share: shareOf(dustUsd), rows: dustRows };

  return {
    totalUsd,
    totalBtc,
    change24hPct: weightedChange(all),
    rows,
    dust,
    partial: (input.failingConnectionIds ?? []).length > 0,
  };
}
