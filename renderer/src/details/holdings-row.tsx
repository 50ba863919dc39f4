// One drawn line of the Holdings grid: a coin, one exchange's share of an
// expanded coin, or the folded dust line. Memoised: scrolling re-renders
// only the lines entering the window. Its words follow a language switch
// because `fmt` is made anew for each language (useFormatters).
import { memo } from 'react';
import type { FittedText } from '../../../common/format';
import { t } from '../../../common/i18n';
import type { Formatters } from '../shared/formatters';
import { CoinIcon } from '../shared/coin-icon';
import type { HoldingsItem } from './holdings-model';

export const ROW_HEIGHT = 36;

/**
 * Characters a figure column shows before it turns compact: the narrowest
 * figure column (1fr of the grid, ~110 px in an 800 px window, ~7.5 px a
 * tabular digit) holds about this many, so a figure is never clipped.
 */
export const CELL_MAX_CHARS = 14;

/** A figure cell: compact when long, the full figure in its tooltip and accessible name. */
function FigureCell({ fit, className = 'num' }: { fit: FittedText; className?: string }) {
  const cut = fit.text !== fit.full;
  return (
    <div role="gridcell" className={className} title={cut ? fit.full : undefined} aria-label={cut ? fit.full : undefined}>
      {fit.text}
    </div>
  );
}

export const rowDomId = (key: string): string => `holding-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

interface Props {
  item: HoldingsItem;
  rowIndex: number;
  start: number;
  selected: boolean;
  expanded: boolean;
  fmt: Formatters;
  connectionName: (id: string) => string;
  onPick: (key: string, toggle: boolean) => void;
}

export const HoldingsRow = memo(function HoldingsRow({ item, rowIndex, start, selected, expanded, fmt, connectionName, onPick }: Props) {
  // Positioning through React's style prop is a CSSOM write, which the CSP's
  // style-src 'self' allows (it blocks only style attributes in markup).
  const style = { transform: `translateY(${start}px)`, height: ROW_HEIGHT };
  const common = {
    id: rowDomId(item.key),
    role: 'row',
    'aria-rowindex': rowIndex,
    'aria-level': item.kind === 'dust' ? 1 : item.level,
    'aria-selected': selected,
    style,
  } as const;

  if (item.kind === 'dust') {
    return (
      <div
        {...common}
        className={`grid-row dust${selected ? ' selected' : ''}`}
        data-testid="holdings-dust"
        aria-expanded={expanded}
        onClick={() => onPick(item.key, true)}
      >
        <div role="gridcell" className="cell-name">
          <span className="disclosure" aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          <span className="coin-icon coin-fallback size-20" aria-hidden="true">·</span>
          <span>{t('holdings.row.dust', { count: item.dust.count })}</span>
        </div>
        <div role="gridcell" className="num" />
        <div role="gridcell" className="num" />
        <FigureCell fit={fmt.moneyFitted(item.dust.valueUsd, CELL_MAX_CHARS)} />
        <div role="gridcell" className="num">{fmt.share(item.dust.share)}</div>
        <div role="gridcell" className="num" />
      </div>
    );
  }

  if (item.kind === 'split') {
    const { split, row } = item;
    return (
      <div {...common} className={`grid-row split${selected ? ' selected' : ''}`} data-testid="holdings-split" onClick={() => onPick(item.key, false)}>
        <div role="gridcell" className={item.level === 3 ? 'cell-name indent-2' : 'cell-name indent'}>{connectionName(split.connectionId)}</div>
        <FigureCell fit={fmt.amountFitted(split.amount, CELL_MAX_CHARS)} />
        <div role="gridcell" className="num" />
        <FigureCell fit={fmt.moneyFitted(split.valueUsd, CELL_MAX_CHARS)} />
        <div role="gridcell" className="num muted">
          {t('holdings.row.splitShare', { share: fmt.share(row.valueUsd > 0 ? split.valueUsd / row.valueUsd : 0), symbol: row.symbol })}
        </div>
        <div role="gridcell" className="num" />
      </div>
    );
  }

  const { row } = item;
  const change = row.change24h;
  return (
    <div
      {...common}
      className={`grid-row${item.level === 2 ? ' dust-coin' : ''}${selected ? ' selected' : ''}`}
      data-testid={item.level === 2 ? 'holdings-dust-coin' : 'holdings-row'}
      aria-expanded={row.split.length > 0 ? expanded : undefined}
      onClick={() => onPick(item.key, true)}
    >
      <div role="gridcell" className={item.level === 2 ? 'cell-name nested' : 'cell-name'}>
        <span className="disclosure" aria-hidden="true">{row.split.length > 0 ? (expanded ? '▾' : '▸') : ''}</span>
        {/* Keyed by coin: lines are reused across coins, a failed icon must not follow. */}
        <CoinIcon key={row.coinId} src={row.icon} label={row.symbol} />
        <span className="coin-symbol">{row.symbol}</span>
        <span className="muted ellipsis" title={row.name}>
          {row.name}
        </span>
      </div>
      <FigureCell fit={fmt.amountFitted(row.amount, CELL_MAX_CHARS)} />
      <FigureCell fit={fmt.moneyFitted(row.priceUsd, CELL_MAX_CHARS)} />
      <FigureCell fit={fmt.moneyFitted(row.valueUsd, CELL_MAX_CHARS)} />
      <div role="gridcell" className="num">{fmt.share(row.share)}</div>
      <div role="gridcell" className={`num ${change === null || change === 0 || fmt.masking.percentages ? '' : change > 0 ? 'up' : 'down'}`}>{fmt.percent(change)}</div>
    </div>
  );
});
