// Wall time to refresh 25 connections against the double with its default
// rate limit (2 requests a second), through the real engine and the client's
// pacer, and the floor that limit implies for the calls actually made.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoinStatsClient } from '../main/coinstats/client';
import { createPacer } from '../main/coinstats/pacer';
import { startDouble } from '../main/double/server';
import { createSystemClock } from '../main/services/clock';
import { createCreditGovernor } from '../main/services/credit-governor';
import { createEnrichment } from '../main/services/enrichment';
import { createLocalStore } from '../main/services/local-store';
import { createSyncEngine } from '../main/services/sync-engine';
import { createVault } from '../main/services/vault';
import { openConfStore } from '../test/support/conf-store';
import { createFakeSafeStorage } from '../test/support/fake-safe-storage';

const CONNECTIONS = 25;
const RATE = { requests: 2, perMs: 1000 };
const EXCHANGES: Array<[string, string[]]> = [
  ['binance', ['apiKey', 'apiSecret']],
  ['kraken', ['apiKey', 'apiSecret']],
  ['kucoin', ['apiKey', 'apiSecret', 'passphrase']],
  ['okx', ['apiKey', 'apiSecret', 'passphrase']],
  ['bybit', ['apiKey', 'apiSecret']],
];

const dir = await mkdtemp(join(tmpdir(), 'tallybar-refresh25-'));
const double = await startDouble({ rateLimit: RATE, syncPolls: 0, quota: 100_000_000 });
try {
  const clock = createSystemClock();
  const store = createLocalStore({ openStore: openConfStore, dir });
  const { safeStorage } = createFakeSafeStorage();
  const vault = createVault({ safeStorage, platform: 'linux', filePath: join(dir, 'vault.json'), whenReady: async () => undefined });
  await vault.setApiKey('demo-key');
  let governor: ReturnType<typeof createCreditGovernor> | null = null;
  const client = createCoinStatsClient({
    baseUrl: double.url,
    getApiKey: () => vault.getApiKey(),
    // The product's pacer at the documented rate: this bench is about it.
    pacer: createPacer({ ratePerSecond: RATE.requests / (RATE.perMs / 1000) }),
    onCost: (c) => governor?.record(c),
  });
  governor = createCreditGovernor({ store, clock, connectionCount: () => store.listConnections().length });
  const gov = governor;
  const enrichment = createEnrichment({ client, store, clock, allow: (cost) => gov.allow(cost, { userInitiated: false }) });
  const engine = createSyncEngine({ client, secrets: vault, store, clock, governor: gov, enrichment, notify: () => undefined });
  for (let i = 0; i < CONNECTIONS; i++) {
    const [exchangeId, keys] = EXCHANGES[i % EXCHANGES.length]!;
    const meta = store.addConnection({ exchangeId, name: `${exchangeId} ${i + 1}` });
    await vault.setConnectionSecrets(meta.id, Object.fromEntries(keys.map((k) => [k, `demo-${k}-${i}`])));
  }

  const from = double.requests().length;
  const t0 = performance.now();
  await engine.refreshAll({ userInitiated: true });
  await engine.whenIdle();
  const seconds = (performance.now() - t0) / 1000;
  engine.stop();
  const calls = double.requests().slice(from);
  const limited = calls.filter((r) => r.status === 429).length;
  const failing = store.listConnections().filter((c) => engine.connectionState(c.id).state === 'error').length;
  // With at most `requests` starts per `perMs`, n calls need (n − 1) × perMs / requests between first and last start.
  const floor = ((calls.length - 1) * RATE.perMs) / RATE.requests / 1000;
  console.log(`Refreshed ${CONNECTIONS} connections (${failing} failing) with ${calls.length} calls (${calls.filter((c) => c.path.includes('/exchange/balance')).length} balance, rest enrichment) in ${seconds.toFixed(2)} s; ${limited} answered 429.`);
  console.log(`Rate floor for ${calls.length} calls at ${RATE.requests} per ${RATE.perMs} ms: ${floor.toFixed(2)} s; ratio ${(seconds / floor).toFixed(3)} (target ≤ 1.2, no 429).`);
  if (limited > 0) console.log(`WARNING: ${limited} requests were rate limited`);
  console.log(`BENCH ${JSON.stringify({ metric: 'refresh_25_connections_s', value: Math.round(seconds * 100) / 100, unit: 's', target: `<= ${(floor * 1.2).toFixed(2)} (1.2 × floor), 429s: ${limited}` })}`);
  console.log(`BENCH ${JSON.stringify({ metric: 'rate_floor_25_connections_s', value: Math.round(floor * 100) / 100, unit: 's', target: 'floor' })}`);
} finally {
  await double.close();
  await rm(dir, { recursive: true, force: true });
}
