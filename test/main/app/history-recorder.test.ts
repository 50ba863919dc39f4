// The points the recorder makes: each connection's part of the total, and a
// point of its own when the set of connections changes without new balances.
import { describe, expect, it } from 'vitest';
import { rangeChange, setChanges } from '../../../common/history-change';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import type { AppSnapshot, ConnectionBalances, HistoryPoint } from '../../../common/types';
import { createHistoryRecorder } from '../../../main/app/snapshot-watchers';
import { aggregatePortfolio } from '../../../main/core/aggregate';
import { BALANCES, COINS, NOW, connectionView, portfolioSnapshot } from '../../support/snapshot-fixture';

const kucoinBalance: ConnectionBalances = { connectionId: 'c-kucoin', fetchedAt: NOW, rows: [{ coinId: 'bitcoin', amount: 0.5, price: 100_000, priceBtc: 1 }] };

function withBalances(snapshot: AppSnapshot, balances: ConnectionBalances[]): AppSnapshot {
  const portfolio = aggregatePortfolio({ balances, coins: COINS, dustThresholdUsd: DEFAULT_SETTINGS.dustThresholdUsd });
  return { ...snapshot, portfolio };
}

function recording() {
  const points: HistoryPoint[] = [];
  return { points, recorder: createHistoryRecorder((p) => points.push(p)) };
}

describe('history recorder: the connections behind each point', () => {
  it('records each connection by name with its part of the total, dust included', () => {
    const { points, recorder } = recording();
    const snapshot = portfolioSnapshot();
    recorder.observe(snapshot, 1);
    const [point] = points;
    expect(Object.keys(point!.connections!)).toEqual(['c-binance', 'c-kraken']);
    expect(point!.connections!['c-kraken']!.name).toBe('Main Kraken');
    const sum = Object.values(point!.connections!).reduce((s, c) => s + (c.usd ?? 0), 0);
    expect(sum).toBeCloseTo(snapshot.portfolio.totalUsd, 6);
    expect(snapshot.portfolio.dust.count).toBeGreaterThan(0);
  });

  it('leaves a connection out of the set until its first sync finishes, then marks it added', () => {
    const { points, recorder } = recording();
    const base = portfolioSnapshot();
    const syncing = connectionView({ id: 'c-kucoin', exchangeId: 'kucoin', name: 'KuCoin', state: 'syncing', lastSyncAt: null });
    recorder.observe({ ...base, connections: [...base.connections, syncing] }, 1);
    expect(Object.keys(points[0]!.connections!)).toEqual(['c-binance', 'c-kraken']);

    const synced = { ...syncing, state: 'synced' as const, lastSyncAt: NOW + 1, totalUsd: 50_000 };
    recorder.observe(withBalances({ ...base, connections: [...base.connections, synced] }, [...BALANCES, kucoinBalance]), 2);
    expect(points).toHaveLength(2);
    expect(setChanges(points[0]!, points[1]!)).toEqual([{ connectionId: 'c-kucoin', name: 'KuCoin', kind: 'added' }]);
    // The 50,000 that arrived is not performance.
    const range = rangeChange(points);
    expect(range).toMatchObject({ known: true, change: { usd: 0, pct: 0 } });
    expect(points[1]!.totalUsd - points[0]!.totalUsd).toBeCloseTo(50_000, 6);
  });

  it('records a failing connection the total holds nothing of as left out', () => {
    const { points, recorder } = recording();
    recorder.observe(portfolioSnapshot({ failingBybit: true }), 1);
    expect(points[0]!.connections!['c-bybit']).toEqual({ name: 'Bybit', usd: null });
  });

  it('records a connection with a coin left out of the total as left out: the missing coin is not a loss', () => {
    const { points, recorder } = recording();
    const base = portfolioSnapshot();
    recorder.observe(base, 1);
    const flagged = base.connections.map((c, i) => (i === 0 ? { ...c, flagged: [{ coinId: 'ethereum', problem: { id: 'field', path: 'price', expected: 'number_at_least_0', found: { kind: 'null' } } as const, kept: false }] } : c));
    recorder.observe({ ...base, connections: flagged }, 2);
    expect(points.at(-1)!.connections!['c-binance']).toEqual({ name: 'Binance', usd: null });
    expect(setChanges(points[0]!, points.at(-1)!)).toEqual([{ connectionId: 'c-binance', name: 'Binance', kind: 'left-out' }]);
    expect(rangeChange(points)).toMatchObject({ known: true, change: { usd: 0, pct: 0 } });
  });

  it('records no point while no connection is counted in the total: it is not known, not zero', () => {
    const { points, recorder } = recording();
    const base = portfolioSnapshot();
    recorder.observe(base, 1);
    const failing = base.connections.map((c) => ({ ...c, state: 'error' as const }));
    recorder.observe(withBalances({ ...base, connections: failing }, []), 2);
    expect(points.map((p) => p.t)).toEqual([1]);
  });

  it('records a removal when it happens, without waiting for newer balances', () => {
    const { points, recorder } = recording();
    const base = portfolioSnapshot();
    recorder.observe(base, 1);
    const removed = withBalances({ ...base, connections: base.connections.filter((c) => c.id !== 'c-kraken') }, BALANCES.slice(0, 1));
    recorder.observe(removed, 2);
    recorder.observe(removed, 3);
    expect(points.map((p) => p.t)).toEqual([1, 2]);
    expect(setChanges(points[0]!, points[1]!)).toEqual([{ connectionId: 'c-kraken', name: 'Main Kraken', kind: 'removed' }]);
  });

  it('records a connection the user left out of the total as left out, with the total it is not in', () => {
    const { points, recorder } = recording();
    const base = portfolioSnapshot();
    const connections = base.connections.map((c) => (c.id === 'c-kraken' ? { ...c, countInTotal: false } : c));
    recorder.observe(withBalances({ ...base, connections }, BALANCES.filter((b) => b.connectionId !== 'c-kraken')), 1);
    expect(points[0]!.connections!['c-kraken']).toEqual({ name: 'Main Kraken', usd: null });
    expect(points[0]!.connections!['c-binance']!.usd).toBeCloseTo(points[0]!.totalUsd, 6);
  });
});
