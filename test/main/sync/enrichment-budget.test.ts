// Enrichment on a large account, through the real engine, client, store and
// governor against the double over HTTP: the balance shows (and the refresh
// stops) before names and icons are fetched; a pass makes a bounded number of
// `/coins` calls, most valuable coins first, each one allowed and counted by
// the governor; later passes continue where it stopped, dust last.
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio, byValueDesc, isDust, rowValueUsd } from '../../../main/core/aggregate';
import { fiatCurrencyOf } from '../../../main/core/coin-labels';
import { COINS_CALLS_PER_PASS, COIN_IDS_PER_CALL } from '../../../main/services/enrichment';
import { BINANCE_FIELDS, COINS, type Harness, KRAKEN_FIELDS, MIN, useSyncHarness } from './harness';

const startHarness = useSyncHarness();

const PASS_IDS = COIN_IDS_PER_CALL * COINS_CALLS_PER_PASS;

/** The ids of every `/coins` call the double saw, in order, and whether it had answered. */
function coinCalls(h: Harness): Array<{ ids: string[]; answered: boolean }> {
  return h.double
    .requests()
    .filter((r) => `${r.method} ${r.path.split('?')[0]}` === COINS)
    .map((r) => ({ ids: (new URL(r.path, 'http://double').searchParams.get('coinIds') ?? '').split(','), answered: r.status !== 0 }));
}

/** Held coin ids (cash excluded), most valuable first, as the portfolio values them. */
function byValue(h: Harness): Array<{ id: string; dust: boolean }> {
  const values = new Map<string, number>();
  for (const conn of Object.values(h.store.getBalances())) {
    for (const row of conn.rows) if (fiatCurrencyOf(row.coinId) === null) values.set(row.coinId, (values.get(row.coinId) ?? 0) + rowValueUsd(row));
  }
  const threshold = h.store.getSettings().dustThresholdUsd;
  return [...values]
    .map(([coinId, valueUsd]) => ({ coinId, valueUsd }))
    .sort(byValueDesc)
    .map(({ coinId, valueUsd }) => ({ id: coinId, dust: isDust(valueUsd, threshold) }));
}

/** Runs passes until one makes no call (at most `limit`); the ids each pass asked for. */
async function passesUntilDone(h: Harness, limit = 10): Promise<string[][]> {
  const passes: string[][] = [];
  for (let pass = 0; pass < limit; pass++) {
    const start = coinCalls(h).length;
    await h.enrichment.update();
    const calls = coinCalls(h).slice(start);
    if (calls.length === 0) break;
    expect(calls.length).toBeLessThanOrEqual(COINS_CALLS_PER_PASS);
    passes.push(calls.flatMap((c) => c.ids));
  }
  return passes;
}

const coinsLedger = (h: Harness): number => h.store.ledgerSince(0).filter((e) => e.endpoint === 'coins').length;

/**
 * `rows` synthetic coins on Kraken (the double's `large` fault) beside Binance's
 * own coins, each connection refreshed on its own, so no enrichment pass has run yet.
 */
async function largeAccount(rows: number): Promise<Harness> {
  const h = await startHarness();
  const kraken = await h.connect('kraken', KRAKEN_FIELDS);
  h.double.setFault('balance', { kind: 'large', rows }, 1);
  await h.engine.refreshConnection(kraken, { userInitiated: true });
  const binance = await h.connect('binance', BINANCE_FIELDS);
  await h.engine.refreshConnection(binance, { userInitiated: true });
  expect(coinCalls(h)).toEqual([]);
  return h;
}

describe('enrichment on a 100,000-row account', () => {
  it('shows the balance with the refresh over before enrichment is done, then makes a bounded pass, most valuable first, counted by the governor', async () => {
    const h = await startHarness();
    await h.connect('kraken', KRAKEN_FIELDS);
    h.double.setFault('balance', { kind: 'large', rows: 100_000 }, 1);
    const spentBefore = h.governor.spentThisMonth();

    await h.engine.refreshAll({ userInitiated: true });
    // The refresh is over: the spinner stops and the total is there, while names are still being fetched.
    expect(h.engine.isRefreshing()).toBe(false);
    expect(coinCalls(h).filter((c) => c.answered)).toEqual([]);
    expect(h.store.getCoinCache().fetchedAt).toBeNull();
    const summary = aggregatePortfolio({ balances: Object.values(h.store.getBalances()), coins: h.store.getCoinCache().value, dustThresholdUsd: 1 });
    expect(summary.rows.length + summary.dust.count).toBe(100_000);
    expect(summary.totalUsd).toBeGreaterThan(0);
    const balanceCredits = h.governor.spentThisMonth() - spentBefore;

    await h.engine.whenIdle();
    const calls = coinCalls(h);
    expect(calls).toHaveLength(COINS_CALLS_PER_PASS);
    expect(calls.every((c) => c.ids.length === COIN_IDS_PER_CALL)).toBe(true);
    // The most valuable 1,000 coins, in value order, and nothing else.
    expect(calls.flatMap((c) => c.ids)).toEqual(byValue(h).slice(0, PASS_IDS).map((c) => c.id));
    // Every call went through the governor's ledger: 2 credits a call, and 1 for the day's rates.
    expect(coinsLedger(h)).toBe(COINS_CALLS_PER_PASS);
    expect(h.governor.spentThisMonth() - spentBefore - balanceCredits).toBe(2 * COINS_CALLS_PER_PASS + 1);

    // The next pass continues with the next most valuable coins.
    await h.enrichment.update();
    const next = coinCalls(h).slice(COINS_CALLS_PER_PASS);
    expect(next).toHaveLength(COINS_CALLS_PER_PASS);
    expect(next.flatMap((c) => c.ids)).toEqual(byValue(h).slice(PASS_IDS, 2 * PASS_IDS).map((c) => c.id));
  });
});

describe('enrichment budget', () => {
  it('asks the governor before every call: a budget that allows three calls gets three, and the rest waits', async () => {
    const h = await largeAccount(3_000);
    // Room for three `/coins` calls (2 credits each) this month, not four (nor the day's rates).
    h.store.updateSettings({ monthlyCreditBudget: h.governor.spentThisMonth() + 3 * 2 });
    const result = await h.enrichment.update();
    expect(result).toEqual({ coinsFetched: true, ratesFetched: false });
    expect(coinCalls(h)).toHaveLength(3);
    expect(coinsLedger(h)).toBe(3);

    // Next month's credits: the next pass continues after the coins already asked.
    h.store.updateSettings({ monthlyCreditBudget: h.governor.spentThisMonth() + 100 });
    await h.enrichment.update();
    const asked = coinCalls(h).flatMap((c) => c.ids);
    expect(asked).toEqual(byValue(h).slice(0, 3 * COIN_IDS_PER_CALL + PASS_IDS).map((c) => c.id));
  });

  it('dust last: coins above the threshold fill the first passes, dust only gets what is left, and nothing is asked twice', async () => {
    // About 60 % of the synthetic coins are above the $1 threshold: more than one pass holds.
    const h = await largeAccount(3_000);
    const held = byValue(h);
    const dust = new Set(held.filter((c) => c.dust).map((c) => c.id));
    expect(held.length - dust.size).toBeGreaterThan(PASS_IDS);

    const passes = await passesUntilDone(h);
    // Every held coin once, most valuable first across passes: every coin above the threshold before any dust.
    expect(passes.flat()).toEqual(held.map((c) => c.id));
    expect(passes[0]!.some((id) => dust.has(id))).toBe(false);
    expect(passes.length).toBe(Math.ceil(held.length / PASS_IDS));
  });

  it('a coin never asked keeps its fallback label; a day later the refresh follows the budget, most valuable first, and unknown dust is not asked again', async () => {
    const h = await largeAccount(3_000);
    await h.enrichment.update();
    const held = byValue(h);
    // Binance's dust (real coins CoinStats knows) ranks below 1,800 synthetic coins above $1: not asked yet.
    const cache = h.store.getCoinCache().value;
    const binance = new Set(h.double.expectedBalance('binance', BINANCE_FIELDS).map((r) => r.coinId));
    const waiting = held.find((c) => c.dust && binance.has(c.id));
    expect(waiting).toBeDefined();
    expect(cache[waiting!.id]).toBeUndefined();
    const summary = aggregatePortfolio({ balances: Object.values(h.store.getBalances()), coins: cache, dustThresholdUsd: 1 });
    const shown = summary.dust.rows.find((r) => r.coinId === waiting!.id);
    expect(shown).toMatchObject({ symbol: waiting!.id, icon: null });

    // Work through every coin once; then there is nothing to ask until the day is over.
    await passesUntilDone(h);
    expect(h.store.getCoinCache().value[waiting!.id]?.icon).toMatch(/^http/);
    const beforeDay = coinCalls(h).length;

    await h.clock.advance(24 * 60 * MIN);
    await h.enrichment.update();
    const daily = coinCalls(h).slice(beforeDay);
    expect(daily).toHaveLength(COINS_CALLS_PER_PASS);
    // Most valuable first, leaving out dust CoinStats did not know (spam airdrops stay unknown).
    const unknownDust = (c: { id: string; dust: boolean }): boolean => c.dust && c.id.startsWith('bulk-coin-');
    expect(daily.flatMap((c) => c.ids)).toEqual(held.filter((c) => !unknownDust(c)).map((c) => c.id).slice(0, PASS_IDS));
  });

  it('a failing call ends the pass and keeps the cache; the next pass asks again', async () => {
    const h = await largeAccount(1_500);
    h.double.setFault('coins', { kind: 'status', status: 500 });
    await h.enrichment.update();
    const failed = coinCalls(h);
    // One call (with the client's own retries), not one per 200 ids.
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(failed.map((c) => c.ids.join(','))).size).toBe(1);
    h.double.clearFaults();
    await h.enrichment.update();
    expect(coinCalls(h).slice(failed.length)[0]?.ids).toEqual(failed[0]?.ids);
  });
});
