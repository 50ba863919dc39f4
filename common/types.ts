// Domain types shared by main, preload and renderer: types only, no values,
// no imports from electron, node or any library.
import type { AlertsView } from './alerts';
import type { AnswerProblem } from './answer-words';
import type { ErrorCode } from './error-codes';
import type { ErrorFacts } from './error-facts';
import type { ShortcutState, UpdateState } from './desktop-types';
import type { SinceLastLook } from './look-types';
import type { UiLanguage } from './i18n';
import type { Settings } from './settings';

/** One row of `POST /exchange/balance`, as CoinStats returns it. */
export interface BalanceRow {
  coinId: string;
  amount: number;
  /** USD price of one unit. */
  price: number;
  /** BTC price of one unit. */
  priceBtc: number;
}

export type PortfolioSyncStatus = 'syncing' | 'synced';

export interface ExchangePortfolio {
  /** 64 hex chars; the `portfolioId` the other exchange endpoints take. */
  id: string;
  status: PortfolioSyncStatus;
  connectionId: string;
  name?: string;
}

/** A row of a balance answer that was not a usable balance, and why. */
export interface RejectedRow {
  /** The coin, when its id itself was readable. */
  coinId: string | null;
  /** What was wrong ("price: expected a finite number ≥ 0, got null" once worded). */
  problem: AnswerProblem;
}

export interface ExchangeBalance {
  /** The rows that are usable balances. */
  balances: BalanceRow[];
  /** The rows that were not: the good ones are used, these are named. */
  rejected: RejectedRow[];
  portfolio: ExchangePortfolio;
}

/** A refused row as the connection keeps it: its last-known value shown instead, or left out of the total. */
export interface FlaggedRow extends Omit<RejectedRow, 'problem'> {
  /** A string when kept by a version that stored the words, not the facts. */
  problem: AnswerProblem | string;
  kept: boolean;
}

export interface ConnectionField {
  /** Label to show. */
  name: string;
  /** Key in `connectionFields`. */
  key: string;
}

export interface SupportedExchange {
  connectionId: string;
  name: string;
  icon: string;
  connectionFields: ConnectionField[];
}

export interface CoinMeta {
  id: string;
  name: string;
  symbol: string;
  icon: string | null;
  /** 24 h change, percent. */
  priceChange1d: number | null;
  price: number | null;
  priceBtc: number | null;
}

/** Rates against USD: `{ USD: 1, EUR: 0.92 }`. */
export type CurrencyRates = Record<string, number>;

export interface CreditUsage {
  totalCredits: number;
  usedCredits: number;
  remainingCredits: number;
  subscription: string | null;
}

/** What crosses IPC and what the UI shows: never a secret, never a stack. */
export interface PlainError {
  code: ErrorCode;
  message: string;
  /** A suggested next step for the user, if there is one. */
  action?: string;
  /** CoinStats requestId, kept for support. */
  requestId?: string;
  /**
   * The facts `message` and `action` were worded from (none a secret), kept so
   * a stored or held error is worded again after the language changes: main
   * rewords what it keeps before a snapshot (rewordError); an error a command
   * answered carries them to the window that holds it (main/ipc/errors.ts).
   */
  facts?: ErrorFacts;
}

export type ConnectionState = 'idle' | 'syncing' | 'synced' | 'error';

/** Connection metadata kept in the settings store (no secrets). */
export interface ConnectionMeta {
  /** Our own id (uuid), not the exchange id. */
  id: string;
  /** Exchange id from `/exchange/support`, e.g. `binance`. */
  exchangeId: string;
  /** User-chosen name, or the exchange's name. */
  name: string;
  createdAt: number;
  /** CoinStats portfolio id once known. */
  portfolioId: string | null;
  lastSyncAt: number | null;
  lastError: PlainError | null;
  /** False when the user left it out of the total (a test account, a friend's): shown apart, with its own value. */
  countInTotal: boolean;
  /** When its keys were added or last replaced (older data: its createdAt). Last success is lastSyncAt. */
  keysSetAt: number;
}

/** Last-known balance of one connection, persisted. */
export interface ConnectionBalances {
  connectionId: string;
  fetchedAt: number;
  rows: BalanceRow[];
  /** Rows of the last answer that were refused; absent when none was. */
  flagged?: FlaggedRow[];
}

/** One exchange's share of a coin row. */
export interface CoinSplit {
  connectionId: string;
  amount: number;
  valueUsd: number;
}

export interface HoldingRow {
  coinId: string;
  symbol: string;
  name: string;
  icon: string | null;
  amount: number;
  priceUsd: number;
  valueUsd: number;
  valueBtc: number;
  /** 0..1 of the portfolio total. */
  share: number;
  change24h: number | null;
  isCash: boolean;
  split: CoinSplit[];
}

export interface DustLine {
  count: number;
  valueUsd: number;
  valueBtc: number;
  share: number;
  /** The folded coins themselves, by value descending, so they can be shown on demand. */
  rows: HoldingRow[];
}

export interface PortfolioSummary {
  totalUsd: number;
  totalBtc: number;
  /** Value-weighted 24 h change in percent, null when unknown. */
  change24hPct: number | null;
  /** What the holdings whose change is known gained (or lost) in USD over 24 h, null when unknown. */
  change24hUsd: number | null;
  /** Rows above the dust threshold, sorted by value descending. */
  rows: HoldingRow[];
  /** Rows below the dust threshold, folded. */
  dust: DustLine;
  /** True when any connection is failing: the total is not the whole story. */
  partial: boolean;
}

/** One connection's part in a history point's total. */
export interface HistoryConnection {
  /** Its name as last recorded: what a marker calls it, even after it was removed. */
  name: string;
  /** Its value in USD within the total; null while it existed but was left out of it. */
  usd: number | null;
}

export interface HistoryPoint {
  t: number;
  totalUsd: number;
  totalBtc: number;
  /**
   * The connections behind the total, by connection id. Absent on points
   * recorded before Tallybar kept them: their set is unknown, and no change
   * is computed across them (common/history-change.ts holds the rule).
   */
  connections?: Record<string, HistoryConnection>;
}

/** One connection as the renderer sees it: status and masked hints only. */
export interface ConnectionView {
  id: string;
  exchangeId: string;
  exchangeName: string;
  exchangeIcon: string | null;
  name: string;
  state: ConnectionState;
  lastSyncAt: number | null;
  lastError: PlainError | null;
  totalUsd: number | null;
  /** False when the user left it out of the total: its value is shown apart, never added in. */
  countInTotal: boolean;
  /** Rows of its last answer that were refused, and what is shown instead. */
  flagged: FlaggedRow[];
  /** `{ apiKey: '••••a1b2' }`: last 4 characters only. */
  credentialHints: Record<string, string>;
  /** How its keys are doing (main/core/key-health.ts decides). */
  keys: KeyHealth;
}

/** A connection's keys: their age, the rotation reminder, and whether keys that long worked are now refused. */
export interface KeyHealth {
  /** When the keys were added or last replaced. */
  setAt: number;
  /** True once the keys are older than the rotation setting (never while it is 0, off). */
  rotationDue: boolean;
  /**
   * Set when the exchange now rejects keys that had worked for a long while:
   * their last success ("worked until 3 d ago — was the key revoked or expired?"). Null otherwise.
   */
  workedUntil: number | null;
}

export interface CreditView {
  /** From `/usage/credits`, null until first asked. */
  remaining: number | null;
  total: number | null;
  /** What Tallybar spent this calendar month, from its own ledger. */
  spentThisMonth: number;
  /** Projected spend for the whole month at the current schedule. */
  projectedMonth: number;
  budget: number;
  /** Effective background interval after the governor stretched it. */
  effectiveBackgroundMinutes: number;
  /** Set when a 429 was seen: which kind, and until when we back off. */
  limited: { kind: 'rate_limited' | 'out_of_credits'; until: number | null } | null;
}

/**
 * How much of the total is known and how old it is, read once in main for the
 * tray and every window (main/core/standing.ts holds the rules).
 */
export interface Standing {
  /** Oldest last successful sync over the connections in the total: the age of the number on screen. Null before any. */
  syncedAt: number | null;
  /** Names of connections whose first sync has not finished: not in the total yet. */
  firstSync: string[];
  /** Names of connections failing while others work: the total is partial. */
  failing: string[];
  /** Names of connections with a coin left out of the total (its row was refused, no last-known value). */
  leftOut: string[];
  /** Names of connections the user left out of the total: shown apart, said beside the total. */
  notCounted: string[];
  /** A failure every connection shares (CoinStats key, credits, offline): said once, at the top, with its fix. */
  problem: PlainError | null;
}

/** The whole state main pushes to windows; the renderer only shows it. */
export interface AppSnapshot {
  demo: boolean;
  /** The OS main runs on: some settings (launch at login) do not exist everywhere. */
  platform: 'darwin' | 'win32' | 'linux';
  /** The user's regional format (from the OS), for numbers and dates in every window. */
  locale: string;
  /** The language of every word (the setting, or the OS's): windows load its catalogue (`getCatalogue`). */
  language: UiLanguage;
  /** The language the OS's preferences give, whatever the setting: Settings names it in its "System (…)" choice. */
  systemLanguage: UiLanguage;
  /** False when safeStorage cannot encrypt: the reason says how to fix it. */
  secretsAvailable: { ok: true } | { ok: false; reason: string };
  apiKey: { set: boolean; hint: string | null };
  settings: Settings;
  connections: ConnectionView[];
  portfolio: PortfolioSummary;
  /** Rates against USD for the primary currency conversion. */
  rates: CurrencyRates;
  refreshing: boolean;
  /** While a refresh runs: connections it has been through, of how many. */
  refreshProgress: { done: number; total: number } | null;
  standing: Standing;
  credits: CreditView;
  /** Change since the user last looked at the popover; null with no earlier look or none comparable. */
  sinceLastLook: SinceLastLook | null;
  shortcut: ShortcutState;
  update: UpdateState;
  /** Messages the user must see once (e.g. a settings file was recovered). */
  notices: { id: string; message: string }[];
  /** Alert rules, each one's status, and the fired log. */
  alerts: AlertsView;
}
