import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../../common/types';
import { createHistoryStore } from '../../../main/services/history-store';
import { openConfStore } from '../../support/conf-store';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('tallybar-history-');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 0, 1);

const point = (t: number): HistoryPoint => ({ t, totalUsd: 12_345.678901 + Math.sin(t) * 1000, totalBtc: 0.123456789 + Math.cos(t) / 100 });

describe('history store', () => {
  it('appends a point per refresh, persists it, and answers ranges', async () => {
    const dir = await tempDir();
    let now = START;
    const open = () => createHistoryStore({ openStore: openConfStore, dir, now: () => now });
    const history = open();
    for (let i = 0; i < 8 * 24; i += 1) {
      now = START + i * HOUR;
      history.append(point(now));
    }
    const reopened = open();
    expect(reopened.query('24h')).toHaveLength(25); // both ends included
    expect(reopened.query('7d')).toHaveLength(7 * 24 + 1);
    expect(reopened.query('all')).toHaveLength(8 * 24);
    expect(reopened.query('all')[0]).toEqual(point(START));
  });

  it('compacts as it goes: 15-minute refreshes leave hourly points after 48 h', async () => {
    const dir = await tempDir();
    let now = START;
    const history = createHistoryStore({ openStore: openConfStore, dir, now: () => now });
    for (let t = START; t < START + 4 * DAY; t += 15 * MIN) {
      now = t;
      history.append(point(t));
    }
    // 48 h at full resolution (4/h) plus ~48 older hours at one point each.
    expect(history.size()).toBeGreaterThan(48 * 4);
    expect(history.size()).toBeLessThan(48 * 4 + 48 + 2);
  });

  it('stays under 2 MB on disk after five years of refreshes every 5 minutes', async () => {
    const dir = await tempDir();
    let now = START;
    const history = createHistoryStore({ openStore: openConfStore, dir, now: () => now });
    // One write per simulated week of refreshes: compaction composes (compacting
    // later equals compacting once), so this is what per-refresh writes leave,
    // without half a million fsyncs.
    for (let week = 0; week < (5 * 365) / 7; week += 1) {
      const batch: HistoryPoint[] = [];
      for (let i = 0; i < 7 * 288; i += 1) batch.push(point(START + week * 7 * DAY + i * 5 * MIN));
      now = batch[batch.length - 1]!.t;
      history.appendMany(batch);
    }
    const bytes = (await stat(history.path)).size;
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    // ~5 years daily + 88 days hourly + 48 h at 5-minute resolution.
    expect(history.size()).toBeLessThan(5 * 365 + 90 * 24 + 48 * 12 + 10);
    expect(history.query('all')[0]!.t).toBeLessThan(START + DAY);
  });

  it('keeps an unreadable history file aside and starts empty', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'history.json'), '{"points":[{"t":"soon"}]}');
    const history = createHistoryStore({ openStore: openConfStore, dir, now: () => START });
    expect(history.size()).toBe(0);
    expect(history.notices()[0]?.message).toMatch(/^Your history file was unreadable; it was kept as history\.corrupt-2026-01-01T00-00-00\.json/);
    expect(await readFile(join(dir, 'history.corrupt-2026-01-01T00-00-00.json'), 'utf8')).toBe('{"points":[{"t":"soon"}]}');
  });
});
