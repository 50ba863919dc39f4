import { describe, expect, it } from 'vitest';
import { historyChange, rangeChange, setChanges } from '../../common/history-change';
import { legacyPoint, pointOf } from '../support/history-points';

const HOUR = 3_600_000;

describe('historyChange: over the connections counted at both ends', () => {
  it('does not count a connection added in between as gain (the KuCoin case of issue 9)', () => {
    const start = pointOf(0, { 'c-binance': 83_478.33 });
    const end = pointOf(24 * HOUR, { 'c-binance': 84_388.24, 'c-kucoin': 88_487.1 });
    const change = historyChange(start, end)!;
    expect(change.usd).toBeCloseTo(909.91, 6);
    expect(change.pct).toBeCloseTo(1.09, 2);
    expect(change.excluded).toEqual([{ connectionId: 'c-kucoin', name: 'KuCoin', kind: 'added' }]);
    // What the totals alone read, as the issue saw it: +$89,397.01 (+107.09 %).
    expect(end.totalUsd - start.totalUsd).toBeCloseTo(89_397.01, 6);
    expect(((end.totalUsd - start.totalUsd) / start.totalUsd) * 100).toBeCloseTo(107.09, 2);
  });

  it('does not count a removed connection as loss', () => {
    const change = historyChange(pointOf(0, { 'c-binance': 1_000, 'c-kraken': 500 }), pointOf(HOUR, { 'c-binance': 1_100 }))!;
    expect(change.usd).toBeCloseTo(100, 9);
    expect(change.pct).toBeCloseTo(10, 9);
    expect(change.excluded).toEqual([{ connectionId: 'c-kraken', name: 'Kraken', kind: 'removed' }]);
  });

  it('leaves out a connection left out of the total at either end, and counts it once it is back at both', () => {
    const counted = pointOf(0, { 'c-binance': 1_000, 'c-kraken': 500 });
    const failing = pointOf(HOUR, { 'c-binance': 1_050, 'c-kraken': null });
    const back = pointOf(2 * HOUR, { 'c-binance': 1_100, 'c-kraken': 550 });
    expect(historyChange(counted, failing)).toMatchObject({ usd: 50, pct: 5, excluded: [{ connectionId: 'c-kraken', kind: 'left-out' }] });
    expect(historyChange(failing, back)).toMatchObject({ usd: 50, excluded: [{ connectionId: 'c-kraken', kind: 'back' }] });
    // Failing in between is no boundary: both ends count it.
    expect(historyChange(counted, back)).toEqual({ usd: 150, pct: 10, excluded: [] });
  });

  it('is the plain difference of totals when the set is the same', () => {
    const start = pointOf(0, { 'c-binance': 20_000, 'c-kraken': 5_000 });
    const end = pointOf(HOUR, { 'c-binance': 21_000, 'c-kraken': 4_500 });
    expect(historyChange(start, end)).toEqual({ usd: end.totalUsd - start.totalUsd, pct: 2, excluded: [] });
  });

  it('knows no change across a point that does not record its connections, nor between ends that share none', () => {
    const known = pointOf(HOUR, { 'c-binance': 1_000 });
    expect(historyChange(legacyPoint(0, 900), known)).toBeNull();
    expect(historyChange(known, legacyPoint(2 * HOUR, 900))).toBeNull();
    expect(historyChange(known, pointOf(2 * HOUR, { 'c-kucoin': 5_000 }))).toBeNull();
    expect(historyChange(known, pointOf(2 * HOUR, { 'c-binance': null, 'c-kucoin': 5_000 }))).toBeNull();
  });

  it('has no percentage from a zero start', () => {
    expect(historyChange(pointOf(0, { 'c-binance': 0 }), pointOf(HOUR, { 'c-binance': 10 }))).toEqual({ usd: 10, pct: null, excluded: [] });
  });
});

describe('setChanges', () => {
  it('names every kind of change, by connection id', () => {
    const before = pointOf(0, { 'c-binance': 1, 'c-kraken': 2, 'c-kucoin': null, gone: null });
    const after = pointOf(HOUR, { 'c-binance': null, 'c-kucoin': 3, fresh: 4, late: null });
    expect(setChanges(before, after)).toEqual([
      { connectionId: 'c-binance', name: 'Binance', kind: 'left-out' },
      { connectionId: 'c-kraken', name: 'Kraken', kind: 'removed' },
      { connectionId: 'c-kucoin', name: 'KuCoin', kind: 'back' },
      { connectionId: 'fresh', name: 'fresh', kind: 'added' },
      { connectionId: 'gone', name: 'gone', kind: 'removed' },
      { connectionId: 'late', name: 'late', kind: 'left-out' },
    ]);
    expect(setChanges(before, before)).toEqual([]);
    expect(setChanges(legacyPoint(0, 1), after)).toBeNull();
  });
});

describe('rangeChange', () => {
  it('takes two changes in one range out of the figure', () => {
    const points = [
      pointOf(0, { 'c-binance': 10_000, 'c-kraken': 2_000 }),
      pointOf(HOUR, { 'c-binance': 10_100, 'c-kraken': 2_000, 'c-kucoin': 50_000 }),
      pointOf(2 * HOUR, { 'c-binance': 10_200, 'c-kucoin': 50_500 }),
      pointOf(3 * HOUR, { 'c-binance': 10_500, 'c-kucoin': 51_000 }),
    ];
    const range = rangeChange(points);
    expect(range).toMatchObject({ known: true, from: points[0], to: points[3] });
    if (!range.known) throw new Error('unreachable');
    expect(range.change.usd).toBeCloseTo(500, 9);
    expect(range.change.pct).toBeCloseTo(5, 9);
    expect(range.change.excluded.map((c) => `${c.name} ${c.kind}`)).toEqual(['Kraken removed', 'KuCoin added']);
  });

  it('starts at the first point that records its connections, after older ones', () => {
    const points = [legacyPoint(0, 1_000), legacyPoint(HOUR, 60_000), pointOf(2 * HOUR, { 'c-binance': 1_000 }), pointOf(3 * HOUR, { 'c-binance': 1_010 })];
    const range = rangeChange(points);
    expect(range).toMatchObject({ known: true, from: points[2], change: { usd: 10, pct: 1 } });
  });

  it('says why there is no figure', () => {
    expect(rangeChange([legacyPoint(0, 1), legacyPoint(HOUR, 2)])).toEqual({ known: false, why: 'unrecorded' });
    expect(rangeChange([legacyPoint(0, 1), pointOf(HOUR, { 'c-binance': 2 })])).toEqual({ known: false, why: 'unrecorded' });
    expect(rangeChange([])).toEqual({ known: false, why: 'unrecorded' });
    expect(rangeChange([pointOf(0, { 'c-binance': 1 }), pointOf(HOUR, { 'c-kucoin': 2 })])).toEqual({ known: false, why: 'nothing-in-common' });
  });
});
