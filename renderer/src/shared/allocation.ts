// How the total divides, by coin and by exchange: the largest few by name and
// the rest as one "other" slice, so a picture of it stays readable. Built from
// the portfolio main pushed (the same rows and per-exchange splits as
// Holdings), so the slices add up to the total on screen, dust included.
import { namesText, t } from '../../../common/i18n';
import type { ConnectionView, HoldingRow, PortfolioSummary } from '../../../common/types';

/** Slices named before the rest fold into "other": one per palette colour (theme.css `--palette-1…6`). */
export const ALLOCATION_NAMED = 6;
/** What a connection no longer listed is called (its coins are still in the total until the next refresh). */
export const removedExchange = (): string => t('shared.removedExchange');

export interface AllocationSlice {
  /** Coin id, connection id, or `other`. */
  key: string;
  /** What it is called: a coin's symbol, an exchange's name, "Other (12 coins)". */
  label: string;
  /** A longer name where there is one (the coin's). */
  title: string;
  valueUsd: number;
  /** 0..1 of the total. */
  share: number;
  /** Its colour class (theme.css): `palette-1`…, or `palette-other`. */
  colour: string;
}

type Part = Omit<AllocationSlice, 'colour'>;

/** The named parts coloured in order, then the rest (and `alwaysFolded`) as one slice, when there is any. */
function folded(parts: readonly Part[], otherLabel: (count: number) => string, alwaysFolded: readonly Part[] = []): AllocationSlice[] {
  const room = parts.length > ALLOCATION_NAMED || alwaysFolded.length > 0 ? ALLOCATION_NAMED - 1 : ALLOCATION_NAMED;
  const named = parts.slice(0, room);
  const slices = named.map((part, i) => ({ ...part, colour: `palette-${i + 1}` }));
  const rest = [...parts.slice(named.length), ...alwaysFolded];
  if (rest.length === 0) return slices;
  const label = otherLabel(rest.length);
  const valueUsd = rest.reduce((sum, part) => sum + part.valueUsd, 0);
  const share = rest.reduce((sum, part) => sum + part.share, 0);
  return [...slices, { key: 'other', label, title: label, valueUsd, share, colour: 'palette-other' }];
}

const coinPart = (row: HoldingRow): Part => ({ key: row.coinId, label: row.symbol, title: row.name, valueUsd: row.valueUsd, share: row.share });

/** By coin, largest first; the coins past the named ones, and dust (as the popover folds it), are "Other". */
export function coinAllocation(portfolio: PortfolioSummary): AllocationSlice[] {
  const held = (rows: readonly HoldingRow[]): Part[] => rows.filter((row) => row.valueUsd > 0).map(coinPart);
  return folded(held(portfolio.rows), (count) => t('shared.otherCoins', { count }), held(portfolio.dust.rows));
}

/** By exchange, largest first: each connection's part of every coin row, dust included. */
export function exchangeAllocation(portfolio: PortfolioSummary, connections: readonly ConnectionView[]): AllocationSlice[] {
  const usd = new Map<string, number>();
  for (const row of [...portfolio.rows, ...portfolio.dust.rows]) {
    for (const split of row.split) usd.set(split.connectionId, (usd.get(split.connectionId) ?? 0) + split.valueUsd);
  }
  const names = new Map(connections.map((c) => [c.id, c.name]));
  const total = portfolio.totalUsd;
  const parts = [...usd]
    .filter(([, valueUsd]) => valueUsd > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([key, valueUsd]): Part => {
      const label = names.get(key) ?? removedExchange();
      return { key, label, title: label, valueUsd, share: total > 0 ? valueUsd / total : 0 };
    });
  return folded(parts, (count) => t('shared.otherExchanges', { count }));
}

/** "BTC 52.1%, ETH 20.3%, Other (4 coins) 27.6%": a bar's accessible name. */
export function sharesText(slices: readonly AllocationSlice[], share: (value: number) => string): string {
  return namesText(slices.map((slice) => sliceText(slice, share)));
}

/** "BTC 52.1%": one slice, named with its share. */
export function sliceText(slice: AllocationSlice, share: (value: number) => string): string {
  return t('shared.sliceShare', { label: slice.label, share: share(slice.share) });
}
