// bench-node-flags: --expose-gc
// Main-process heap with a heavy user's data loaded through the real stores:
// 25 connections × 1,000 coins of last-known balances, coin metadata for all
// of them, 90 days of history, and the aggregated portfolio the UI is sent.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregatePortfolio } from '../main/core/aggregate';
import type { BalanceRow, CoinMeta, HistoryPoint } from '../common/types';
import { createHistoryStore } from '../main/services/history-store';
import { createLocalStore } from '../main/services/local-store';
import { openConfStore } from '../test/support/conf-store';
import { seeded } from '../test/main/sync/harness';

const CONNECTIONS = 25;
const COINS = 1_000;
const DAY = 24 * 60 * 60_000;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('main-heap bench needs node --expose-gc (scripts/bench.mjs passes it)');
const settle = (): void => {
  for (let i = 0; i < 3; i++) gc();
};

const dir = await mkdtemp(join(tmpdir(), 'tallybar-heap-'));
try {
  settle();
  const baseline = process.memoryUsage().heapUsed;
  const now = Date.now();
  const rng = seeded(25);
  const store = createLocalStore({ openStore: openConfStore, dir });
  const history = createHistoryStore({ openStore: openConfStore, dir, now: () => now });

  const coins: CoinMeta[] = Array.from({ length: COINS }, (_, i) => ({
    id: `coin-${i}`, name: `Coin number ${i}`, symbol: `C${i}`, icon: `https://static.coinstats.app/coins/coin-${i}.png`,
    priceChange1d: rng() * 20 - 10, price: 0.01 + rng() * 1000, priceBtc: rng() / 1000,
  }));
  store.mergeCoinCache(coins, now);
  for (let c = 0; c < CONNECTIONS; c++) {
    const meta = store.addConnection({ exchangeId: 'binance', name: `Account ${c + 1}` });
    const rows: BalanceRow[] = coins.map((coin) => ({ coinId: coin.id, amount: rng() * 100, price: coin.price!, priceBtc: coin.priceBtc! }));
    store.setBalances({ connectionId: meta.id, fetchedAt: now, rows }, 'synced');
  }
  // A refresh every 30 minutes for 90 days; the store compacts as the design says.
  const points: HistoryPoint[] = [];
  for (let t = now - 90 * DAY; t <= now; t += 30 * 60_000) points.push({ t, totalUsd: 1e6 * (1 + rng() / 10), totalBtc: 10 + rng() });
  history.appendMany(points);

  const summary = aggregatePortfolio({
    balances: Object.values(store.getBalances()),
    coins: store.getCoinCache().value,
    dustThresholdUsd: 1,
  });
  settle();
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const deltaMb = (process.memoryUsage().heapUsed - baseline) / 1024 / 1024;
  console.log(`Loaded ${CONNECTIONS} connections × ${COINS} coins (${summary.rows.length} holding rows, ${history.size()} history points after compaction).`);
  console.log(`Heap after gc: ${heapMb.toFixed(1)} MB total, ${deltaMb.toFixed(1)} MB for the data (summary kept alive: total $${Math.round(summary.totalUsd)}).`);
  console.log(`BENCH ${JSON.stringify({ metric: 'main_heap_mb_25x1000', value: Math.round(heapMb * 10) / 10, unit: 'MB', target: 'report' })}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
