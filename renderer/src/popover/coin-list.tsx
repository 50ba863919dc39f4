// Top coins by value, then everything else folded into one line each for
// "other coins" and dust, so the popover stays a glance.
import type { ReactNode } from 'react';
import { firstSyncText } from '../../../common/standing-words';
import { useAppStore, useFormatters } from '../shared/app-store';
import { CoinIcon } from '../shared/coin-icon';
import type { Formatters } from '../shared/formatters';
import { PopoverList, PopoverRow } from './popover-list';

export const TOP_COINS = 8;

export function CoinList() {
  const fmt = useFormatters();
  const portfolio = useAppStore((s) => s.snapshot?.portfolio);
  const firstSync = useAppStore((s) => s.snapshot?.standing.firstSync);
  if (!portfolio) return null;
  const top = portfolio.rows.slice(0, TOP_COINS);
  const rest = portfolio.rows.slice(TOP_COINS);
  const restUsd = rest.reduce((sum, r) => sum + r.valueUsd, 0);
  const restShare = rest.reduce((sum, r) => sum + r.share, 0);
  const { dust } = portfolio;

  if (top.length === 0 && dust.count === 0) {
    return <p className="muted empty">{firstSync?.length ? `${firstSyncText(firstSync)}.` : 'No balances yet.'}</p>;
  }
  return (
    <PopoverList headingId="coins-heading" title="Coins" className="coin-list">
      {top.map((row) => (
        <PopoverRow key={row.coinId} className="coin-row" tab="holdings">
          <CoinIcon src={row.icon} label={row.symbol} />
          <span className="coin-symbol">{row.symbol}</span>
          <span className="coin-amount muted">{fmt.amount(row.amount)}</span>
          <span className="coin-value">{fmt.money(row.valueUsd)}</span>
          <span className="coin-share muted">{fmt.share(row.share)}</span>
        </PopoverRow>
      ))}
      {rest.length > 0 && (
        <FoldedRow glyph="+" valueUsd={restUsd} share={restShare} fmt={fmt}>
          {rest.length} more {rest.length === 1 ? 'coin' : 'coins'}
        </FoldedRow>
      )}
      {dust.count > 0 && (
        <FoldedRow glyph="·" valueUsd={dust.valueUsd} share={dust.share} fmt={fmt} testId="dust-line">
          Dust ({dust.count} {dust.count === 1 ? 'coin' : 'coins'})
        </FoldedRow>
      )}
    </PopoverList>
  );
}

interface FoldedRowProps {
  /** Stands in the icon's place. */
  glyph: string;
  valueUsd: number;
  share: number;
  fmt: Formatters;
  testId?: string;
  /** What the line holds, in the symbol's place. */
  children: ReactNode;
}

/** Several coins on one line: no icon and no amount, only their value and share. */
function FoldedRow({ glyph, valueUsd, share, fmt, testId, children }: FoldedRowProps) {
  return (
    <PopoverRow className="coin-row folded" tab="holdings" testId={testId}>
      <span className="coin-icon coin-fallback size-20" aria-hidden="true">
        {glyph}
      </span>
      <span className="coin-symbol">{children}</span>
      <span className="coin-amount" />
      <span className="coin-value">{fmt.money(valueUsd)}</span>
      <span className="coin-share muted">{fmt.share(share)}</span>
    </PopoverRow>
  );
}
