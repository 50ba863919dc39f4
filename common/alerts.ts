// Portfolio alerts: the rule kinds, their limits and re-arm margins, the
// presets offered on a first visit, and the AlertsView main puts in every
// snapshot. Zod-free, so the renderer shows the same limits that main's alerts
// schema (main/services/alerts-schema.ts) enforces on IPC and on disk. Every
// sentence about alerts lives in alert-words.ts.

export const ALERT_KINDS = ['total_above', 'total_below', 'move', 'coin_share', 'stable_share', 'exchange_failed'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const MOVE_WINDOWS = ['1h', '24h'] as const;
export type MoveWindow = (typeof MOVE_WINDOWS)[number];

export const MOVE_WINDOW_MS: Record<MoveWindow, number> = { '1h': 3_600_000, '24h': 86_400_000 };

/**
 * One rule. Flat on purpose: a form edits one shape, and the fields a kind
 * does not read (`currency` outside the totals, `window` outside moves) are
 * kept so switching kinds back and forth keeps what was typed.
 */
export interface AlertRule {
  id: string;
  kind: AlertKind;
  enabled: boolean;
  /** An amount in `currency` (totals), percent (move, shares) or hours (exchange failed). */
  threshold: number;
  /** For the totals: the code the amount is in ('BTC' or a fiat code such as USD). */
  currency: string;
  /** For moves: the span the change is taken over. */
  window: MoveWindow;
}

/** Minutes after local midnight, 0..1439. */
export type DayMinute = number;

export interface QuietHours {
  enabled: boolean;
  /** Notifications are held from `start` until `end`; start > end spans midnight (22:00–08:00). */
  start: DayMinute;
  end: DayMinute;
}

export interface DigestSettings {
  enabled: boolean;
  /** Local time of the daily notification. */
  at: DayMinute;
}

/** What the user chose: their rules, quiet hours and digest. */
export interface AlertsConfig {
  rules: AlertRule[];
  quietHours: QuietHours;
  digest: DigestSettings;
  /** True once the presets were offered: they are offered on the first visit only. */
  presetsOffered: boolean;
}

/** Why a rule is not read right now: the number it would read is not one to act on. */
export type HeldReason = 'stale' | 'partial' | 'unknown';

/**
 * A rule's standing: `armed` waits for its condition; `fired` has fired and
 * waits for the condition to clear past the margin; `held` cannot be read.
 */
export type AlertStatus =
  | { state: 'off' }
  | { state: 'armed' }
  | { state: 'fired'; at: number }
  | { state: 'held'; why: HeldReason; armed: boolean };

/** The facts of one firing, worded when shown (so privacy mode masks them wherever they appear). */
export interface FiredAlert {
  ruleId: string;
  at: number;
  /** The rule as it was when it fired: the log reads true after an edit or a removal. */
  rule: AlertRule;
  /** The figure that made it true: the total in `rule.currency`, a percent, or hours. */
  value: number;
  /** The coin (share) or exchange (failed) it is about. */
  subject: string | null;
  /** Held by quiet hours and delivered in their summary. */
  held: boolean;
}

export interface AlertsView extends AlertsConfig {
  status: Record<string, AlertStatus>;
  /** Newest first, at most {@link ALERT_LIMITS.log} entries. */
  fired: FiredAlert[];
}

export const ALERT_LIMITS = {
  rules: 20,
  /** Fired alerts kept in the log. */
  log: 50,
  pct: { min: 0.1, max: 100 },
  hours: { min: 1, max: 24 * 30 },
  amount: { min: 0, max: 1e15 },
  idLength: 64,
} as const;

/**
 * Hysteresis: how far a condition must clear before its rule can fire again,
 * so a total hovering at the threshold raises one notification, not a storm.
 * Totals: 2 % of the threshold; moves: a fifth of the threshold; shares:
 * 2 percentage points. An exchange re-arms once it synced again.
 */
export const REARM_MARGIN = { totalRatio: 0.02, moveRatio: 0.2, sharePoints: 2 } as const;

/** Which limit a kind's threshold has, and the unit it is read in. */
export function thresholdRange(kind: AlertKind): { min: number; max: number } {
  if (kind === 'total_above' || kind === 'total_below') return ALERT_LIMITS.amount;
  if (kind === 'exchange_failed') return ALERT_LIMITS.hours;
  return ALERT_LIMITS.pct;
}

/** Whether a threshold is one a kind accepts. An amount of exactly 0 would fire on every empty account: amounts must be above it. */
export function thresholdOk(kind: AlertKind, value: number): boolean {
  const { min, max } = thresholdRange(kind);
  const aboveMin = kind === 'total_above' || kind === 'total_below' ? value > min : value >= min;
  return Number.isFinite(value) && aboveMin && value <= max;
}

/**
 * Stablecoins by CoinStats id and by symbol (an id CoinStats renames keeps
 * its ticker); cash rows (FiatCoinUSD…) count as stable too.
 */
export const STABLECOIN_IDS: ReadonlySet<string> = new Set(['tether', 'usd-coin', 'dai', 'true-usd', 'first-digital-usd', 'paypal-usd', 'ethena-usde', 'binance-usd', 'paxos-standard', 'gemini-dollar', 'frax']);
export const STABLECOIN_SYMBOLS: ReadonlySet<string> = new Set(['USDT', 'USDC', 'DAI', 'TUSD', 'FDUSD', 'PYUSD', 'USDE', 'BUSD', 'USDP', 'GUSD', 'FRAX']);

const rule = (id: string, kind: AlertKind, threshold: number, window: MoveWindow = '24h'): AlertRule => ({
  id,
  kind,
  enabled: false,
  threshold,
  currency: 'USD',
  window,
});

/** Offered on the first visit, every one off until the user turns it on. */
export const ALERT_PRESETS: readonly AlertRule[] = [
  rule('preset-move-24h', 'move', 10, '24h'),
  rule('preset-move-1h', 'move', 5, '1h'),
  rule('preset-coin-share', 'coin_share', 50),
  rule('preset-exchange-failed', 'exchange_failed', 6),
];

export const DEFAULT_ALERTS: AlertsConfig = {
  rules: [],
  quietHours: { enabled: false, start: 22 * 60, end: 8 * 60 },
  digest: { enabled: false, at: 9 * 60 },
  presetsOffered: false,
};

/** What `updateAlerts` takes: any part of the config. */
export type AlertsPatch = Partial<AlertsConfig>;

/** "22:00" from a day minute; the form's `<input type="time">` speaks this. */
export const dayMinuteText = (m: DayMinute): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A day minute from "HH:MM", or null when it is not one. */
export function parseDayMinute(text: string): DayMinute | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
