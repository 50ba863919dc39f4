// The settings: their shape, defaults and limits. Zod-free, so the renderer
// shows the same limits that main's one settings schema
// (main/services/settings-schema.ts) enforces on IPC and on disk.
import type { LanguageChoice } from './i18n';

export const TRAY_TITLE_FORMATS = ['primary', 'btc', 'compact', 'icon'] as const;
export type TrayTitleFormat = (typeof TRAY_TITLE_FORMATS)[number];

/** What privacy mode hides when on: 'all' every figure; 'amounts' amounts and values, keeping percentages and shares. */
export const PRIVACY_LEVELS = ['all', 'amounts'] as const;
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];
/** Whether packaged builds look for a new version, and whether they fetch it without asking. */
export const UPDATE_POLICIES = ['ask', 'auto', 'off'] as const;
export type UpdatePolicy = (typeof UPDATE_POLICIES)[number];

export interface Settings {
  primaryCurrency: string;
  /** Freshness target: popover opening refreshes data older than this. */
  freshnessMinutes: number;
  /** Background refresh interval. */
  backgroundMinutes: number;
  /** Monthly CoinStats credit budget Tallybar may spend on its own. */
  monthlyCreditBudget: number;
  dustThresholdUsd: number;
  privacyMode: boolean;
  /** What privacy mode hides (common/privacy.ts); `privacyMode` stays the on/off switch. */
  privacyLevel: PrivacyLevel;
  /** Turn privacy mode on when a display is added or mirrored (presenting). */
  privacyOnDisplayChange: boolean;
  trayTitleFormat: TrayTitleFormat;
  notifications: boolean;
  launchAtLogin: boolean;
  /** Writes the status-bar feed (a JSON file in the data folder) on every change: opt-in. */
  feedEnabled: boolean;
  /** Advanced; empty means the default (or TALLYBAR_API_BASE_URL). */
  apiBaseUrl: string;
  /** Accelerator that opens the popover from anywhere (common/accelerator.ts); '' is off. */
  globalShortcut: string;
  /** Days after which exchange keys are due for replacing (a reminder and a badge); 0 is off. */
  keyRotationDays: number;
  /** 'ask': check, and download only when the user says so; 'auto': download too; 'off': never check. */
  updates: UpdatePolicy;
  /** The language of every word: 'system' follows the OS (common/i18n.ts). */
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: Settings = {
  primaryCurrency: 'USD',
  freshnessMinutes: 15,
  backgroundMinutes: 60,
  monthlyCreditBudget: 20_000,
  dustThresholdUsd: 1,
  privacyMode: false,
  privacyLevel: 'all',
  privacyOnDisplayChange: false,
  trayTitleFormat: 'primary',
  notifications: true,
  launchAtLogin: false,
  feedEnabled: false,
  apiBaseUrl: '',
  globalShortcut: '',
  keyRotationDays: 90,
  updates: 'ask',
  language: 'system',
};

export interface Range {
  min: number;
  max: number;
}

/** The numeric settings' inclusive limits. */
export const SETTING_RANGES = {
  freshnessMinutes: { min: 1, max: 24 * 60 },
  backgroundMinutes: { min: 5, max: 7 * 24 * 60 },
  monthlyCreditBudget: { min: 0, max: 100_000_000 },
  dustThresholdUsd: { min: 0, max: 1_000_000 },
  keyRotationDays: { min: 0, max: 3650 },
} as const satisfies Partial<Record<keyof Settings, Range>>;

/** An upper-case currency code as CoinStats' `/currencies` lists them (USD, EUR, USDT). */
export const CURRENCY_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

/** The longest API base URL accepted. */
export const API_BASE_URL_MAX_LENGTH = 500;

/** A connection's display name, trimmed: 1 to this many characters. */
export const CONNECTION_NAME_MAX_LENGTH = 64;

/** A CoinStats API key, trimmed. */
export const API_KEY_LENGTH: Range = { min: 8, max: 512 };
