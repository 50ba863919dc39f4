// Names, symbols, icons and 24 h change for the coins the user holds, and
// currency rates for totals in their currency. Both rarely change, so they are
// cached in the store: `/coins` (2 credits) is asked only when a coin we have
// never asked about appears or the cache is a day old, in one call for all
// held coins (the client splits lists of thousands); `/currencies` (1 credit) once a day.
import { fiatCurrencyOf } from '../core/coin-labels';
import { CREDIT_COSTS } from '../../common/credit-costs';
import { DAY_MS } from '../../common/credit-estimate';
import type { CoinMeta, ConnectionBalances, CurrencyRates } from '../../common/types';
import type { Clock } from './clock';

export interface EnrichmentClient {
  getCoins(ids: string[]): Promise<CoinMeta[]>;
  getCurrencies(): Promise<CurrencyRates>;
}

export interface EnrichmentStore {
  getBalances(): Record<string, ConnectionBalances>;
  getCoinCache(): { value: Record<string, CoinMeta>; fetchedAt: number | null };
  mergeCoinCache(coins: CoinMeta[], fetchedAt: number): void;
  getRates(): { value: CurrencyRates; fetchedAt: number | null };
  setRates(value: CurrencyRates, fetchedAt: number): void;
}

export interface EnrichmentOptions {
  client: EnrichmentClient;
  store: EnrichmentStore;
  clock: Clock;
  /** The governor's `allow`; enrichment is never user-initiated. */
  allow?: (cost: number) => boolean;
  /** Ids the client puts in one `/coins` call (it splits longer lists), for the cost check. */
  idsPerCall?: number;
}

export interface EnrichmentResult {
  coinsFetched: boolean;
  ratesFetched: boolean;
}

export interface Enrichment {
  /** Brings coin metadata and rates up to date if needed. Never throws: a failure keeps the cache. */
  update(): Promise<EnrichmentResult>;
  /** Coin ids held by any connection, cash rows excluded (they need no metadata). */
  heldCoinIds(): string[];
}

export function createEnrichment(options: EnrichmentOptions): Enrichment {
  const { client, store, clock } = options;
  const idsPerCall = options.idsPerCall ?? 200;
  const allow = options.allow ?? (() => true);
  /**
   * Ids asked for in the current cache's lifetime that CoinStats did not know.
   * Without this, one unknown coin would look "new" after every refresh and
   * cost a `/coins` call each time.
   */
  const askedUnknown = new Set<string>();
  let inFlight: Promise<EnrichmentResult> | null = null;

  function heldCoinIds(): string[] {
    const ids = new Set<string>();
    for (const conn of Object.values(store.getBalances())) {
      for (const row of conn.rows) if (fiatCurrencyOf(row.coinId) === null) ids.add(row.coinId);
    }
    return [...ids].sort();
  }

  const isOld = (fetchedAt: number | null): boolean => fetchedAt === null || clock.now() - fetchedAt >= DAY_MS;

  async function updateCoins(): Promise<boolean> {
    const held = heldCoinIds();
    if (held.length === 0) return false;
    const cache = store.getCoinCache();
    const old = isOld(cache.fetchedAt);
    if (old) askedUnknown.clear();
    const missing = held.filter((id) => !(id in cache.value) && !askedUnknown.has(id));
    if (!old && missing.length === 0) return false;
    // A day-old cache refreshes every held coin (24 h change moves); otherwise only the new ones.
    const wanted = old ? held : missing;
    // The client splits very long lists into several calls; pay for what it will make.
    if (!allow(CREDIT_COSTS.coins * Math.ceil(wanted.length / idsPerCall))) return false;
    const fetched = await client.getCoins(wanted);
    const known = new Set(fetched.map((c) => c.id));
    for (const id of wanted) if (!known.has(id)) askedUnknown.add(id);
    // Keep the cache's age when only adding coins, so the daily refresh still happens.
    store.mergeCoinCache(fetched, old ? clock.now() : (cache.fetchedAt ?? clock.now()));
    return true;
  }

  async function updateRates(): Promise<boolean> {
    if (!isOld(store.getRates().fetchedAt)) return false;
    if (!allow(CREDIT_COSTS.currencies)) return false;
    store.setRates(await client.getCurrencies(), clock.now());
    return true;
  }

  async function settle(task: () => Promise<boolean>): Promise<boolean> {
    try {
      return await task();
    } catch {
      // Labels and rates are a nicety: the cache (or fallback labels) stays until the next try.
      return false;
    }
  }

  return {
    heldCoinIds,
    update() {
      // Two refreshes finishing together share one enrichment pass.
      inFlight ??= (async () => {
        try {
          const coinsFetched = await settle(updateCoins);
          const ratesFetched = await settle(updateRates);
          return { coinsFetched, ratesFetched };
        } finally {
          inFlight = null;
        }
      })();
      return inFlight;
    },
  };
}
