// Names, symbols, icons and 24 h change for the coins the user holds, and
// currency rates for totals in their currency. Both rarely change, so they are
// cached in the store: `/coins` (2 credits) is asked only when a coin we have
// never asked about appears or the cache is a day old; `/currencies`
// (1 credit) once a day. A pass is budgeted: the most valuable coins first
// (so coins above the dust threshold before dust), at most
// COINS_CALLS_PER_PASS calls, each one allowed by the credit governor on its
// own. What a pass leaves out waits for the next one, with fallback labels.
import { COINS_PER_CALL } from '../coinstats/client';
import { byValueDesc, isDust, rowValueUsd } from '../core/aggregate';
import { fiatCurrencyOf } from '../core/coin-labels';
import { CREDIT_COSTS } from '../../common/credit-costs';
import { DAY_MS } from '../../common/credit-estimate';
import type { Settings } from '../../common/settings';
import type { CoinMeta, ConnectionBalances, CurrencyRates } from '../../common/types';
import type { Clock } from './clock';

/**
 * `/coins` calls one pass may make: 5 calls × 200 ids = 1,000 coins for 10
 * credits. Real accounts hold tens to a few hundred coins, so one pass covers
 * them whole; an account of 100,000 spam airdrops (which once cost ~500 calls
 * and 1,000 credits in one pass) is worked through 1,000 coins a pass, most
 * valuable first, and the pass stays far under the 40 credits issue 9 allows.
 */
export const COINS_CALLS_PER_PASS = 5;

/**
 * Ids in one `/coins` call: the client's own split size, so one call here is
 * one request and one cost, which lets the governor judge every call on its own.
 */
export const COIN_IDS_PER_CALL = COINS_PER_CALL;

export interface EnrichmentClient {
  getCoins(ids: string[]): Promise<CoinMeta[]>;
  getCurrencies(): Promise<CurrencyRates>;
}

export interface EnrichmentStore {
  getSettings(): Pick<Settings, 'dustThresholdUsd'>;
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
  /** The governor's `allow`, asked before every call; enrichment is never user-initiated. */
  allow?: (cost: number) => boolean;
  /** The governor's `reserve`: holds a call's cost while it is out, so balance calls cannot spend it twice. */
  reserve?: (cost: number) => () => void;
}

export interface EnrichmentResult {
  /** Metadata for at least one coin arrived: names or icons on screen may change. */
  coinsFetched: boolean;
  ratesFetched: boolean;
}

export interface Enrichment {
  /** Brings coin metadata and rates up to date, within the pass's budget. Never throws: a failure keeps the cache. */
  update(): Promise<EnrichmentResult>;
  /** Coin ids held by any connection, cash rows excluded (they need no metadata). */
  heldCoinIds(): string[];
}

interface HeldCoin {
  coinId: string;
  /** Amount × price summed over connections, as the portfolio's totals count it. */
  valueUsd: number;
}

/** Held coins (cash excluded), most valuable first as the holdings list orders them; ties by id, so a pass is the same on every run. */
function heldByValue(balances: Record<string, ConnectionBalances>): HeldCoin[] {
  const values = new Map<string, number>();
  for (const conn of Object.values(balances)) {
    for (const row of conn.rows) {
      if (fiatCurrencyOf(row.coinId) !== null) continue;
      values.set(row.coinId, (values.get(row.coinId) ?? 0) + rowValueUsd(row));
    }
  }
  const held: HeldCoin[] = [];
  for (const [coinId, valueUsd] of values) held.push({ coinId, valueUsd });
  return held.sort(byValueDesc);
}

/** The ids one pass asks for, most valuable first: new coins, or on a daily pass every held coin not known to be unknown. */
function passIds(held: HeldCoin[], pass: { cached: Record<string, CoinMeta>; daily: boolean; unknown: UnknownIds; limit: number }): string[] {
  const ids: string[] = [];
  for (const { coinId: id } of held) {
    if (ids.length >= pass.limit) break;
    if (pass.unknown.has(id) || (!pass.daily && Object.hasOwn(pass.cached, id))) continue;
    ids.push(id);
  }
  return ids;
}

interface Caller {
  client: EnrichmentClient;
  allow: (cost: number) => boolean;
  reserve: (cost: number) => () => void;
  unknown: UnknownIds;
}

/** The pass's calls, one at a time: each asks the governor first, and a refusal or failure ends the pass. */
async function fetchInCalls(caller: Caller, ids: string[]): Promise<{ fetched: CoinMeta[]; calls: number }> {
  const fetched: CoinMeta[] = [];
  let calls = 0;
  for (let i = 0; i < ids.length; i += COIN_IDS_PER_CALL) {
    if (!caller.allow(CREDIT_COSTS.coins)) break;
    const asked = ids.slice(i, i + COIN_IDS_PER_CALL);
    const release = caller.reserve(CREDIT_COSTS.coins);
    let answer: CoinMeta[];
    try {
      answer = await caller.client.getCoins(asked);
    } catch {
      // Labels are a nicety: what earlier calls brought is kept, the rest waits for the next pass.
      break;
    } finally {
      release();
    }
    calls += 1;
    caller.unknown.asked(asked, answer);
    for (const coin of answer) fetched.push(coin);
  }
  return { fetched, calls };
}

export function createEnrichment(options: EnrichmentOptions): Enrichment {
  const { client, store, clock } = options;
  const allow = options.allow ?? (() => true);
  const reserve = options.reserve ?? (() => () => undefined);
  const caller: Caller = { client, allow, reserve, unknown: createUnknownIds() };
  let inFlight: Promise<EnrichmentResult> | null = null;

  const isOld = (fetchedAt: number | null): boolean => fetchedAt === null || clock.now() - fetchedAt >= DAY_MS;

  async function updateCoins(): Promise<boolean> {
    const held = heldByValue(store.getBalances());
    if (held.length === 0) return false;
    const cache = store.getCoinCache();
    // A day-old cache refreshes held coins (24 h change moves), most valuable first; otherwise only the new ones.
    const daily = isOld(cache.fetchedAt);
    const threshold = store.getSettings().dustThresholdUsd;
    if (daily) caller.unknown.newDay(new Set(held.filter((c) => isDust(c.valueUsd, threshold)).map((c) => c.coinId)));
    const wanted = passIds(held, { cached: cache.value, daily, unknown: caller.unknown, limit: COIN_IDS_PER_CALL * COINS_CALLS_PER_PASS });
    if (wanted.length === 0) return false;
    const { fetched, calls } = await fetchInCalls(caller, wanted);
    if (calls === 0) return false;
    // A daily pass restarts the cache's age even when cut short: what it left
    // out is the least valuable and waits a day. Adding coins keeps the age,
    // so the daily refresh still happens.
    store.mergeCoinCache(fetched, daily ? clock.now() : (cache.fetchedAt ?? clock.now()));
    return fetched.length > 0;
  }

  async function updateRates(): Promise<boolean> {
    if (!isOld(store.getRates().fetchedAt)) return false;
    if (!allow(CREDIT_COSTS.currencies)) return false;
    const release = reserve(CREDIT_COSTS.currencies);
    try {
      store.setRates(await client.getCurrencies(), clock.now());
    } finally {
      release();
    }
    return true;
  }

  return {
    heldCoinIds: () => heldByValue(store.getBalances()).map((c) => c.coinId).sort(),
    update() {
      // Two callers asking together share one pass (and its budget).
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

async function settle(task: () => Promise<boolean>): Promise<boolean> {
  try {
    return await task();
  } catch {
    // Labels and rates are a nicety: the cache (or fallback labels) stays until the next try.
    return false;
  }
}

/**
 * Ids CoinStats did not know when asked. Without this, one unknown coin would
 * look "new" after every pass and cost a call each time. Each new day they are
 * asked again (a coin may be listed since), except dust: a spam airdrop by the
 * thousand stays unknown for the session rather than cost a call a day.
 */
function createUnknownIds() {
  let ids = new Set<string>();
  return {
    has: (id: string): boolean => ids.has(id),
    asked(asked: string[], answer: CoinMeta[]): void {
      const known = new Set(answer.map((c) => c.id));
      for (const id of asked) if (!known.has(id)) ids.add(id);
    },
    /** Keeps only the held dust among the unknown ids. */
    newDay(heldDust: ReadonlySet<string>): void {
      ids = new Set([...ids].filter((id) => heldDust.has(id)));
    },
  };
}

type UnknownIds = ReturnType<typeof createUnknownIds>;
