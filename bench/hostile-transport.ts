// bench-node-flags: --expose-gc
// Two hostile answers, through the real client over real HTTP to the double.
// 1. Size: a 200 MB gzip bomb and a 64 MB plain body. The peak heap (sampled
//    every 2 ms while the call runs, double included, as it runs in this
//    process) is what one hostile answer can cost.
// 2. A 429 storm on every route, /usage/credits included: the app's own
//    session (main/app/session.ts: engine, governor, client with its default
//    pacer and retries, on the system clock) with three connections, and the
//    user pressing "Refresh now" every 20 s, for STORM_SECONDS of real time.
//    The figure is the busiest 60 s window of requests the double received.
// Main's words need a catalogue: English, as main loads it at start on an English OS.
import '../test/support/english';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Session, createSession } from '../main/app/session';
import { type CoinStatsClient, createCoinStatsClient } from '../main/coinstats/client';
import { type CoinStatsDouble, type Fault, startDouble } from '../main/double/server';
import { createSystemClock } from '../main/services/clock';
import { openConfStore } from '../test/support/conf-store';
import { BINANCE_FIELDS, KUCOIN_FIELDS, TEST_API_KEY } from '../test/support/double-helpers';
import { createFakeSafeStorage } from '../test/support/fake-safe-storage';

const STORM_SECONDS = Number(process.env.BENCH_STORM_SECONDS ?? 120);
const USER_REFRESH_MS = 20_000;
const MINUTE = 60_000;
const MB = 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('hostile-transport bench needs node --expose-gc (scripts/bench.mjs passes it)');

function bench(metric: string, value: number, unit: string, target: string): void {
  console.log(`BENCH ${JSON.stringify({ metric, value, unit, target })}`);
}

/** Peak heapUsed (MB) while `run` runs, from a settled baseline. */
async function peakHeapMb(run: () => Promise<unknown>): Promise<{ peak: number; baseline: number }> {
  for (let i = 0; i < 3; i++) gc!();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 2);
  try {
    await run();
  } finally {
    clearInterval(sample);
  }
  return { peak: Math.max(peak, process.memoryUsage().heapUsed) / MB, baseline: baseline / MB };
}

async function failureOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'no error (read whole)',
    (error: unknown) => `${(error as { code?: string }).code}: ${(error as Error).message}`,
  );
}

async function sizeCases(): Promise<void> {
  const double = await startDouble({ apiKey: TEST_API_KEY, rateLimit: null, syncPolls: 0 });
  const client: CoinStatsClient = createCoinStatsClient({ baseUrl: double.url, getApiKey: async () => TEST_API_KEY });
  const balance = () => client.getExchangeBalance({ connectionId: 'binance', connectionFields: BINANCE_FIELDS });
  const cases: Array<[name: string, fault: Fault]> = [
    ['gzip bomb, 200 KB expanding to 200 MB', { kind: 'gzip-bomb', megabytes: 200 }],
    ['plain body of 64 MB', { kind: 'oversized', megabytes: 64 }],
  ];
  try {
    // The double compresses a bomb once; do it before measuring, so the figure is the client's.
    double.setFault('balance', cases[0]![1], 1);
    await failureOf(balance());
    let worst = 0;
    for (const [name, fault] of cases) {
      double.setFault('balance', fault, 1);
      let outcome = '';
      const started = performance.now();
      const { peak, baseline } = await peakHeapMb(async () => {
        outcome = await failureOf(balance());
      });
      worst = Math.max(worst, peak);
      console.log(`${name}: peak heap ${peak.toFixed(1)} MB (${baseline.toFixed(1)} MB before) in ${(performance.now() - started).toFixed(0)} ms → ${outcome}`);
    }
    bench('peak_heap_mb_hostile', Math.round(worst * 10) / 10, 'MB', '<= 100');
  } finally {
    await double.close();
  }
}

/** The most requests in any 60 s window (starting at a request) of `times`. */
function busiestMinute(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (j < times.length && times[j]! < times[i]! + MINUTE) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

/** The app's session as main/app/session.ts builds it, with its own defaults, on the system clock; only the keyring is a fake. */
function appSession(baseUrl: string, dataDir: string): Session {
  const platform = { openStore: openConfStore, safeStorage: createFakeSafeStorage().safeStorage, platform: 'linux', whenReady: async () => undefined } as const;
  const quiet = { locale: () => 'en-US', notify: () => undefined, onChange: () => undefined };
  return createSession({ ...platform, ...quiet, dataDir, resolveBaseUrl: () => baseUrl, demo: false, clock: createSystemClock() });
}

async function stormCase(): Promise<void> {
  const double = await startDouble({ apiKey: TEST_API_KEY, syncPolls: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'tallybar-storm-'));
  const session = appSession(double.url, dir);
  let userRefresh: NodeJS.Timeout | undefined;
  try {
    await session.vault.setApiKey(TEST_API_KEY);
    for (const [exchangeId, name, fields] of [['binance', 'Binance', BINANCE_FIELDS], ['kucoin', 'KuCoin', KUCOIN_FIELDS], ['binance', 'Binance 2', BINANCE_FIELDS]] as const) {
      const meta = session.store.addConnection({ exchangeId, name });
      await session.vault.setConnectionSecrets(meta.id, fields);
    }
    await session.engine.start();
    await session.engine.whenIdle();
    const from = double.requests().length;
    double.storm({ ms: STORM_SECONDS * 1000 });
    const refresh = (): void => void session.engine.refreshAll({ userInitiated: true });
    refresh();
    userRefresh = setInterval(refresh, USER_REFRESH_MS);
    await new Promise((resolve) => setTimeout(resolve, STORM_SECONDS * 1000));
    clearInterval(userRefresh);
    const during = session.governor.view().limited?.kind ?? 'nothing';
    report(double, from);
    // The storm is over: the first answer must end "rate limited" (the client's gate may hold calls up to a minute).
    const ended = performance.now();
    while (session.governor.view().limited && performance.now() - ended < 2 * MINUTE) {
      await session.engine.refreshAll({ userInitiated: true });
      if (session.governor.view().limited) await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
    const after = session.governor.view().limited?.kind ?? 'nothing';
    console.log(`Credits view: "${during}" during the storm, "${after}" ${((performance.now() - ended) / 1000).toFixed(0)} s after it ended (a refresh every 5 s).`);
  } finally {
    clearInterval(userRefresh);
    session.close();
    await session.engine.whenIdle();
    await double.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function report(double: CoinStatsDouble, from: number): void {
  const storm = double.requests().slice(from);
  const times = storm.map((r) => r.at);
  const byPath = new Map<string, number>();
  for (const r of storm) byPath.set(r.path.split('?')[0]!, (byPath.get(r.path.split('?')[0]!) ?? 0) + 1);
  const minutes = STORM_SECONDS / 60;
  console.log(`${STORM_SECONDS} s storm, 3 connections, Refresh now every ${USER_REFRESH_MS / 1000} s: ${storm.length} requests (${(storm.length / minutes).toFixed(1)} a minute on average), ${[...byPath].map(([p, n]) => `${n} ${p}`).join(', ')}.`);
  bench('requests_per_min_429_storm', busiestMinute(times), 'req/min', '<= 10');
}

await sizeCases();
await stormCase();
