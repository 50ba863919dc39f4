// Reads each alert rule against the snapshot and the stored history, and
// steps its armed/fired state. Pure. A rule reads only numbers it can trust:
// data past the stale age, a partial total, or a figure not known yet (no
// rate, no history over the same exchanges) hold it, and the tab says which.
// Hysteresis lives in `readRule`: a fired rule re-arms only once its
// condition has cleared by REARM_MARGIN, so a total hovering at the
// threshold raises one notification.
import {
  MOVE_WINDOW_MS,
  REARM_MARGIN,
  STABLECOIN_IDS,
  STABLECOIN_SYMBOLS,
  type AlertRule,
  type AlertStatus,
  type FiredAlert,
  type HeldReason,
} from '../../common/alerts';
import { historyChange, recordsConnections } from '../../common/history-change';
import type { AppSnapshot, HistoryPoint, HoldingRow } from '../../common/types';

const HOUR = 3_600_000;

export interface AlertInput {
  now: number;
  snapshot: Pick<AppSnapshot, 'portfolio' | 'rates' | 'standing' | 'connections'>;
  /** Whether the number on screen is past the app's stale age (the tray's stale icon rule). */
  stale: boolean;
  /** Stored history points within the longest window, oldest first; read only by move rules. */
  history: () => readonly HistoryPoint[];
  /** The point the snapshot makes now. */
  current: () => HistoryPoint;
}

export type Reading =
  | { kind: 'held'; why: HeldReason }
  /** The condition holds, with the figure that made it and what it is about. */
  | { kind: 'met'; value: number; subject: string | null }
  /** Not met, and cleared past the re-arm margin. */
  | { kind: 'clear' }
  /** Not met, but inside the margin: a fired rule stays fired. */
  | { kind: 'near' };

const held = (why: HeldReason): Reading => ({ kind: 'held', why });
const met = (value: number, subject: string | null = null): Reading => ({ kind: 'met', value, subject });

/** `met` past the threshold, `clear` past the margin on the other side, `near` between. */
function band(value: number, isMet: boolean, isClear: boolean, subject: string | null = null): Reading {
  if (isMet) return met(value, subject);
  return isClear ? { kind: 'clear' } : { kind: 'near' };
}

function isPartial(standing: AlertInput['snapshot']['standing']): boolean {
  return standing.problem !== null || standing.failing.length > 0 || standing.firstSync.length > 0 || standing.leftOut.length > 0;
}

const isStable = (row: HoldingRow): boolean => row.isCash || STABLECOIN_IDS.has(row.coinId) || STABLECOIN_SYMBOLS.has(row.symbol.toUpperCase());

/** The total in a rule's currency, or null without a usable rate. */
function totalIn(currency: string, snapshot: AlertInput['snapshot']): number | null {
  const code = currency.toUpperCase();
  if (code === 'BTC') return snapshot.portfolio.totalBtc;
  if (code === 'USD') return snapshot.portfolio.totalUsd;
  const rate = snapshot.rates[code];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? snapshot.portfolio.totalUsd * rate : null;
}

/** The change over the rule's window, over the exchanges counted at both ends (common/history-change). */
function movePct(rule: AlertRule, input: AlertInput): number | null {
  const since = input.now - MOVE_WINDOW_MS[rule.window];
  const start = input.history().find((p) => p.t >= since && p.t < input.now && recordsConnections(p));
  if (!start) return null;
  return historyChange(start, input.current())?.pct ?? null;
}

function readExchanges(rule: AlertRule, input: AlertInput): Reading {
  const failing = input.snapshot.connections.filter((c) => c.state === 'error');
  if (failing.length === 0) return { kind: 'clear' };
  const known = failing.filter((c) => c.lastSyncAt !== null);
  if (known.length === 0) return held('unknown');
  const worst = known.reduce((a, b) => ((a.lastSyncAt ?? 0) <= (b.lastSyncAt ?? 0) ? a : b));
  const hours = (input.now - (worst.lastSyncAt ?? input.now)) / HOUR;
  return band(hours, hours > rule.threshold, false, worst.name);
}

/** What one rule reads now. */
export function readRule(rule: AlertRule, input: AlertInput): Reading {
  // A failing exchange is this rule's subject, not a reason to hold it.
  if (rule.kind === 'exchange_failed') return readExchanges(rule, input);
  const { snapshot } = input;
  if (input.stale) return held('stale');
  if (isPartial(snapshot.standing)) return held('partial');
  const { portfolio } = snapshot;
  switch (rule.kind) {
    case 'total_above':
    case 'total_below': {
      const total = totalIn(rule.currency, snapshot);
      if (total === null) return held('unknown');
      const margin = rule.threshold * REARM_MARGIN.totalRatio;
      return rule.kind === 'total_above'
        ? band(total, total >= rule.threshold, total < rule.threshold - margin)
        : band(total, total <= rule.threshold, total > rule.threshold + margin);
    }
    case 'move': {
      const pct = movePct(rule, input);
      if (pct === null) return held('unknown');
      const size = Math.abs(pct);
      return band(pct, size >= rule.threshold, size < rule.threshold * (1 - REARM_MARGIN.moveRatio));
    }
    case 'coin_share': {
      const top = portfolio.rows[0] ?? portfolio.dust.rows[0];
      if (!top || portfolio.totalUsd <= 0) return held('unknown');
      const share = top.share * 100;
      return band(share, share > rule.threshold, share < rule.threshold - REARM_MARGIN.sharePoints, top.symbol);
    }
    case 'stable_share': {
      if (portfolio.totalUsd <= 0) return held('unknown');
      let share = 0;
      for (const row of portfolio.rows) if (isStable(row)) share += row.share;
      for (const row of portfolio.dust.rows) if (isStable(row)) share += row.share;
      share *= 100;
      return band(share, share < rule.threshold, share > rule.threshold + REARM_MARGIN.sharePoints);
    }
  }
}

/** What the watcher keeps per rule across restarts. */
export interface RuleState {
  armed: boolean;
  firedAt: number | null;
}

export const NEW_RULE_STATE: RuleState = { armed: true, firedAt: null };

export interface Step {
  state: RuleState;
  status: AlertStatus;
  /** Set when the rule fired at this reading. */
  fired: Omit<FiredAlert, 'held'> | null;
}

/** One reading's effect on a rule: fire once when it becomes true, re-arm only once it cleared. */
export function stepRule(rule: AlertRule, reading: Reading, prior: RuleState, now: number): Step {
  if (!rule.enabled) return { state: prior, status: { state: 'off' }, fired: null };
  const firedStatus = (at: number | null): AlertStatus => ({ state: 'fired', at: at ?? now });
  switch (reading.kind) {
    case 'held':
      return { state: prior, status: { state: 'held', why: reading.why, armed: prior.armed }, fired: null };
    case 'met':
      if (!prior.armed) return { state: prior, status: firedStatus(prior.firedAt), fired: null };
      return {
        state: { armed: false, firedAt: now },
        status: firedStatus(now),
        fired: { ruleId: rule.id, at: now, rule, value: reading.value, subject: reading.subject },
      };
    case 'clear':
      return { state: { armed: true, firedAt: prior.firedAt }, status: { state: 'armed' }, fired: null };
    case 'near':
      return { state: prior, status: prior.armed ? { state: 'armed' } : firedStatus(prior.firedAt), fired: null };
  }
}

/** When an exchange-failed rule next turns true with no sync to trigger a check: the timer's due time. */
export function exchangeFailedDueAt(rule: AlertRule, input: Pick<AlertInput, 'now' | 'snapshot'>): number | null {
  if (!rule.enabled || rule.kind !== 'exchange_failed') return null;
  let due: number | null = null;
  for (const c of input.snapshot.connections) {
    if (c.state !== 'error' || c.lastSyncAt === null) continue;
    const at = c.lastSyncAt + rule.threshold * HOUR + 1;
    if (at > input.now && (due === null || at < due)) due = at;
  }
  return due;
}
