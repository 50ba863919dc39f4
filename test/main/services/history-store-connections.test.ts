// The history store with the connections behind each point: kept compactly,
// through compaction and renames, and a file from before them still read.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeChange, setChanges } from '../../../common/history-change';
import type { HistoryPoint } from '../../../common/types';
import { createHistoryStore } from '../../../main/services/history-store';
import { openConfStore } from '../../support/conf-store';
import { legacyPoint, pointOf } from '../../support/history-points';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('tallybar-history-');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 0, 1);
const BINANCE = '6f1c2a4e-8d3b-4b7a-9c1e-2f5d7a9b0c11';
const KUCOIN = '0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b';

async function openAt(dir: string, clock: { now: number }) {
  return createHistoryStore({ openStore: openConfStore, dir, now: () => clock.now });
}

/** Every change in the set of connections between consecutive points, as "name kind". */
function marks(points: HistoryPoint[]): string[] {
  return points.slice(1).flatMap((p, i) => (setChanges(points[i]!, p) ?? []).map((c) => `${c.name} ${c.kind}`));
}

describe('history store: connections behind each point', () => {
  it('reads back each connection by id, name and value, keeping ids and names once in the file', async () => {
    const dir = await tempDir();
    const clock = { now: START };
    const history = await openAt(dir, clock);
    for (let i = 0; i < 10; i += 1) {
      clock.now = START + i * HOUR;
      const point = pointOf(clock.now, { 'c-binance': 1_000 + i, 'c-kucoin': i < 5 ? null : 500 });
      history.append({ ...point, connections: { [BINANCE]: point.connections!['c-binance']!, [KUCOIN]: point.connections!['c-kucoin']! } });
    }
    const all = (await openAt(dir, clock)).query('all');
    expect(all).toHaveLength(10);
    expect(all[9]!.connections).toEqual({ [BINANCE]: { name: 'Binance', usd: 1_009 }, [KUCOIN]: { name: 'KuCoin', usd: 500 } });
    expect(all[0]!.connections![KUCOIN]).toEqual({ name: 'KuCoin', usd: null });
    expect(marks(all)).toEqual(['KuCoin back']);
    const raw = await readFile(history.path, 'utf8');
    expect(raw.split(BINANCE)).toHaveLength(2);
    expect(raw.split('"KuCoin"')).toHaveLength(2);
  });

  it('keeps a set change through compaction, and the range change leaves the added connection out', async () => {
    const dir = await tempDir();
    const clock = { now: START };
    const history = await openAt(dir, clock);
    // 15-minute refreshes for four days; KuCoin arrives on day one, ten minutes past an hour.
    const added = START + DAY + 10 * MIN;
    for (let t = START; t < START + 4 * DAY; t += 15 * MIN) {
      clock.now = t;
      const binance = 10_000 + (t - START) / HOUR;
      history.append(pointOf(t, t >= added ? { 'c-binance': binance, 'c-kucoin': 50_000 } : { 'c-binance': binance }));
    }
    const all = history.query('all');
    expect(history.size()).toBeLessThan(48 * 4 + 48 + 2); // compacted to hours past 48 h
    expect(marks(all)).toEqual(['KuCoin added']);
    const range = rangeChange(all);
    if (!range.known) throw new Error(`no change: ${range.why}`);
    const binance = (p: HistoryPoint): number => p.connections!['c-binance']!.usd!;
    expect(range.change.usd).toBeCloseTo(binance(all.at(-1)!) - binance(all[0]!), 6);
    expect(range.change.excluded.map((c) => c.name)).toEqual(['KuCoin']);
  });

  it('renames a connection everywhere without taking it for a new one', async () => {
    const dir = await tempDir();
    const clock = { now: START };
    const history = await openAt(dir, clock);
    history.append(pointOf(START, { 'c-binance': 1 }));
    clock.now = START + HOUR;
    history.append({ ...pointOf(clock.now, { 'c-binance': 2 }), connections: { 'c-binance': { name: 'Main Binance', usd: 2 } } });
    const all = history.query('all');
    expect(all.map((p) => p.connections!['c-binance']!.name)).toEqual(['Main Binance', 'Main Binance']);
    expect(marks(all)).toEqual([]);
  });

  it('stays under 2 MB after five years of refreshes every 5 minutes over three connections', async () => {
    const dir = await tempDir();
    const clock = { now: START };
    const history = await openAt(dir, clock);
    for (let week = 0; week < (5 * 365) / 7; week += 1) {
      const batch: HistoryPoint[] = [];
      for (let i = 0; i < 7 * 288; i += 1) {
        const t = START + week * 7 * DAY + i * 5 * MIN;
        batch.push(pointOf(t, { [BINANCE]: 12_345.678901 + Math.sin(t) * 1000, [KUCOIN]: 6_789.123456 + Math.cos(t), 'c-kraken': 1_234.5678 * (1 + Math.sin(t / 7)) }));
      }
      clock.now = batch.at(-1)!.t;
      history.appendMany(batch);
    }
    const bytes = (await readFile(history.path)).length;
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    // ~680 kB for ~4,400 points: the table keeps each uuid once.
    expect(Object.keys(history.query('all')[0]!.connections!)).toEqual([BINANCE, KUCOIN, 'c-kraken']);
  }, 120_000); // Five years of points: slow on a busy machine, and a size test, not a speed test.
});

describe('history store: a file from before connections were kept', () => {
  const OLD_FILE = JSON.stringify({
    points: [0, 1, 2].map((i) => ({ t: START + i * HOUR, totalUsd: 20_000 + i * 100, totalBtc: 0.2 })),
  });

  it('reads as it is, its points with their set unknown, and takes new points beside them', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'history.json'), OLD_FILE);
    const clock = { now: START + 3 * HOUR };
    const history = await openAt(dir, clock);
    expect(history.notices()).toEqual([]);
    expect(history.query('all')).toEqual([0, 1, 2].map((i) => legacyPoint(START + i * HOUR, 20_000 + i * 100)).map((p) => ({ ...p, totalBtc: 0.2 })));
    // Nothing to compare yet: the one new point is all that records its connections.
    history.append(pointOf(clock.now, { 'c-binance': 20_100, 'c-kucoin': 70_000 }));
    expect(rangeChange(history.query('all'))).toEqual({ known: false, why: 'unrecorded' });

    clock.now += HOUR;
    history.append(pointOf(clock.now, { 'c-binance': 20_301, 'c-kucoin': 70_700 }));
    const all = (await openAt(dir, clock)).query('all');
    expect(all).toHaveLength(5);
    expect(all.slice(0, 3).every((p) => p.connections === undefined)).toBe(true);
    const range = rangeChange(all);
    expect(range).toMatchObject({ known: true, from: all[3], change: { excluded: [] } });
    if (range.known) expect(range.change.pct).toBeCloseTo(1, 9);
    expect(JSON.parse(await readFile(history.path, 'utf8')).connections).toEqual({ '0': { id: 'c-binance', name: 'Binance' }, '1': { id: 'c-kucoin', name: 'KuCoin' } });
  });

  it('reads a point whose connection key is missing from the table as one of unknown set, not as a corrupt file', async () => {
    const dir = await tempDir();
    const file = { points: [{ t: START, totalUsd: 5, totalBtc: 0, c: { '0': 2, '7': 3 } }], connections: { '0': { id: 'c-binance', name: 'Binance' } } };
    await writeFile(join(dir, 'history.json'), JSON.stringify(file));
    const history = await openAt(dir, { now: START });
    expect(history.notices()).toEqual([]);
    expect(history.query('all')).toEqual([{ t: START, totalUsd: 5, totalBtc: 0 }]);
  });
});
