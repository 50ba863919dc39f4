// Top coins by value, then everything else folded into one line each for
// "other coins" and dust, so the popover stays a glance. The list scrolls in
// the space the header and exchanges leave, so it can afford enough rows that
// the fold never hides most of the portfolio: see visibleCoinCount.
import { useMemo, type ReactNode } from 'react';
import { t } from '../../../common/i18n';
import { firstSyncText } from '../../../common/standing-words';
import { coinAllocation } from '../shared/allocation';
import { AllocationBar } from '../shared/allocation-bar';
import { useAppStore, useFormatters } from '../shared/app-store';
import { CoinIcon } from '../shared/coin-icon';
import type { Formatters } from '../shared/formatters';
import { Figure } from './figure';
import { PopoverList, PopoverRow } from './popover-list';
import { coinSinceLook } from './since-look';

/** Coins always shown by name (when held): a glance's worth. */
export const TOP_COINS = 8;
/** The most shown by name: past it the rest fold whatever their share (the list stays cheap to draw). */
export const MAX_NAMED_COINS = 30;
/** The share of the portfolio the "more coins" line may hold before more coins are named. */
export const MAX_FOLDED_SHARE = 0.1;
/** The popover's coin figures: ~12 tabular digits fit the value column at 360 px. */
const VALUE_MAX_CHARS = 12;
const AMOUNT_MAX_CHARS = 10;

/**
 * How many of the sorted rows to name: at least {@link TOP_COINS}, then more
 * until what is left folds at most {@link MAX_FOLDED_SHARE} of the total (a
 * long tail of small coins folds; a big holding never does), at most
 * {@link MAX_NAMED_COINS}.
 */
export function visibleCoinCount(rows: readonly { share: number }[]): number {
  let rest = rows.reduce((sum, r) => sum + r.share, 0);
  let count = 0;
  for (const row of rows) {
    if (count >= MAX_NAMED_COINS || (count >= TOP_COINS && rest <= MAX_FOLDED_SHARE)) break;
    rest -= row.share;
    count += 1;
  }
  return count;
}

export function CoinList() {
  const fmt = useFormatters();
  const portfolio = useAppStore((s) => s.snapshot?.portfolio);
  const firstSync = useAppStore((s) => s.snapshot?.standing.firstSync);
  const byCoin = useAppStore((s) => s.snapshot?.sinceLastLook?.byCoin);
  const allocation = useMemo(() => (portfolio ? coinAllocation(portfolio) : []), [portfolio]);
  if (!portfolio) return null;
  const shown = visibleCoinCount(portfolio.rows);
  const top = portfolio.rows.slice(0, shown);
  const rest = portfolio.rows.slice(shown);
  const restUsd = rest.reduce((sum, r) => sum + r.valueUsd, 0);
  const restShare = rest.reduce((sum, r) => sum + r.share, 0);
  const { dust } = portfolio;

  if (top.length === 0 && dust.count === 0) {
    return <p className="muted empty">{firstSync?.length ? t('popover.coins.firstSync', { text: firstSyncText(firstSync) }) : t('popover.coins.noBalances')}</p>;
  }
  return (
    <PopoverList
      headingId="coins-heading"
      title={t('popover.coins.title')}
      className="coin-list"
      aside={allocation.length > 1 && <AllocationBar slices={allocation} label={t('popover.coins.allocation')} fmt={fmt} className="section-bar" />}
    >
      {top.map((row) => (
        <PopoverRow key={row.coinId} className="coin-row" tab="holdings" title={coinSinceLook(byCoin?.[row.coinId], fmt)}>
          <CoinIcon src={row.icon} label={row.symbol} />
          <span className="coin-symbol" title={row.name}>
            {row.symbol}
          </span>
          <Figure fit={fmt.amountFitted(row.amount, AMOUNT_MAX_CHARS)} className="coin-amount muted" />
          <Figure fit={fmt.moneyFitted(row.valueUsd, VALUE_MAX_CHARS)} className="coin-value" />
          <span className="coin-share muted">{fmt.share(row.share)}</span>
        </PopoverRow>
      ))}
      {rest.length > 0 && (
        <FoldedRow glyph="+" valueUsd={restUsd} share={restShare} fmt={fmt}>
          {t('popover.coins.more', { count: rest.length })}
        </FoldedRow>
      )}
      {dust.count > 0 && (
        <FoldedRow glyph="·" valueUsd={dust.valueUsd} share={dust.share} fmt={fmt} testId="dust-line">
          {t('popover.coins.dust', { count: dust.count })}
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
      <Figure fit={fmt.moneyFitted(valueUsd, VALUE_MAX_CHARS)} className="coin-value" />
      {/* Not muted: what a folded line holds must read as plainly as any coin's share. */}
      <span className="coin-share">{fmt.share(share)}</span>
    </PopoverRow>
  );
}
