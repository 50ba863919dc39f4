// What to tick when making an exchange key for Tallybar, per exchange: the
// permission that reads balances and nothing more. The rules every exchange
// shares (no withdrawals, no IP allow-list) are said once, in key-words.ts.
// The quoted labels are the exchanges' own (their API-key pages'), which they
// show in English whatever Tallybar's language: the sentences around them are ours.
import { t, type MessageId } from './i18n';

/** The read-only permission, in each exchange's own terms. */
const READ_ONLY: Readonly<Record<string, MessageId>> = {
  binance: 'keys.readOnly.binance',
  coinbase: 'keys.readOnly.coinbase',
  kraken: 'keys.readOnly.kraken',
  kucoin: 'keys.readOnly.kucoin',
  okx: 'keys.readOnly.okx',
  bybit: 'keys.readOnly.bybit',
  bitget: 'keys.readOnly.bitget',
};

/** The read-only step for this exchange id (an exchange not in the table: the rule in general terms). */
export function readOnlyGuidance(exchangeId: string): string {
  return t(Object.hasOwn(READ_ONLY, exchangeId) ? READ_ONLY[exchangeId]! : 'keys.readOnly.other');
}
