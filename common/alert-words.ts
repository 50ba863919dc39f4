// Every sentence about alerts, for the notifications main shows and the
// Alerts tab alike: what a rule says, what a firing says (and, in privacy
// mode, only which rule fired), why a rule is not read, the quiet-hours
// summary and the daily digest. Amounts go through `money`, masked in privacy
// mode; the shares and moves a firing observed go through `seen`, masked at
// privacy's 'all' level (common/privacy.ts); a rule's own percentage and hours
// are the user's setting and stay.
import { thresholdRange, type AlertKind, type AlertRule, type DayMinute, type FiredAlert, type HeldReason } from './alerts';
import { formatMoney, formatPercent, formatShare } from './format';
import { namesText, t, type MessageId } from './i18n';
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
/** The short name of a kind, for the form's kind picker. */
export const ALERT_KIND_LABELS: Record<AlertKind, MessageId> = {
  total_above: 'alerts.kind.totalAbove',
  total_below: 'alerts.kind.totalBelow',
  move: 'alerts.kind.move',
  coin_share: 'alerts.kind.coinShare',
  stable_share: 'alerts.kind.stableShare',
  exchange_failed: 'alerts.kind.exchangeFailed',
};

/** What the threshold field is called for a kind. */
export const THRESHOLD_LABELS: Record<AlertKind, MessageId> = {
  total_above: 'alerts.threshold.amount',
  total_below: 'alerts.threshold.amount',
  move: 'alerts.threshold.change',
  coin_share: 'alerts.threshold.share',
  stable_share: 'alerts.threshold.share',
  exchange_failed: 'alerts.threshold.hours',
};

/** A move rule's window, as the messages' `select` reads it. */
const span = (rule: AlertRule): string => (rule.window === '1h' ? 'hour' : 'day');

/** The rule as a sentence: "Total rises above $50,000.00". */
export function ruleText(rule: AlertRule, f: AlertWordsFormat): string {
  switch (rule.kind) {
    case 'total_above':
      return t('alerts.rule.totalAbove', { amount: money(rule.threshold, rule.currency, f) });
    case 'total_below':
      return t('alerts.rule.totalBelow', { amount: money(rule.threshold, rule.currency, f) });
    case 'move':
      return t('alerts.rule.move', { pct: pct(rule.threshold, f), window: span(rule) });
    case 'coin_share':
      return t('alerts.rule.coinShare', { pct: pct(rule.threshold, f) });
    case 'stable_share':
      return t('alerts.rule.stableShare', { pct: pct(rule.threshold, f) });
    case 'exchange_failed':
      return t('alerts.rule.exchangeFailed', { hours: rule.threshold });
  }
}

/** What a firing says: the figure that made the rule true. */
export function firedText(alert: Pick<FiredAlert, 'rule' | 'value' | 'subject'>, f: AlertWordsFormat): string {
  const { rule, value, subject } = alert;
  switch (rule.kind) {
    case 'total_above':
      return t('alerts.fired.totalAbove', { threshold: money(rule.threshold, rule.currency, f), total: money(value, rule.currency, f) });
    case 'total_below':
      return t('alerts.fired.totalBelow', { threshold: money(rule.threshold, rule.currency, f), total: money(value, rule.currency, f) });
    case 'move':
      return t('alerts.fired.move', { change: seen(() => formatPercent(value, f.locale), f), window: span(rule) });
    case 'coin_share': {
      const values = { share: seen(() => pct(value, f), f), threshold: pct(rule.threshold, f) };
      return subject === null ? t('alerts.fired.coinShareUnnamed', values) : t('alerts.fired.coinShare', { ...values, coin: subject });
    }
    case 'stable_share':
      return t('alerts.fired.stableShare', { share: seen(() => pct(value, f), f), threshold: pct(rule.threshold, f) });
    case 'exchange_failed':
      return subject === null
        ? t('alerts.fired.exchangeFailedUnnamed', { hours: Math.floor(value) })
        : t('alerts.fired.exchangeFailed', { exchange: subject, hours: Math.floor(value) });
  }
}

/** A notification's words for one firing. Privacy mode names the rule and no figure at all. */
export function alertNotification(alert: FiredAlert, f: AlertWordsFormat): { title: string; body: string } {
  if (f.masking.amounts) return { title: t('alerts.notification.title'), body: t('alerts.notification.privateBody', { rule: ruleText(alert.rule, f) }) };
  return { title: t('alerts.notification.title'), body: firedText(alert, f) };
}

/** The one notification quiet hours end with. */
export function quietSummary(held: readonly FiredAlert[], f: AlertWordsFormat): { title: string; body: string } {
  // Sentences run on as the language writes them (a space, or none in Japanese and Chinese), one pair at a time.
  const list = held.map((a) => (f.masking.amounts ? ruleText(a.rule, f) : firedText(a, f))).reduce((previous, next) => (previous ? t('alerts.sentencePair', { previous, next }) : next), '');
  return { title: t('alerts.summary.title'), body: t('alerts.summary.body', { count: held.length, list }) };
}

/** Why a rule is not read now: it never fires on a number it cannot trust. */
export function heldText(why: HeldReason, rule: AlertRule): string {
  if (why === 'stale') return t('alerts.held.stale');
  if (why === 'partial') return t('alerts.held.partial');
  if (rule.kind === 'move') return t('alerts.held.noHistory', { window: span(rule) });
  if (rule.kind === 'total_above' || rule.kind === 'total_below') return t('alerts.held.noRate', { currency: rule.currency });
  if (rule.kind === 'exchange_failed') return t('alerts.held.neverSynced');
  return t('alerts.held.noHoldings');
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
  const movers = namesText(d.movers.map((m) => t('alerts.digest.mover', { symbol: m.symbol, change: seen(() => formatPercent(m.change, f.locale), f) })));
  const body = t('alerts.digest.body', {
    total: money(d.totalUsd * d.rate, d.currency, f),
    age: d.age,
    change: seen(() => formatPercent(d.change24hPct, f.locale), f),
    hasMovers: movers ? 'yes' : 'no',
    movers,
    hasPartial: d.partial ? 'yes' : 'no',
    partial: d.partial ?? '',
  });
  return { title: t('alerts.digest.title'), body };
}

/** A time of day in the regional locale's own way ("22:00", "10:00 PM"). */
export function timeOfDayText(minute: DayMinute, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(minute * 60_000);
}

/** Quiet hours as the tab states them. */
export const quietHoursText = (start: DayMinute, end: DayMinute, locale: string): string =>
  t('alerts.quietHours', { start: timeOfDayText(start, locale), end: timeOfDayText(end, locale) });

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
      return t('alerts.problem.config');
    case 'rules':
      return t('alerts.problem.rules', { max: p.max });
    case 'id':
      return t('alerts.problem.id');
    case 'duplicate_id':
      return t('alerts.problem.duplicateId', { id: p.id });
    case 'kind':
      return t('alerts.problem.kind');
    case 'threshold': {
      const { min, max } = thresholdRange(p.kind);
      if (p.kind === 'total_above' || p.kind === 'total_below') return t('alerts.problem.amount', { min, max });
      if (p.kind === 'exchange_failed') return t('alerts.problem.hours', { min, max });
      return t(p.kind === 'move' ? 'alerts.problem.change' : 'alerts.problem.share', { min, max });
    }
    case 'currency':
      return t('alerts.problem.currency');
    case 'window':
      return t('alerts.problem.window');
    case 'time':
      return t('alerts.problem.time', { which: TIME_FIELDS[p.which] });
    case 'quiet_same':
      return t('alerts.problem.quietSame');
    case 'flag':
      return t('alerts.problem.flag', { which: p.which });
  }
}

/** The `select` key of each time field in `alerts.problem.time`. */
const TIME_FIELDS = { 'quiet start': 'quietStart', 'quiet end': 'quietEnd', 'digest time': 'digest' } as const;
