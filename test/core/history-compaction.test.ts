import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactHistory, queryHistory } from '../../main/core/history-compaction';
import { setChanges } from '../../common/history-change';
import type { HistoryPoint } from '../../common/types';
import { pointOf } from '../support/history-points';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = Date.UTC(2030, 0, 1, 0, 0, 0) + 17 * MIN;
const pt = (t: number, totalUsd = t / 1e9): HistoryPoint => ({ t, totalUsd, totalBtc: totalUsd / 1e5 });

function bucket(t: number): string {
  const age = now - t;
  if (age <= 48 * HOUR) return `t${t}`;
  if (age <= 90 * DAY) return `h${Math.floor(t / HOUR)}`;
  return `d${Math.floor(t / DAY)}`;
}

const pointsArb = fc.array(
  fc.record({
    t: fc.integer({ min: now - 400 * DAY, max: now }),
    totalUsd: fc.double({ min: 0, max: 1e7, noNaN: true }),
    totalBtc: fc.double({ min: 0, max: 100, noNaN: true }),
  }),
  { maxLength: 300 },
);

describe('compactHistory', () => {
  it('keeps full resolution for 48 h, the last of each hour to 90 d, the last of each day beyond', () => {
    const recent = [pt(now - HOUR), pt(now - HOUR + 15 * MIN)];
    const hourA = [pt(now - 3 * DAY - 50 * MIN), pt(now - 3 * DAY - 40 * MIN)]; // same UTC hour
    const dayA = [pt(now - 200 * DAY - 10 * HOUR), pt(now - 200 * DAY - 2 * HOUR)]; // same UTC day
    const out = compactHistory([...dayA, ...recent, ...hourA].reverse(), now);
    expect(out).toEqual([dayA[1], hourA[1], ...recent]);
  });

  it('drops non-finite points', () => {
    expect(compactHistory([pt(now), { t: Number.NaN, totalUsd: 1, totalBtc: 1 }, { t: now - 1, totalUsd: Number.NaN, totalBtc: 0 }], now)).toEqual([pt(now)]);
  });

  it('is sorted, one point per bucket, keeps the newest, and is idempotent', () => {
    fc.assert(
      fc.property(pointsArb, (points) => {
        const out = compactHistory(points, now);
        for (let i = 1; i < out.length; i++) expect(out[i]!.t).toBeGreaterThanOrEqual(out[i - 1]!.t);
        const buckets = out.map((p) => bucket(p.t));
        expect(new Set(buckets).size).toBe(buckets.length);
        if (points.length > 0) {
          const newest = Math.max(...points.map((p) => p.t));
          expect(out.at(-1)!.t).toBe(newest);
        }
        // every input bucket survives, represented by its latest point
        expect(new Set(buckets)).toEqual(new Set(points.map((p) => bucket(p.t))));
        expect(compactHistory(out, now)).toEqual(out);
      }),
      { numRuns: 200 },
    );
  });

  it('compacting as time passes equals compacting once at the end', () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: 0, max: 200 * DAY }), (points, later) => {
        expect(compactHistory(compactHistory(points, now - later), now)).toEqual(compactHistory(points, now));
      }),
      { numRuns: 200 },
    );
  });

  it('five years at one point per 15 min stays under 2 MB', () => {
    const points: HistoryPoint[] = [];
    const start = now - 5 * 365 * DAY;
    for (let t = start; t <= now; t += 15 * MIN) points.push({ t, totalUsd: 12_345.678901 + (t % 997), totalBtc: 0.1234567891 });
    expect(points.length).toBeGreaterThan(175_000);
    const out = compactHistory(points, now);
    const bytes = new TextEncoder().encode(JSON.stringify(out)).length;
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    expect(out.length).toBeLessThan(48 * 4 + 88 * 24 + 5 * 365 + 10);
  });
});

describe('compactHistory and the connections behind each point', () => {
  it('keeps each kept point whole, so a change of set shows between the kept points either side of it', () => {
    const at = (t: number, kucoin: boolean) => pointOf(t, kucoin ? { 'c-binance': 1_000, 'c-kucoin': 500 } : { 'c-binance': 1_000 });
    const added = now - 5 * DAY + 20 * MIN; // inside the hourly zone, mid-hour
    const points = Array.from({ length: 24 }, (_, i) => now - 5 * DAY - 2 * HOUR + i * 15 * MIN).map((t) => at(t, t >= added));
    const out = compactHistory(points, now);
    expect(out.length).toBeLessThan(points.length);
    const changes = out.slice(1).flatMap((p, i) => setChanges(out[i]!, p) ?? []);
    expect(changes).toEqual([{ connectionId: 'c-kucoin', name: 'KuCoin', kind: 'added' }]);
    expect(out.every((p) => points.includes(p))).toBe(true);
  });
});

describe('queryHistory', () => {
  it('returns the points inside the range, oldest first', () => {
    const points = [pt(now - 40 * DAY), pt(now - 10 * DAY), pt(now - 2 * DAY), pt(now - HOUR), pt(now + HOUR)];
    expect(queryHistory(points, '24h', now)).toEqual([points[3]]);
    expect(queryHistory(points, '7d', now)).toEqual([points[2], points[3]]);
    expect(queryHistory(points, '30d', now)).toEqual([points[1], points[2], points[3]]);
    expect(queryHistory([...points].reverse(), 'all', now)).toEqual(points);
  });
});
