// One set of services bound to a data folder and a CoinStats base URL. The app
// runs one session at a time: the user's own, or the demo's (its own folder,
// talking to the built-in CoinStats double), so a demo never touches real data.
import { createCoinStatsClient, type CoinStatsClient } from '../coinstats/client';
import { createPacer } from '../coinstats/pacer';
import type { SupportedExchange } from '../../common/types';
import type { Clock } from '../services/clock';
import { createCreditGovernor, type CreditGovernor } from '../services/credit-governor';
import { createEnrichment, type Enrichment } from '../services/enrichment';
import { createHistoryStore, type HistoryStore } from '../services/history-store';
import { createLocalStore, type OpenStore, type LocalStore } from '../services/local-store';
import { createSyncEngine, type SyncEngine, type SyncNotification } from '../services/sync-engine';
import { createVault, type SafeStorageLike, type Vault } from '../services/vault';
import { join } from 'node:path';

/** `/exchange/support` changes rarely: ask at most once a day. */
const EXCHANGE_CACHE_MS = 24 * 60 * 60 * 1000;

export interface SessionOptions {
  dataDir: string;
  /** The base URL to use given the user's `apiBaseUrl` setting ('' = default). */
  resolveBaseUrl: (apiBaseUrlSetting: string) => string;
  demo: boolean;
  openStore: OpenStore;
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  whenReady: () => Promise<void>;
  clock: Clock;
  locale: () => string;
  notify: (notification: SyncNotification) => void;
  onChange: () => void;
  /** Calls per second to CoinStats; the documented limit is about 2. */
  ratePerSecond?: number;
  retry?: { limit: number; baseDelayMs: number };
  timeoutMs?: number;
}

export interface Session {
  readonly demo: boolean;
  readonly baseUrl: string;
  readonly store: LocalStore;
  readonly vault: Vault;
  readonly history: HistoryStore;
  readonly client: CoinStatsClient;
  readonly governor: CreditGovernor;
  readonly engine: SyncEngine;
  /** Coin names, symbols, icons and rates; cheap to call (fetches only for new coins or a day-old cache). */
  readonly enrichment: Enrichment;
  /** Supported exchanges, from the day-old cache or `/exchange/support`. */
  supportedExchanges(options?: { allowFetch?: boolean }): Promise<SupportedExchange[]>;
  cachedExchanges(): SupportedExchange[];
  /** The clock's time, for what the snapshot decides by it (key ages). */
  now(): number;
  close(): void;
}

/** Supported exchanges, from the day-old cache or `/exchange/support`, one fetch at a time. */
function exchangeList({ store, client, now }: { store: LocalStore; client: CoinStatsClient; now: () => number }) {
  let inFlight: Promise<SupportedExchange[]> | null = null;
  const cachedExchanges = (): SupportedExchange[] => store.getExchangeCache().value ?? [];
  async function supportedExchanges({ allowFetch = true } = {}): Promise<SupportedExchange[]> {
    const cached = store.getExchangeCache();
    const fresh = cached.fetchedAt !== null && now() - cached.fetchedAt < EXCHANGE_CACHE_MS;
    if ((fresh || !allowFetch) && cached.value) return cached.value;
    inFlight ??= client
      .getSupportedExchanges()
      .then((list) => {
        store.setExchangeCache(list, now());
        return list;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }
  return { supportedExchanges, cachedExchanges };
}

export function createSession(options: SessionOptions): Session {
  const { clock } = options;
  const now = () => clock.now();
  const store = createLocalStore({ openStore: options.openStore, dir: options.dataDir, now });
  const history = createHistoryStore({ openStore: options.openStore, dir: options.dataDir, now });
  const vault = createVault({
    safeStorage: options.safeStorage,
    platform: options.platform,
    filePath: join(options.dataDir, 'secrets.json'),
    whenReady: options.whenReady,
    now,
  });

  const baseUrl = options.resolveBaseUrl(store.getSettings().apiBaseUrl);
  // Closing the session cancels its calls: none waits in the pacer or a backoff past close().
  const closing = new AbortController();
  const client = createCoinStatsClient({
    baseUrl,
    signal: closing.signal,
    // The prefix form that worked last time, so a restart does not pay the 404 again.
    prefix: store.getApiPrefix(baseUrl) ?? '/v1',
    onPrefixLearned: (prefix) => store.setApiPrefix(baseUrl, prefix),
    getApiKey: () => vault.getApiKey(),
    pacer: createPacer({ ratePerSecond: options.ratePerSecond ?? 2, signal: closing.signal }),
    // Only called once requests run, by which time the governor exists.
    onCost: (entry) => governor.record(entry),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const governor: CreditGovernor = createCreditGovernor({
    store,
    clock,
    connectionCount: () => store.listConnections().length,
    getCreditUsage: () => client.getCreditUsage(),
  });
  const enrichment = createEnrichment({
    client,
    store,
    clock,
    allow: (cost) => governor.allow(cost, { userInitiated: false }),
    reserve: (cost) => governor.reserve(cost),
  });
  const engine = createSyncEngine({
    client,
    secrets: vault,
    store,
    clock,
    governor,
    enrichment,
    notify: options.notify,
    onChange: options.onChange,
    locale: options.locale(),
    exchangeName: (id) => cachedExchanges().find((e) => e.connectionId === id)?.name ?? null,
  });

  const { supportedExchanges, cachedExchanges } = exchangeList({ store, client, now });

  return {
    demo: options.demo,
    baseUrl,
    store,
    vault,
    history,
    client,
    governor,
    engine,
    enrichment,
    supportedExchanges,
    cachedExchanges,
    now,
    close() {
      // The engine starts and stops the credit governor with itself.
      engine.stop();
      closing.abort(new Error('The session closed.'));
    },
  };
}
