// What to tick when making an exchange key for Tallybar, per exchange: the
// permission that reads balances and nothing more. The rules every exchange
// shares (no withdrawals, no IP allow-list) are said once, in key-words.ts.

/** The read-only permission, in each exchange's own terms (their API-key pages' labels). */
const READ_ONLY: Readonly<Record<string, string>> = {
  binance: 'Tick "Enable Reading" only.',
  coinbase: 'Give the key the "View" permission only.',
  kraken: 'Tick "Query Funds" only.',
  kucoin: 'Tick "General" only.',
  okx: 'Choose the "Read" permission only.',
  bybit: 'Choose "Read-Only".',
  bitget: 'Choose "Read-only".',
};

/** An exchange not in the table: the rule in general terms. */
const DEFAULT_READ_ONLY = 'Make the key read-only: Tallybar only reads balances.';

/** The read-only step for this exchange id. */
export function readOnlyGuidance(exchangeId: string): string {
  return Object.hasOwn(READ_ONLY, exchangeId) ? READ_ONLY[exchangeId]! : DEFAULT_READ_ONLY;
}
