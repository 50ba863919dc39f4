// A simulated month of Tallybar against the CoinStats double, on a manual
// clock: the real engine, governor, enrichment, client, store and vault, with
// the user issue 3 §5 describes. Prints credits spent, the age of the data at
// each popover opening, and what naive 5-minute polling would have cost.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoinStatsClient } from '../main/coinstats/client';
import { createPacer } from '../main/coinstats/pacer';
import { syncedAtOf } from '../main/core/standing';
import { BINANCE_FIELDS, KRAKEN_FIELDS, KUCOIN, type Harness, makeHarness, seeded } from '../test/main/sync/harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAYS = 30;
/** Monday 1 December 2025, 00:00 local: 30 days stay inside one calendar month. */
const START = new Date(2025, 11, 1, 0, 0, 0).getTime();
const OPENS_PER_ACTIVE_DAY = 20;

type Event = { at: number; what: 'wake' | 'sleep' | 'active' | 'away' | 'open' };

function timeline(rng: () => number): Event[] {
  const events: Event[] = [];
  for (let d = 0; d < DAYS; d++) {
    const day = new Date(START + d * 24 * HOUR);
    const base = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
    const weekday = day.getDay() >= 1 && day.getDay() <= 5;
    events.push({ at: base + 7 * HOUR, what: 'wake' });
    if (weekday) {
      events.push({ at: base + 9 * HOUR, what: 'active' });
      for (let i = 0; i < OPENS_PER_ACTIVE_DAY; i++) {
        events.push({ at: base + 9 * HOUR + Math.floor(rng() * 9 * HOUR), what: 'open' });
      }
      events.push({ at: base + 18 * HOUR, what: 'away' });
    }
    events.push({ at: base + 23 * HOUR, what: 'sleep' });
  }
  return events.sort((a, b) => a.at - b.at);
}

async function withHarness<T>(fn: (h: Harness) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tallybar-bench-'));
  const h = await makeHarness(dir, { start: START, double: { syncPolls: 2, quota: 100_000_000 } });
  try {
    return await fn(h);
  } finally {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function connectThree(h: Harness): Promise<void> {
  await h.connect('binance', BINANCE_FIELDS);
  await h.connect('kraken', KRAKEN_FIELDS);
  await h.connect('kucoin', KUCOIN);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function defaultPolicy(): Promise<{ credits: number; ledger: number; ages: number[]; opens: number; refreshedAtOpen: number }> {
  return withHarness(async (h) => {
    await connectThree(h);
    const ages: number[] = [];
    let refreshedAtOpen = 0;
    let started = false;
    h.engine.setUserActive(false);
    for (const event of timeline(seeded(2025))) {
      await h.clock.advanceTo(event.at);
      if (event.what === 'wake') {
        if (!started) {
          started = true;
          await h.engine.start();
        } else h.engine.resume();
      }
      if (event.what === 'sleep') h.engine.suspend();
      if (event.what === 'active') h.engine.setUserActive(true);
      if (event.what === 'away') h.engine.setUserActive(false);
      if (event.what === 'open') {
        const oldest = syncedAtOf(h.store.listConnections());
        ages.push(oldest === null ? Number.POSITIVE_INFINITY : (h.clock.now() - oldest) / MIN);
        if (await h.engine.popoverOpened()) refreshedAtOpen++;
      }
      await h.engine.whenIdle();
    }
    await h.clock.advanceTo(START + DAYS * 24 * HOUR);
    return { credits: h.double.creditsUsed(), ledger: h.governor.spentThisMonth(), ages, opens: ages.length, refreshedAtOpen };
  });
}

/** What a naive app does: every 5 minutes the machine is awake, ask every balance. */
async function naive5min(): Promise<number> {
  return withHarness(async (h) => {
    const conns = [
      { connectionId: 'binance', connectionFields: BINANCE_FIELDS },
      { connectionId: 'kraken', connectionFields: KRAKEN_FIELDS },
      { connectionId: 'kucoin', connectionFields: KUCOIN },
    ];
    // Its own client: a naive app keeps no ledger (and writing one per call would time the store, not the policy).
    const client = createCoinStatsClient({ baseUrl: h.double.url, getApiKey: () => h.vault.getApiKey(), pacer: createPacer({ ratePerSecond: 1000 }) });
    for (let t = START; t < START + DAYS * 24 * HOUR; t += 5 * MIN) {
      const hour = new Date(t).getHours();
      if (hour < 7 || hour >= 23) continue;
      await Promise.all(conns.map((c) => client.getExchangeBalance(c)));
    }
    return h.double.creditsUsed();
  });
}

let t = performance.now();
const result = await defaultPolicy();
const defaultSeconds = (performance.now() - t) / 1000;
t = performance.now();
const naive = await naive5min();
const naiveSeconds = (performance.now() - t) / 1000;
const medianAge = median(result.ages);

console.log(`Model (30 simulated days from Mon 1 Dec 2025, 3 connections: Binance, Kraken, KuCoin; default settings):
  user at the computer weekdays 09:00–18:00, ${OPENS_PER_ACTIVE_DAY} popover opens a day at seeded-random moments in those hours;
  machine asleep 23:00–07:00 (suspend/resume); awake but user away otherwise (weekday mornings/evenings, weekends).
  Policy: refresh at start and on wake if stale (>15 min); popover opening refreshes if stale; background refresh
  every min(60, 2×15) = 30 min only while the user is active (governor may stretch it); nothing while asleep or away.
  New portfolios sync through 2 status polls. Enrichment: /coins when new coins appear or daily, /currencies daily.
  Opens: ${result.opens}, of which ${result.refreshedAtOpen} found stale data and refreshed.
  Credits: ${result.credits} charged by the double, ${result.ledger} in Tallybar's own ledger.
  Naive comparison: the same 3 connections polled every 5 min while the machine is awake (07:00–23:00).
  (Simulation wall time: ${defaultSeconds.toFixed(1)} s for the default policy, ${naiveSeconds.toFixed(1)} s for the naive one.)`);
console.log(`BENCH ${JSON.stringify({ metric: 'credits_per_month_default', value: result.credits, unit: 'credits', target: '<= 20000' })}`);
console.log(`BENCH ${JSON.stringify({ metric: 'median_data_age_at_open_min', value: Math.round(medianAge * 10) / 10, unit: 'min', target: '<= 15' })}`);
console.log(`BENCH ${JSON.stringify({ metric: 'credits_per_month_naive_5min', value: naive, unit: 'credits', target: 'comparison' })}`);
