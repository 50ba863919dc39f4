// The alert rules: crossing, hysteresis (one firing while the total hovers at
// the threshold), and never reading stale, partial or unknown figures.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERTS, type AlertRule } from '../../common/alerts';
import type { AppSnapshot, HistoryPoint } from '../../common/types';
import { evaluateAlerts, type AlertsRuntime } from '../../main/core/alert-evaluation';
import { NEW_RULE_STATE, readRule, stepRule, type AlertInput, type RuleState } from '../../main/core/alert-rules';
import { historyPointOf } from '../../main/core/history-point';
import { NOW, connectionView, portfolioSnapshot } from '../support/snapshot-fixture';

const HOUR = 3_600_000;
const rule = (over: Partial<AlertRule>): AlertRule => ({ id: 'r1', kind: 'total_above', enabled: true, threshold: 30_000, currency: 'USD', window: '24h', ...over });

function withTotal(usd: number, over: Parameters<typeof portfolioSnapshot>[0] = {}): AppSnapshot {
  const base = portfolioSnapshot(over);
  return { ...base, portfolio: { ...base.portfolio, totalUsd: usd, totalBtc: usd / 100_000 } };
}

const input = (snapshot: AppSnapshot, over: Partial<AlertInput> = {}): AlertInput => ({
  now: NOW,
  snapshot,
  stale: false,
  history: () => [],
  current: () => historyPointOf(snapshot, NOW),
  ...over,
});

/** Steps one rule through totals in order; returns how many times it fired. */
function firings(r: AlertRule, totals: number[]): number {
  let state: RuleState = NEW_RULE_STATE;
  let fired = 0;
  for (const total of totals) {
    const step = stepRule(r, readRule(r, input(withTotal(total))), state, NOW);
    state = step.state;
    if (step.fired) fired += 1;
  }
  return fired;
}

describe('alert rules', () => {
  it('fires once when the total crosses above, and again only after it fell back past the 2 % margin', () => {
    const above = rule({ threshold: 30_000 });
    expect(firings(above, [29_000, 30_100])).toBe(1);
    // Hovering around the threshold, never below 29,400 (2 % under): one notification, not a storm.
    expect(firings(above, [29_000, 30_100, 29_990, 30_050, 29_500, 30_200, 29_401, 30_001])).toBe(1);
    expect(firings(above, [29_000, 30_100, 29_300, 30_100])).toBe(2);
  });

  it('reads "below" the other way round, and in BTC or another currency through its rate', () => {
    expect(firings(rule({ kind: 'total_below', threshold: 20_000 }), [21_000, 19_900, 20_300, 19_800, 20_500, 19_000])).toBe(2);
    const btc = rule({ threshold: 0.3, currency: 'BTC' });
    expect(readRule(btc, input(withTotal(31_000)))).toMatchObject({ kind: 'met', value: 0.31 });
    // The fixture's EUR rate is 0.5: $50,000 is €25,000.
    expect(readRule(rule({ threshold: 26_000, currency: 'EUR' }), input(withTotal(50_000))).kind).not.toBe('met');
    expect(readRule(rule({ threshold: 26_000, currency: 'JPY' }), input(withTotal(50_000)))).toEqual({ kind: 'held', why: 'unknown' });
  });

  it('never reads stale or partial data, and keeps its armed state while held', () => {
    const above = rule({ threshold: 10_000 });
    expect(readRule(above, input(withTotal(50_000), { stale: true }))).toEqual({ kind: 'held', why: 'stale' });
    expect(readRule(above, input(withTotal(50_000, { failingBybit: true })))).toEqual({ kind: 'held', why: 'partial' });
    const firstSync = withTotal(50_000, { connections: [...portfolioSnapshot().connections, connectionView({ id: 'c-new', exchangeId: 'kucoin', name: 'New', lastSyncAt: null, state: 'syncing' })] });
    expect(readRule(above, input(firstSync))).toEqual({ kind: 'held', why: 'partial' });
    const step = stepRule(above, { kind: 'held', why: 'stale' }, NEW_RULE_STATE, NOW);
    expect(step).toMatchObject({ fired: null, state: NEW_RULE_STATE, status: { state: 'held', why: 'stale', armed: true } });
  });

  it('takes a move over the window, over the exchanges counted at both ends, with a fifth of the threshold as margin', () => {
    const snap = portfolioSnapshot();
    const current = historyPointOf(snap, NOW);
    const scaled = (t: number, factor: number): HistoryPoint => ({
      ...current,
      t,
      connections: Object.fromEntries(Object.entries(current.connections ?? {}).map(([id, c]) => [id, { ...c, usd: (c.usd ?? 0) * factor }])),
    });
    const move = rule({ kind: 'move', threshold: 10, window: '24h' });
    const read = (points: HistoryPoint[], r = move) => readRule(r, input(snap, { history: () => points }));
    // 25 % lower a day ago (within 24 h): up ~33 %.
    expect(read([scaled(NOW - 23 * HOUR, 0.75)])).toMatchObject({ kind: 'met' });
    expect(read([scaled(NOW - 23 * HOUR, 0.95)])).toEqual({ kind: 'clear' });
    expect(read([scaled(NOW - 23 * HOUR, 1 / 1.09)])).toEqual({ kind: 'near' });
    // Outside the 1 h window there is no start: not known, not zero.
    expect(read([scaled(NOW - 2 * HOUR, 0.5)], { ...move, window: '1h' })).toEqual({ kind: 'held', why: 'unknown' });
    // A point that does not record its connections is never an end.
    expect(read([{ t: NOW - HOUR, totalUsd: 1, totalBtc: 0 }])).toEqual({ kind: 'held', why: 'unknown' });
  });

  it("reads one coin's share and the stablecoin share of the total", () => {
    const snap = portfolioSnapshot();
    const top = snap.portfolio.rows[0]!;
    expect(readRule(rule({ kind: 'coin_share', threshold: 40 }), input(snap))).toEqual({ kind: 'met', value: top.share * 100, subject: top.symbol });
    expect(readRule(rule({ kind: 'coin_share', threshold: 99 }), input(snap))).toEqual({ kind: 'clear' });
    // The fixture holds no stablecoin: 0 % is below any threshold.
    expect(readRule(rule({ kind: 'stable_share', threshold: 10 }), input(snap))).toMatchObject({ kind: 'met', value: 0 });
  });

  it('counts how long an exchange has failed since its last sync, and is not held by the partial total it causes', () => {
    const failing = portfolioSnapshot({
      connections: [connectionView({ id: 'c-bybit', exchangeId: 'bybit', name: 'Bybit', state: 'error', lastSyncAt: NOW - 7 * HOUR })],
    });
    expect(readRule(rule({ kind: 'exchange_failed', threshold: 6 }), input(failing))).toEqual({ kind: 'met', value: 7, subject: 'Bybit' });
    expect(readRule(rule({ kind: 'exchange_failed', threshold: 8 }), input(failing))).toEqual({ kind: 'near' });
    expect(readRule(rule({ kind: 'exchange_failed', threshold: 6 }), input(portfolioSnapshot()))).toEqual({ kind: 'clear' });
  });

  it('a disabled rule reads as off and never fires', () => {
    expect(firings(rule({ enabled: false, threshold: 1 }), [5, 10, 20])).toBe(0);
  });
});

describe('alert evaluation', () => {
  const empty: AlertsRuntime = { state: {}, status: {}, fired: [], pending: [], digestSentAt: 0 };
  const at = (h: number, m = 0) => new Date(2026, 2, 2, h, m).getTime();
  const config = { ...DEFAULT_ALERTS, rules: [rule({ threshold: 10_000 })], quietHours: { enabled: true, start: 22 * 60, end: 8 * 60 } };

  it('holds a firing during quiet hours and sends one summary after them; the log has it at once', () => {
    const night = evaluateAlerts(config, empty, input(withTotal(50_000), { now: at(23) }));
    expect(night.outputs).toEqual([]);
    expect(night.runtime.fired).toHaveLength(1);
    expect(night.runtime.fired[0]).toMatchObject({ held: true, value: 50_000 });
    expect(night.runtime.pending).toHaveLength(1);
    // The timer wakes when quiet hours end, 08:00 the next morning.
    expect(night.wakeAt).toBe(new Date(2026, 2, 3, 8, 0).getTime());
    const morning = evaluateAlerts(config, night.runtime, input(withTotal(50_000), { now: new Date(2026, 2, 3, 8, 0).getTime() }));
    expect(morning.outputs).toEqual([{ kind: 'summary', held: night.runtime.pending }]);
    expect(morning.runtime.pending).toEqual([]);
    // Still true, already fired: nothing new.
    expect(morning.runtime.fired).toHaveLength(1);
  });

  it('outside quiet hours a firing goes out at once, and a restart from the kept state does not repeat it', () => {
    const first = evaluateAlerts(config, empty, input(withTotal(50_000), { now: at(12) }));
    expect(first.outputs.map((o) => o.kind)).toEqual(['fired']);
    const restarted = evaluateAlerts(config, JSON.parse(JSON.stringify(first.runtime)) as AlertsRuntime, input(withTotal(51_000), { now: at(13) }));
    expect(restarted.outputs).toEqual([]);
    expect(restarted.runtime.status.r1).toEqual({ state: 'fired', at: at(12) });
  });

  it('sends the digest once its time passed, once a day', () => {
    const digest = { ...DEFAULT_ALERTS, digest: { enabled: true, at: 9 * 60 } };
    const early = evaluateAlerts(digest, { ...empty, digestSentAt: at(7) }, input(withTotal(1), { now: at(8) }));
    expect(early.outputs).toEqual([]);
    expect(early.wakeAt).toBe(at(9));
    const due = evaluateAlerts(digest, early.runtime, input(withTotal(1), { now: at(9) }));
    expect(due.outputs).toEqual([{ kind: 'digest' }]);
    expect(evaluateAlerts(digest, due.runtime, input(withTotal(1), { now: at(15) })).outputs).toEqual([]);
  });
});
