// The words of "since you last looked", for the popover's line and its coin
// rows (main/core/last-look.ts decides the figures). Figures come in already
// formatted, so privacy mode's masking is the formatter's, not repeated here.
import { namesText, t } from './i18n';

/** "since you looked 2 h ago": what the change is measured from. */
export function sinceLookText(age: string): string {
  return t('look.since', { age });
}

/** "Moved most: BTC +$1.2K, ETH −$300". */
export function moversText(movers: readonly { symbol: string; change: string }[]): string {
  return t('look.movers', { movers: namesText(movers.map((m) => t('look.mover', { symbol: m.symbol, change: m.change }))) });
}

/** A coin row's description: "Since you looked: +$12.00 (+1.20%)", or the percent alone when amounts are masked. */
export function coinSinceLookText(change: string): string {
  return t('look.coin', { change });
}
