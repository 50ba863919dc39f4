// Every sentence about alerts, for the notifications main shows and the
// Alerts tab alike: what a rule says, what a firing says (and, in privacy
// mode, only which rule fired), why a rule is not read, the quiet-hours
// summary and the daily digest. Amounts go through `money`, masked in privacy
// mode; the shares and moves a firing observed go through `seen`, masked at
// privacy's 'all' level (common/privacy.ts); a rule's own percentage and hours
// are the user's setting and stay.
import { dayMinuteText, thresholdRange, type AlertKind, type AlertRule, type FiredAlert, type HeldReason } from './alerts';
import { formatMoney, formatPercent, formatShare } from './format';
import { amountText, percentText, type Masking } from './privacy';

export interface AlertWordsFormat {
  locale: string;
  /** What privacy mode hides now. */
  masking: Masking;
}

const money = (value: number, currency: string, f: AlertWordsFormat): string => amountText(f.masking, () => formatMoney(value, currency, f.locale));
const pct = (value: number, f: AlertWordsFormat): string => formatShare(value / 100, f.locale);
/** A share or move the portfolio showed (not the rule's own threshold). */
const seen = (text: () => string, f: AlertWordsFormat): string => percentText(f.masking, text);
const hours = (value: number): string => `${value} hour${value === 1 ? '' : 's'}`;

/** The short name of a kind, for the form's kind picker. */
export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  total_above: 'Total rises above an amount',
  total_below: 'Total falls below an amount',
  move: 'Total moves by a percentage',
  coin_share: "One coin's share exceeds",
  stable_share: 'Stablecoin share falls below',
  exchange_failed: 'An exchange stays failed',
};

/** What the threshold field is called for a kind. */
export const THRESHOLD_LABELS: Record<AlertKind, string> = {
  total_above: 'Amount',
  total_below: 'Amount',
  move: 'Change (%)',
  coin_share: 'Share (%)',
  stable_share: 'Share (%)',
  exchange_failed: 'Hours',
};

/** The rule as a sentence: "Total rises above $50,000.00". */
export function ruleText(rule: AlertRule, f: AlertWordsFormat): string {
  switch (rule.kind) {
    case 'total_above':
      return `Total rises above ${money(rule.threshold, rule.currency, f)}`;
    case 'total_below':
      return `Total falls below ${money(rule.threshold, rule.currency, f)}`;
    case 'move':
      return `Total moves ${pct(rule.threshold, f)} or more within ${rule.window === '1h' ? '1 h' : '24 h'}`;
    case 'coin_share':
      return `One coin is more than ${pct(rule.threshold, f)} of the total`;
    case 'stable_share':
      return `Stablecoins fall below ${pct(rule.threshold, f)} of the total`;
    case 'exchange_failed':
      return `An exchange stays failed for more than ${hours(rule.threshold)}`;
  }
}

/** What a firing says: the figure that made the rule true. */
export function firedText(alert: Pick<FiredAlert, 'rule' | 'value' | 'subject'>, f: AlertWordsFormat): string {
  const { rule, value, subject } = alert;
  switch (rule.kind) {
    case 'total_above':
      return `The total rose above ${money(rule.threshold, rule.currency, f)}: it is ${money(value, rule.currency, f)}.`;
    case 'total_below':
      return `The total fell below ${money(rule.threshold, rule.currency, f)}: it is ${money(value, rule.currency, f)}.`;
    case 'move':
      return `The total moved ${seen(() => formatPercent(value, f.locale), f)} within ${rule.window === '1h' ? '1 h' : '24 h'}.`;
    case 'coin_share':
      return `${subject ?? 'One coin'} is ${seen(() => pct(value, f), f)} of the total (alert above ${pct(rule.threshold, f)}).`;
    case 'stable_share':
      return `Stablecoins are ${seen(() => pct(value, f), f)} of the total (alert below ${pct(rule.threshold, f)}).`;
    case 'exchange_failed':
      return `${subject ?? 'An exchange'} has failed for ${hours(Math.floor(value))}.`;
  }
}

/** A notification's words for one firing. Privacy mode names the rule and no figure at all. */
export function alertNotification(alert: FiredAlert, f: AlertWordsFormat): { title: string; body: string } {
  if (f.masking.amounts) return { title: 'Tallybar alert', body: `Your alert “${ruleText(alert.rule, f)}” fired.` };
  return { title: 'Tallybar alert', body: firedText(alert, f) };
}

/** The one notification quiet hours end with. */
export function quietSummary(held: readonly FiredAlert[], f: AlertWordsFormat): { title: string; body: string } {
  const count = held.length === 1 ? '1 alert' : `${held.length} alerts`;
  const list = held.map((a) => (f.masking.amounts ? ruleText(a.rule, f) : firedText(a, f))).join(' ');
  return { title: 'Tallybar alerts', body: `During quiet hours ${count} fired. ${list}` };
}

/** Why a rule is not read now: it never fires on a number it cannot trust. */
export function heldText(why: HeldReason, rule: AlertRule): string {
  if (why === 'stale') return 'Not checked: the data is stale. It is checked again after the next successful refresh.';
  if (why === 'partial') return 'Not checked: the total is partial (an exchange failed or has not synced). It is checked once every exchange is in.';
  if (rule.kind === 'move') return `Not checked: no history point from the last ${rule.window === '1h' ? 'hour' : '24 hours'} over the same exchanges yet.`;
  if (rule.kind === 'total_above' || rule.kind === 'total_below') return `Not checked: no ${rule.currency} rate is known yet.`;
  if (rule.kind === 'exchange_failed') return 'Not checked: a failing exchange has never synced, so how long it has failed is not known.';
  return 'Not checked: the holdings are not known yet.';
}

export interface DigestFacts {
  totalUsd: number;
  currency: string;
  rate: number;
  change24hPct: number | null;
  movers: { symbol: string; change: number }[];
  /** What the total lacks (the partial sentence), or null. */
  partial: string | null;
  /** How old the figures are, e.g. "4 min ago". */
  age: string;
}

/** The daily digest: total, 24 h change and the biggest movers. */
export function digestText(d: DigestFacts, f: AlertWordsFormat): { title: string; body: string } {
  const movers = d.movers.map((m) => `${m.symbol} ${seen(() => formatPercent(m.change, f.locale), f)}`).join(', ');
  const parts = [
    `Total ${money(d.totalUsd * d.rate, d.currency, f)} (updated ${d.age})`,
    `24 h ${seen(() => formatPercent(d.change24hPct, f.locale), f)}`,
    ...(movers ? [`biggest movers: ${movers}`] : []),
  ];
  return { title: 'Tallybar daily digest', body: `${parts.join('; ')}.${d.partial ? ` ${d.partial}.` : ''}` };
}

/** Quiet hours as the tab states them. */
export const quietHoursText = (start: number, end: number): string => `Notifications are held from ${dayMinuteText(start)} to ${dayMinuteText(end)} and summed up after.`;

/** Why an alerts update was refused: each field has its own sentence. */
export type AlertProblem =
  | { field: 'config' }
  | { field: 'rules'; max: number }
  | { field: 'id' }
  | { field: 'duplicate_id'; id: string }
  | { field: 'kind' }
  | { field: 'threshold'; kind: AlertKind }
  | { field: 'currency' }
  | { field: 'window' }
  | { field: 'time'; which: 'quiet start' | 'quiet end' | 'digest time' }
  | { field: 'quiet_same' }
  | { field: 'flag'; which: string };

export function alertProblemText(p: AlertProblem): string {
  switch (p.field) {
    case 'config':
      return 'Alerts must be given as an object with rules, quietHours, digest or presetsOffered.';
    case 'rules':
      return `At most ${p.max} alert rules can be kept.`;
    case 'id':
      return 'An alert rule needs an id of 1 to 64 letters, digits or dashes.';
    case 'duplicate_id':
      return `Two alert rules have the same id “${p.id}”.`;
    case 'kind':
      return 'The alert kind must be one of: total above, total below, move, coin share, stablecoin share, exchange failed.';
    case 'threshold': {
      const { min, max } = thresholdRange(p.kind);
      const unit = THRESHOLD_LABELS[p.kind].toLowerCase();
      return p.kind === 'total_above' || p.kind === 'total_below'
        ? `The amount must be a number above ${min} and at most ${max.toLocaleString('en')}.`
        : `The ${unit.replace(' (%)', '')} must be a number from ${min} to ${max}${p.kind === 'exchange_failed' ? ' hours' : ' %'}.`;
    }
    case 'currency':
      return 'The currency must be BTC or an upper-case code such as USD or EUR.';
    case 'window':
      return 'The move window must be 1 h or 24 h.';
    case 'time':
      return `The ${p.which} must be a time of day from 00:00 to 23:59.`;
    case 'quiet_same':
      return 'Quiet hours must start and end at different times.';
    case 'flag':
      return `“${p.which}” must be on or off.`;
  }
}
