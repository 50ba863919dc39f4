// Builds the real sync engine for a test: the CoinStats double over real HTTP,
// the real client, the real settings store (conf in a temp dir), the real vault
// (fake safeStorage that really encrypts), the real governor and enrichment,
// and a manual clock so minutes and months pass instantly.
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { CoinStatsClient, CostEntry } from '../../../main/coinstats/client';
import type { CoinStatsDouble, DoubleOptions } from '../../../main/double/server';
import type { Settings } from '../../../common/settings';
import { type ManualClock, createManualClock } from '../../../main/services/clock';
import { type CreditGovernor, createCreditGovernor } from '../../../main/services/credit-governor';
import { type Enrichment, createEnrichment } from '../../../main/services/enrichment';
import { type LocalStore, createLocalStore } from '../../../main/services/local-store';
import { type SyncEngine, type SyncNotification, createSyncEngine } from '../../../main/services/sync-engine';
import { type Vault, createVault } from '../../../main/services/vault';
import { mulberry32 } from '../../../main/double/prng';
import { openConfStore } from '../../support/conf-store';
import { KUCOIN_FIELDS, TEST_API_KEY, makeClient, startTestDouble } from '../../support/double-helpers';
import { createFakeSafeStorage } from '../../support/fake-safe-storage';
import { useTempDirs } from '../../support/temp-dir';
import { T0 } from '../../support/test-time';

export { BINANCE_FIELDS, KUCOIN_FIELDS, REJECTED_FIELDS } from '../../support/double-helpers';

export { MIN, T0 } from '../../support/test-time';

export interface Harness {
  double: CoinStatsDouble;
  client: CoinStatsClient;
  clock: ManualClock;
  store: LocalStore;
  vault: Vault;
  governor: CreditGovernor;
  enrichment: Enrichment;
  engine: SyncEngine;
  notes: SyncNotification[];
  costs: CostEntry[];
  /** Adds a connection with stored credentials; returns its id. */
  connect(exchangeId: string, fields: Record<string, string>, name?: string): Promise<string>;
  /** Connections whose last attempt failed, as the app shows them (their engine state is 'error'). */
  failing(): string[];
  /** Requests the double saw for a route, e.g. 'POST /v1/exchange/balance'. */
  count(methodAndPath: string): number;
  /** Stops the engine and the double; closing twice is harmless. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  double?: DoubleOptions;
  settings?: Partial<Settings>;
  concurrency?: number;
  /** Start of the manual clock; default T0. */
  start?: number;
}

export async function makeHarness(dir: string, options: HarnessOptions = {}): Promise<Harness> {
  const double = await startTestDouble(options.double);
  const clock = createManualClock(options.start ?? T0);
  const store = createLocalStore({ openStore: openConfStore, dir, now: clock.now });
  if (options.settings) store.updateSettings(options.settings);
  const { safeStorage } = createFakeSafeStorage();
  const vault = createVault({ safeStorage, platform: 'linux', filePath: join(dir, 'vault.json'), whenReady: async () => undefined });
  await vault.setApiKey(TEST_API_KEY);
  let governor: CreditGovernor | null = null;
  const { client, costs } = makeClient(double, { getApiKey: () => vault.getApiKey(), onCost: (entry) => governor?.record(entry) });
  governor = createCreditGovernor({
    store,
    clock,
    connectionCount: () => store.listConnections().length,
    getCreditUsage: () => client.getCreditUsage(),
  });
  const gov = governor;
  const enrichment = createEnrichment({ client, store, clock, allow: (cost) => gov.allow(cost, { userInitiated: false }) });
  const notes: SyncNotification[] = [];
  const engine = createSyncEngine({
    client,
    secrets: vault,
    store,
    clock,
    governor: gov,
    enrichment,
    notify: (n) => notes.push(n),
    random: mulberry32(7),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  });
  clock.setSettle(() => engine.whenIdle());
  let closing: Promise<void> | null = null;
  return {
    double,
    client,
    clock,
    store,
    vault,
    governor: gov,
    enrichment,
    engine,
    notes,
    costs,
    async connect(exchangeId, fields, name) {
      const meta = store.addConnection({ exchangeId, name: name ?? exchangeId[0]!.toUpperCase() + exchangeId.slice(1) });
      await vault.setConnectionSecrets(meta.id, fields);
      return meta.id;
    },
    failing: () => store.listConnections().map((c) => c.id).filter((id) => engine.connectionState(id).state === 'error'),
    count: (methodAndPath) =>
      double.requests().filter((r) => `${r.method} ${r.path.split('?')[0]}` === methodAndPath).length,
    close: () =>
      (closing ??= (async () => {
        engine.stop();
        await engine.whenIdle();
        await double.close();
      })()),
  };
}

/**
 * Call at the top of a test file: the function it returns builds a harness in
 * a fresh temp folder; the harness is closed and the folder removed after the test.
 */
export function useSyncHarness(): (options?: HarnessOptions) => Promise<Harness> {
  const tempDir = useTempDirs();
  const started: Harness[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((h) => h.close()));
  });
  return async (options) => {
    const h = await makeHarness(await tempDir(), options);
    started.push(h);
    return h;
  };
}

/** The double's seeded PRNG, so jitter is the same on every run. */
export { mulberry32 as seeded } from '../../../main/double/prng';

export const KRAKEN_FIELDS = { apiKey: 'demoKEY-kraken-77aa', apiSecret: 'demoSECRET-kraken-88bb' };
export const BALANCE = 'POST /v1/exchange/balance';
export const STATUS = 'GET /v1/exchange/status';
export const COINS = 'GET /v1/coins';
export const CURRENCIES = 'GET /v1/currencies';
export { KUCOIN_FIELDS as KUCOIN };
