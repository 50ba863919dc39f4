// One evaluation of every alert: each rule read and stepped, firings held
// while quiet hours are on and summed up once they end, the daily digest when
// its time passed, and when the watcher's one timer must wake next (quiet
// hours ending, the digest, an exchange crossing its failed-for hours). Pure:
// the watcher gathers the input, words the notifications and keeps the result.
import type { AlertRule, AlertsConfig, AlertStatus, FiredAlert } from '../../common/alerts';
import { NEW_RULE_STATE, exchangeFailedDueAt, readRule, stepRule, type AlertInput, type RuleState } from './alert-rules';
import { digestDue, inQuietHours, nextLocalMinute } from './alert-times';

/** What the watcher keeps beside the rules across restarts. */
export interface AlertsRuntime {
  state: Record<string, RuleState>;
  status: Record<string, AlertStatus>;
  /** Newest first. */
  fired: FiredAlert[];
  /** Fired during quiet hours, for the summary after them. */
  pending: FiredAlert[];
  digestSentAt: number;
}

export type AlertOutput =
  | { kind: 'fired'; alert: FiredAlert }
  | { kind: 'summary'; held: FiredAlert[] }
  | { kind: 'digest' };

export interface Evaluation {
  runtime: AlertsRuntime;
  /** What to notify now, in order. */
  outputs: AlertOutput[];
  /** When to evaluate again without a new snapshot, or null. */
  wakeAt: number | null;
}

export function evaluateAlerts(config: AlertsConfig, prior: AlertsRuntime, input: AlertInput): Evaluation {
  const { now } = input;
  const quiet = inQuietHours(now, config.quietHours);
  const state: AlertsRuntime['state'] = {};
  const status: Record<string, AlertStatus> = {};
  const fired: FiredAlert[] = [];
  for (const rule of config.rules) {
    const reading = rule.enabled ? readRule(rule, input) : { kind: 'near' as const };
    const step = stepRule(rule, reading, prior.state[rule.id] ?? NEW_RULE_STATE, now);
    state[rule.id] = step.state;
    status[rule.id] = step.status;
    if (step.fired) fired.push({ ...step.fired, held: quiet });
  }
  const outputs: AlertOutput[] = [];
  let pending = [...prior.pending];
  if (quiet) pending.push(...fired);
  else {
    if (pending.length > 0) outputs.push({ kind: 'summary', held: pending });
    pending = [];
    for (const alert of fired) outputs.push({ kind: 'fired', alert });
  }
  let digestSentAt = prior.digestSentAt;
  if (digestDue(now, config.digest, digestSentAt)) {
    outputs.push({ kind: 'digest' });
    digestSentAt = now;
  }
  const runtime: AlertsRuntime = { state, status, fired: [...fired.reverse(), ...prior.fired], pending, digestSentAt };
  return { runtime, outputs, wakeAt: wakeAt(config, pending.length > 0, input) };
}

function wakeAt(config: AlertsConfig, holding: boolean, input: AlertInput): number | null {
  const times: number[] = [];
  if (holding) times.push(nextLocalMinute(input.now, config.quietHours.end));
  if (config.digest.enabled) times.push(nextLocalMinute(input.now, config.digest.at));
  for (const rule of config.rules) {
    const due = exchangeFailedDueAt(rule, input);
    if (due !== null) times.push(due);
  }
  return times.length > 0 ? Math.min(...times) : null;
}

/** Where a notification's click leads: where the figure it is about is shown. */
export function alertTab(rule: AlertRule | null): 'history' | 'holdings' | 'exchanges' | 'alerts' {
  if (!rule) return 'alerts';
  if (rule.kind === 'exchange_failed') return 'exchanges';
  if (rule.kind === 'coin_share' || rule.kind === 'stable_share') return 'holdings';
  return 'history';
}
