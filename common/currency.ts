// Conversion from USD (the unit CoinStats prices everything in) to the user's
// primary currency. Rates come from `GET /currencies` as units per USD.
import type { CurrencyRates } from './types';

export interface CurrencyChoice {
  /** ISO code actually used; 'USD' when the wanted one had no usable rate. */
  currency: string;
  /** Units of `currency` per USD. */
  rate: number;
  /** True when the wanted currency was missing and we fell back to USD. */
  fellBack: boolean;
}

export interface ConvertedAmount extends CurrencyChoice {
  value: number;
}

function usableRate(rate: number | undefined): rate is number {
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0;
}

/**
 * Picks the rate for `wanted`. A missing, zero or non-finite rate falls back
 * to USD and says so, so the UI can show "$" honestly instead of a number
 * labelled "€" that is really dollars.
 */
export function resolveCurrency(wanted: string, rates: CurrencyRates): CurrencyChoice {
  const code = wanted.trim().toUpperCase();
  if (code === 'USD' || code === '') return { currency: 'USD', rate: 1, fellBack: code === '' };
  const rate = rates[code];
  if (usableRate(rate)) return { currency: code, rate, fellBack: false };
  return { currency: 'USD', rate: 1, fellBack: true };
}

/** Converts a USD value; non-finite input becomes 0 so nothing downstream shows NaN. */
export function convertUsd(valueUsd: number, wanted: string, rates: CurrencyRates): ConvertedAmount {
  const choice = resolveCurrency(wanted, rates);
  const value = Number.isFinite(valueUsd) ? valueUsd * choice.rate : 0;
  return { ...choice, value };
}
