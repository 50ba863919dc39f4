import { describe, expect, it } from 'vitest';
import { createCreditsWatcher, createHistoryRecorder } from '../../../main/app/snapshot-watchers';
import type { AppSnapshot, HistoryPoint } from '../../../common/types';
import type { SyncNotification } from '../../../main/services/sync-engine';
import { connectionView, portfolioSnapshot } from '../../support/snapshot-fixture';

function withSync(snapshot: AppSnapshot, lastSyncAt: number | null, refreshing = false): AppSnapshot {
  return { ...snapshot, refreshing, connections: [connectionView({ id: 'c-binance', exchangeId: 'binance', name: 'Binance', lastSyncAt })] };
}

describe('history recorder', () => {
  it('records once per arrival of newer balances, also after a one-connection refresh', () => {
    const points: HistoryPoint[] = [];
    const recorder = createHistoryRecorder((p) => points.push(p));
    const base = portfolioSnapshot();
    recorder.observe(withSync(base, null), 1);
    expect(points).toHaveLength(0);
    recorder.observe(withSync(base, 100, true), 2);
    expect(points).toHaveLength(0);
    recorder.observe(withSync(base, 100), 3);
    recorder.observe(withSync(base, 100), 4);
    expect(points).toMatchObject([{ t: 3, totalUsd: base.portfolio.totalUsd, totalBtc: base.portfolio.totalBtc }]);
    recorder.observe(withSync(base, 200), 5);
    expect(points.map((p) => p.t)).toEqual([3, 5]);
  });
});

describe('credits watcher', () => {
  const credits = (remaining: number, total = 20_000): AppSnapshot => {
    const base = portfolioSnapshot();
    return { ...base, credits: { ...base.credits, remaining, total } };
  };

  it('warns once under 10 %, and again only after credits recovered', () => {
    const shown: SyncNotification[] = [];
    const watcher = createCreditsWatcher((n) => shown.push(n), () => 'en-US');
    watcher.observe(credits(5_000));
    watcher.observe(credits(1_999));
    watcher.observe(credits(1_500));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.body).toContain('1,999 of 20,000');
    watcher.observe(credits(20_000));
    watcher.observe(credits(1_000));
    expect(shown).toHaveLength(2);
  });

  it('says nothing when credits are spent: that has its own notice', () => {
    const shown: SyncNotification[] = [];
    const watcher = createCreditsWatcher((n) => shown.push(n), () => 'en-US');
    watcher.observe(credits(0));
    expect(shown).toHaveLength(0);
  });
});
