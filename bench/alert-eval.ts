// Evaluating every alert rule after a sync of 25 connections × 1,000 coins:
// the watcher create-app wires (main/app/alert-watcher.ts) on a real local
// store and history store in a temp dir, with a week of stored history points
// (each recording its 25 connections), one rule of every kind and both move
// windows. What is timed is the watcher's whole observe: store read, every
// rule read (history query included), the state write when anything changed.
// Main's words need a catalogue: English, as main loads it at start on an English OS.
import '../test/support/english';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AlertRule } from '../common/alerts';
import { DEFAULT_SETTINGS } from '../common/settings';
import type { CoinMeta, ConnectionBalances, HistoryPoint } from '../common/types';
import { createAlertWatcher } from '../main/app/alert-watcher';
import type { Session } from '../main/app/session';
import { aggregatePortfolio } from '../main/core/aggregate';
import { historyPointOf } from '../main/core/history-point';
import { standingOf } from '../main/core/standing';
import { createSystemClock } from '../main/services/clock';
import { createHistoryStore } from '../main/services/history-store';
import { createLocalStore } from '../main/services/local-store';
import { openConfStore } from '../test/support/conf-store';
import { connectionView, emptySnapshot } from '../test/support/snapshot-fixture';

const CONNECTIONS = 25;
const COINS = 1_000;
const RUNS = 200;
const TARGET_MS = 5;
const HOUR = 3_600_000;

const dir = await mkdtemp(join(tmpdir(), 'tallybar-alert-eval-'));
try {
  const now = Date.now();
  const coins: Record<string, CoinMeta> = {};
  for (let i = 0; i < COINS; i++) {
    const id = i === 0 ? 'tether' : `coin-${i}`;
    coins[id] = { id, name: `Coin ${i}`, symbol: i === 0 ? 'USDT' : `C${i}`, icon: null, priceChange1d: (i % 21) - 10, price: 1 + (i % 97), priceBtc: (1 + (i % 97)) / 100_000 };
  }
  const balances: ConnectionBalances[] = [];
  const connections = [];
  for (let c = 0; c < CONNECTIONS; c++) {
    const id = `conn-${c}`;
    balances.push({ connectionId: id, fetchedAt: now, rows: Object.values(coins).map((coin, i) => ({ coinId: coin.id, amount: 1 + ((i * 7 + c) % 50), price: coin.price ?? 1, priceBtc: coin.priceBtc ?? 0 })) });
    connections.push(connectionView({ id, exchangeId: 'binance', name: `Exchange ${c}`, lastSyncAt: now - 60_000 }));
  }
  const portfolio = aggregatePortfolio({ balances, coins, dustThresholdUsd: DEFAULT_SETTINGS.dustThresholdUsd });
  const credits = emptySnapshot().credits;
  const snapshot = emptySnapshot({ connections, portfolio, standing: standingOf(connections, credits) });

  const store = createLocalStore({ openStore: openConfStore, dir, now: () => now });
  const history = createHistoryStore({ openStore: openConfStore, dir, now: () => now });
  const current = historyPointOf(snapshot, now);
  const points: HistoryPoint[] = [];
  for (let t = now - 7 * 24 * HOUR; t < now; t += 15 * 60_000) {
    const f = 1 + Math.sin(t / (6 * HOUR)) * 0.05;
    points.push({ ...current, t, totalUsd: current.totalUsd * f, connections: Object.fromEntries(Object.entries(current.connections ?? {}).map(([id, part]) => [id, { ...part, usd: (part.usd ?? 0) * f }])) });
  }
  history.appendMany(points);
  const rule = (id: string, over: Partial<AlertRule>): AlertRule => ({ id, kind: 'total_above', enabled: true, threshold: 1e9, currency: 'USD', window: '24h', ...over });
  store.updateAlerts({
    rules: [
      rule('above', {}),
      rule('below', { kind: 'total_below', threshold: 1, currency: 'BTC' }),
      rule('move-1h', { kind: 'move', threshold: 10, window: '1h' }),
      rule('move-24h', { kind: 'move', threshold: 10 }),
      rule('coin', { kind: 'coin_share', threshold: 50 }),
      rule('stable', { kind: 'stable_share', threshold: 1 }),
      rule('failed', { kind: 'exchange_failed', threshold: 6 }),
    ],
  });

  const session = { store, history } as unknown as Session;
  let notified = 0;
  const clock = createSystemClock();
  const watcher = createAlertWatcher({ session: () => session, clock, snapshot: () => snapshot, notify: () => void notified++, changed: () => undefined });
  watcher.observe(snapshot); // warm-up: the first evaluation also writes the rules' first statuses
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    watcher.observe(snapshot);
    times.push(performance.now() - t0);
  }
  watcher.stop();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  const p95 = times[Math.floor(RUNS * 0.95)]!;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  console.log(`${CONNECTIONS} connections × ${COINS} coins (${portfolio.rows.length + portfolio.dust.rows.length} holdings), ${points.length} history points, 7 rules: median ${round(median)} ms, p95 ${round(p95)} ms over ${RUNS} runs (the p95 moves with whatever else this machine runs); ${notified} notifications (the stablecoin rule fires once, in the warm-up).`);
  console.log(`BENCH ${JSON.stringify({ metric: 'alert_eval_ms_25x1000', value: round(median), unit: 'ms', target: `<= ${TARGET_MS}` })}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
