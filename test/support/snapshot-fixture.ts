// Realistic AppSnapshots for renderer tests, built with the real aggregation
// (main/core/aggregate) so the figures are what main would push.
import { aggregatePortfolio } from '../../main/core/aggregate';
import { standingOf } from '../../main/core/standing';
import { DEFAULT_ALERTS } from '../../common/alerts';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { type AppSnapshot, type CoinMeta, type ConnectionBalances, type ConnectionView, type SupportedExchange } from '../../common/types';

// Relative to the real clock: the UI computes ages from Date.now().
export const NOW = Date.now();

const coin = (id: string, symbol: string, name: string, price: number, change: number | null): CoinMeta => ({
  id,
  name,
  symbol,
  icon: null,
  priceChange1d: change,
  price,
  priceBtc: price / 100_000,
});

export const COINS: Record<string, CoinMeta> = {
  bitcoin: coin('bitcoin', 'BTC', 'Bitcoin', 100_000, 2),
  ethereum: coin('ethereum', 'ETH', 'Ethereum', 4_000, -1.5),
  solana: coin('solana', 'SOL', 'Solana', 150, 4),
  cardano: coin('cardano', 'ADA', 'Cardano', 0.5, null),
  shiba: coin('shiba', 'SHIB', 'Shiba Inu', 0.00001, 0),
};

const row = (coinId: string, amount: number) => {
  const price = COINS[coinId]?.price ?? 1;
  return { coinId, amount, price, priceBtc: price / 100_000 };
};

export const BALANCES: ConnectionBalances[] = [
  { connectionId: 'c-binance', fetchedAt: NOW - 4 * 60_000, rows: [row('bitcoin', 0.1), row('ethereum', 2), row('cardano', 1000), row('shiba', 10)] },
  { connectionId: 'c-kraken', fetchedAt: NOW - 60_000, rows: [row('bitcoin', 0.05), row('solana', 10)] },
];

export const SUPPORTED: SupportedExchange[] = [
  { connectionId: 'binance', name: 'Binance', icon: '', connectionFields: [{ name: 'API key', key: 'apiKey' }, { name: 'API secret', key: 'apiSecret' }] },
  { connectionId: 'kraken', name: 'Kraken', icon: '', connectionFields: [{ name: 'API key', key: 'apiKey' }, { name: 'Private key', key: 'apiSecret' }] },
  {
    connectionId: 'kucoin',
    name: 'KuCoin',
    icon: '',
    connectionFields: [
      { name: 'API key', key: 'apiKey' },
      { name: 'API secret', key: 'apiSecret' },
      { name: 'API passphrase', key: 'passphrase' },
    ],
  },
  { connectionId: 'bybit', name: 'Bybit', icon: '', connectionFields: [{ name: 'API key', key: 'apiKey' }, { name: 'API secret', key: 'apiSecret' }] },
];

export function connectionView(over: Partial<ConnectionView> & Pick<ConnectionView, 'id' | 'exchangeId' | 'name'>): ConnectionView {
  const exchange = SUPPORTED.find((e) => e.connectionId === over.exchangeId);
  return {
    exchangeName: exchange?.name ?? over.exchangeId,
    exchangeIcon: null,
    state: 'synced',
    lastSyncAt: NOW - 4 * 60_000,
    lastError: null,
    totalUsd: null,
    countInTotal: true,
    flagged: [],
    credentialHints: { apiKey: '••••a1b2', apiSecret: '••••c3d4' },
    keys: { setAt: NOW - 10 * 86_400_000, rotationDue: false, workedUntil: null },
    ...over,
  };
}

/** `over.standing`, when not given, is read from the connections the way main reads it. */
export function emptySnapshot(over: Partial<AppSnapshot> = {}): AppSnapshot {
  const snapshot: Omit<AppSnapshot, 'standing'> = {
    demo: false,
    platform: 'darwin',
    locale: 'en-US',
    language: 'en',
    systemLanguage: 'en',
    secretsAvailable: { ok: true },
    apiKey: { set: false, hint: null },
    settings: { ...DEFAULT_SETTINGS },
    connections: [],
    portfolio: aggregatePortfolio({ balances: [], coins: COINS, dustThresholdUsd: DEFAULT_SETTINGS.dustThresholdUsd }),
    rates: { USD: 1, EUR: 0.5, GBP: 0.8 },
    refreshing: false,
    refreshProgress: null,
    credits: {
      remaining: 18_000,
      total: 20_000,
      spentThisMonth: 2_000,
      projectedMonth: 9_000,
      budget: 20_000,
      effectiveBackgroundMinutes: 60,
      limited: null,
    },
    sinceLastLook: null,
    shortcut: { accelerator: '', registered: false, problem: null, viaPortal: false },
    update: { stage: 'idle', version: null, notes: '', progress: null, checkedAt: null, checkFailed: false },
    notices: [],
    alerts: { ...structuredClone(DEFAULT_ALERTS), status: {}, fired: [] },
    ...over,
  };
  return { ...snapshot, standing: over.standing ?? standingOf(snapshot.connections, snapshot.credits) };
}

/** Two connections (Binance synced, Kraken synced) with real aggregation; options add a failing Bybit. */
export function portfolioSnapshot(over: Partial<AppSnapshot> & { failingBybit?: boolean } = {}): AppSnapshot {
  const { failingBybit, ...rest } = over;
  const connections: ConnectionView[] = [
    connectionView({ id: 'c-binance', exchangeId: 'binance', name: 'Binance', totalUsd: 18_505.1 }),
    connectionView({ id: 'c-kraken', exchangeId: 'kraken', name: 'Main Kraken', totalUsd: 6_500, lastSyncAt: NOW - 60_000 }),
  ];
  if (failingBybit) {
    connections.push(
      connectionView({
        id: 'c-bybit',
        exchangeId: 'bybit',
        name: 'Bybit',
        state: 'error',
        lastError: { code: 'exchange_rejected', message: 'Bybit rejected the API key.' },
      }),
    );
  }
  const portfolio = aggregatePortfolio({
    balances: BALANCES,
    coins: COINS,
    dustThresholdUsd: DEFAULT_SETTINGS.dustThresholdUsd,
    failingConnectionIds: failingBybit ? ['c-bybit'] : [],
  });
  return emptySnapshot({
    apiKey: { set: true, hint: '••••wxyz' },
    connections,
    portfolio,
    ...rest,
  });
}
