// The AppSnapshots the Chromium benches push, built the way main builds them:
// the CoinStats double's seeded coin universe and balances, folded by the real
// aggregation (main/core/aggregate). Icons are null (initials are drawn): the
// bench runs offline, and remote icons load lazily after paint anyway.
import { aggregatePortfolio } from '../../main/core/aggregate';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { type AppSnapshot, type BalanceRow, type CoinMeta, type ConnectionBalances, type ConnectionView } from '../../common/types';
import { generateBalances, rowFor } from '../../main/double/balances';
import { CURRENCIES, type Universe, buildUniverse } from '../../main/double/catalog';
import { intBetween, logUniform, rngFrom } from '../../main/double/prng';
import { emptySnapshot } from '../../test/support/snapshot-fixture';

const SEED = 2025;
const NOW = Date.now();
const EXCHANGES = [
  { id: 'c-binance', exchangeId: 'binance', name: 'Binance' },
  { id: 'c-kraken', exchangeId: 'kraken', name: 'Kraken' },
  { id: 'c-kucoin', exchangeId: 'kucoin', name: 'KuCoin' },
  { id: 'c-okx', exchangeId: 'okx', name: 'OKX' },
] as const;

function coinsOf(universe: Universe): Record<string, CoinMeta> {
  const coins: Record<string, CoinMeta> = {};
  for (const c of universe.coins.values()) {
    coins[c.id] = { id: c.id, name: c.name, symbol: c.symbol, icon: null, priceChange1d: c.priceChange1d, price: c.price, priceBtc: c.price / universe.btcPrice };
  }
  return coins;
}

function connectionViews(count: number, balances: ConnectionBalances[]): ConnectionView[] {
  return EXCHANGES.slice(0, count).map((e, i) => ({
    id: e.id,
    exchangeId: e.exchangeId,
    exchangeName: e.name,
    exchangeIcon: null,
    name: e.name,
    state: 'synced',
    lastSyncAt: NOW - (i + 2) * 60_000,
    lastError: null,
    totalUsd: (balances[i]?.rows ?? []).reduce((sum, r) => sum + r.amount * r.price, 0),
    countInTotal: true,
    flagged: [],
    credentialHints: { apiKey: '••••demo', apiSecret: '••••demo' },
    keys: { setAt: NOW - 30 * 86_400_000, rotationDue: false, workedUntil: null },
  }));
}

function snapshot(universe: Universe, balances: ConnectionBalances[]): AppSnapshot {
  const settings = { ...DEFAULT_SETTINGS };
  return emptySnapshot({
    apiKey: { set: true, hint: '••••-key' },
    settings,
    connections: connectionViews(balances.length, balances),
    portfolio: aggregatePortfolio({ balances, coins: coinsOf(universe), dustThresholdUsd: settings.dustThresholdUsd }),
    rates: { ...CURRENCIES },
  });
}

/**
 * The popover's cached state: Binance, Kraken and KuCoin as the double serves
 * them (25–180 coins each). `variant` 1 is the same account a refresh later
 * (prices moved 1 %), so every show re-renders every figure.
 */
export function popoverSnapshot(variant: 0 | 1): AppSnapshot {
  const universe = buildUniverse(SEED);
  const balances = EXCHANGES.slice(0, 3).map((e, i): ConnectionBalances => {
    const rows = generateBalances(SEED, universe, e.exchangeId, { apiKey: `demo-key-${i}`, apiSecret: 'demo-secret' });
    const factor = variant === 0 ? 1 : 1.01;
    return { connectionId: e.id, fetchedAt: NOW - 60_000, rows: rows.map((r) => ({ ...r, price: r.price * factor, priceBtc: r.priceBtc * factor })) };
  });
  return snapshot(universe, balances);
}

/**
 * `coins` distinct coins above the dust threshold spread over four exchanges:
 * each held on one to three of them, so expanding a row has a split to show.
 */
export function holdingsSnapshot(coins: number): AppSnapshot {
  const universe = buildUniverse(SEED, coins);
  const rng = rngFrom(SEED, 'bench-holdings', coins);
  const rows: BalanceRow[][] = EXCHANGES.map(() => []);
  for (const coin of universe.ranked.slice(0, coins)) {
    const holders = intBetween(rng, 1, 3);
    const first = intBetween(rng, 0, EXCHANGES.length - 1);
    for (let h = 0; h < holders; h++) {
      // Values from $2 up: every coin stays above the default $1 dust threshold.
      const amount = Number((logUniform(rng, 2, 20_000) / coin.price).toPrecision(8));
      rows[(first + h) % EXCHANGES.length]!.push(rowFor(universe, coin.id, amount));
    }
  }
  const balances = EXCHANGES.map((e, i): ConnectionBalances => ({ connectionId: e.id, fetchedAt: NOW - 60_000, rows: rows[i]! }));
  return snapshot(universe, balances);
}

/** The same connections before their first balance: what the details window shows before the 10k push. */
export function withoutHoldings(full: AppSnapshot): AppSnapshot {
  return { ...full, portfolio: { ...full.portfolio, rows: [], dust: { count: 0, valueUsd: 0, valueBtc: 0, share: 0, rows: [] }, totalUsd: 0, totalBtc: 0 } };
}
