// The words of "since you last looked", for the popover's line and its coin
// rows (main/core/last-look.ts decides the figures). Figures come in already
// formatted, so privacy mode's masking is the formatter's, not repeated here.

/** "since you looked 2 h ago": what the change is measured from. */
export function sinceLookText(age: string): string {
  return `since you looked ${age}`;
}

/** "Moved most: BTC +$1.2K, ETH −$300". */
export function moversText(movers: readonly { symbol: string; change: string }[]): string {
  return `Moved most: ${movers.map((m) => `${m.symbol} ${m.change}`).join(', ')}`;
}

/** A coin row's description: "Since you looked: +$12.00 (+1.20%)", or the percent alone when amounts are masked. */
export function coinSinceLookText(change: string): string {
  return `Since you looked: ${change}`;
}
