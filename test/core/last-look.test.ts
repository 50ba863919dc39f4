// "Since you last looked": the look a snapshot makes and the change since it,
// with the real aggregation, and every case where no change is honest.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import type { AppSnapshot, ConnectionBalances } from '../../common/types';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { LOOK_MAX_COINS, MOVERS_SHOWN, changeSinceLook, lookOf } from '../../main/core/last-look';
import { BALANCES, COINS, NOW, portfolioSnapshot } from '../support/snapshot-fixture';

function withBalances(balances: ConnectionBalances[], coins = COINS): AppSnapshot {
  const base = portfolioSnapshot();
  return { ...base, portfolio: aggregatePortfolio({ balances, coins, dustThresholdUsd: DEFAULT_SETTINGS.dustThresholdUsd }) };
}

/** Binance's bitcoin amount changed to `btc` and its ethereum to `eth`. */
function moved(btc: number, eth: number): ConnectionBalances[] {
  return BALANCES.map((b) =>
    b.connectionId !== 'c-binance'
      ? b
      : { ...b, rows: b.rows.map((r) => (r.coinId === 'bitcoin' ? { ...r, amount: btc } : r.coinId === 'ethereum' ? { ...r, amount: eth } : r)) },
  );
}

describe('last look', () => {
  it('keeps the total, the connections in it and every coin, dust included', () => {
    const snapshot = portfolioSnapshot();
    const look = lookOf(snapshot, NOW);
    expect(look).toMatchObject({ at: NOW, totalUsd: snapshot.portfolio.totalUsd, connectionIds: ['c-binance', 'c-kraken'], complete: true, capped: false });
    expect(look.coins.bitcoin).toMatchObject({ symbol: 'BTC', valueUsd: 15_000 });
    expect(look.coins.bitcoin!.amount).toBeCloseTo(0.15, 12);
    expect(Object.keys(look.coins).sort()).toEqual(['bitcoin', 'cardano', 'ethereum', 'shiba', 'solana']);
  });

  it('measures the change in money and percent, and names the coins that moved it most', () => {
    const look = lookOf(portfolioSnapshot(), NOW - 3_600_000);
    // +0.05 BTC (+$5,000) and −1 ETH (−$4,000).
    const since = changeSinceLook(withBalances(moved(0.15, 1)), look);
    expect(since).not.toBeNull();
    expect(since!.since).toBe(NOW - 3_600_000);
    expect(since!.usd).toBeCloseTo(1_000, 6);
    expect(since!.pct).toBeCloseTo((1_000 / look.totalUsd) * 100, 6);
    expect(since!.movers.map((m) => [m.symbol, Math.round(m.usd)])).toEqual([
      ['BTC', 5_000],
      ['ETH', -4_000],
    ]);
    expect(since!.byCoin.bitcoin!.pct).toBeCloseTo(5_000 / 15_000 * 100, 6);
    expect(since!.byCoin.solana).toMatchObject({ usd: 0, pct: 0 });
  });

  it('counts a coin sold since as a fall of its whole value, and a coin bought as new', () => {
    const look = lookOf(portfolioSnapshot(), NOW);
    const balances = BALANCES.map((b) => (b.connectionId === 'c-kraken' ? { ...b, rows: [b.rows[0]!, { coinId: 'ethereum', amount: 1, price: 4_000, priceBtc: 0.04 }] } : b));
    const since = changeSinceLook(withBalances(balances), look)!;
    expect(since.byCoin.solana).toMatchObject({ symbol: 'SOL', usd: -1_500, pct: -100 });
    expect(since.byCoin.ethereum!.usd).toBeCloseTo(4_000, 6);
    expect(since.movers[0]!.symbol).toBe('ETH');
    expect(since.movers).toHaveLength(2);
  });

  it('is nothing without an earlier look, or when either side was partial', () => {
    expect(changeSinceLook(portfolioSnapshot(), null)).toBeNull();
    const partialLook = lookOf(portfolioSnapshot({ failingBybit: true }), NOW);
    expect(partialLook.complete).toBe(false);
    expect(changeSinceLook(portfolioSnapshot(), partialLook)).toBeNull();
    const look = lookOf(portfolioSnapshot(), NOW);
    expect(changeSinceLook(portfolioSnapshot({ failingBybit: true }), look)).toBeNull();
  });

  it('is nothing across a different set of connections: an exchange removed is not a loss', () => {
    const look = lookOf(portfolioSnapshot(), NOW);
    const base = portfolioSnapshot();
    const onlyBinance = { ...withBalances(BALANCES.slice(0, 1)), connections: base.connections.slice(0, 1) };
    expect(changeSinceLook(onlyBinance, look)).toBeNull();
  });

  it('is nothing while a problem every exchange shares leaves the figures old', () => {
    const look = lookOf(portfolioSnapshot(), NOW);
    const broken = portfolioSnapshot();
    const stale = { ...broken, standing: { ...broken.standing, problem: { code: 'network' as const, message: 'No network' } } };
    expect(changeSinceLook(stale, look)).toBeNull();
  });

  it(`keeps at most ${LOOK_MAX_COINS} coins; a coin past the cap gets no made-up change`, () => {
    const many = Array.from({ length: LOOK_MAX_COINS + 20 }, (_, i) => ({ coinId: `coin-${i}`, amount: 1, price: 1_000 - i, priceBtc: 0.01 }));
    const balances: ConnectionBalances[] = [{ connectionId: 'c-binance', fetchedAt: NOW, rows: many }, BALANCES[1]!];
    const look = lookOf(withBalances(balances, {}), NOW);
    expect(Object.keys(look.coins)).toHaveLength(LOOK_MAX_COINS);
    expect(look.capped).toBe(true);
    const since = changeSinceLook(withBalances(balances, {}), look)!;
    expect(since.usd).toBe(0);
    expect(since.movers).toEqual([]);
    expect(Object.keys(since.byCoin).length).toBeLessThanOrEqual(LOOK_MAX_COINS);
    expect(since.byCoin['coin-69']).toBeUndefined();
    expect(MOVERS_SHOWN).toBe(3);
  });
});
