// What the local store keeps about CoinStats itself: cached answers, the
// credit ledger, and the path prefix that worked per base URL.
import type { CoinMeta, CurrencyRates, SupportedExchange } from '../../common/types';
import type { DataStore } from './local-store-engine';
import type { Cached, CreditLedgerEntry } from './local-store-schema';

/** Ledger entries older than the start of the previous calendar month are dropped. */
const LEDGER_MAX_ENTRIES = 20_000;
function previousMonthStart(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth() - 1, 1).getTime();
}

export function cacheOps(store: DataStore) {
  return {
    getCoinCache: (): Cached<Record<string, CoinMeta>> => store.get('coinCache'),

    /** Adds or refreshes coins; coins not in `coins` stay cached. */
    mergeCoinCache(coins: CoinMeta[], fetchedAt: number): void {
      const cache = store.get('coinCache');
      // Every write rewrites the whole file (with every last-known balance): skip one that changes nothing,
      // as a pass that only met unknown ids does.
      if (coins.length === 0 && cache.fetchedAt === fetchedAt) return;
      const value = { ...cache.value };
      for (const coin of coins) value[coin.id] = coin;
      store.set('coinCache', { value, fetchedAt });
    },

    getExchangeCache: (): Cached<SupportedExchange[]> => store.get('exchangeCache'),
    setExchangeCache: (value: SupportedExchange[], fetchedAt: number): void =>
      store.set('exchangeCache', { value, fetchedAt }),

    getRates: (): Cached<CurrencyRates> => store.get('rates'),
    setRates: (value: CurrencyRates, fetchedAt: number): void => store.set('rates', { value, fetchedAt }),
  };
}

export function ledgerOps(store: DataStore, now: () => number) {
  return {
    /** Records one call's cost; keeps this month and the previous one, bounded. */
    appendLedger(entry: { endpoint: string; credits: number; t?: number }): void {
      const t = entry.t ?? now();
      const from = previousMonthStart(now());
      const kept = store.get('ledger').filter((e) => e.t >= from);
      kept.push({ t, endpoint: entry.endpoint, credits: entry.credits });
      store.set('ledger', kept.slice(-LEDGER_MAX_ENTRIES));
    },

    /** Entries with `t >= since`, oldest first. */
    ledgerSince: (since: number): CreditLedgerEntry[] => store.get('ledger').filter((e) => e.t >= since),
  };
}

export function apiPrefixOps(store: DataStore) {
  return {
    getApiPrefix: (baseUrl: string): '/v1' | '' | null => store.get('apiPrefixes')[baseUrl] ?? null,
    setApiPrefix: (baseUrl: string, prefix: '/v1' | ''): void =>
      store.set('apiPrefixes', { ...store.get('apiPrefixes'), [baseUrl]: prefix }),
  };
}
