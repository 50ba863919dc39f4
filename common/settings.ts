// The settings: their shape, defaults and limits. Zod-free, so the renderer
// shows the same limits that main's one settings schema
// (main/services/settings-schema.ts) enforces on IPC and on disk.

export const TRAY_TITLE_FORMATS = ['primary', 'btc', 'compact', 'icon'] as const;
export type TrayTitleFormat = (typeof TRAY_TITLE_FORMATS)[number];

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
  trayTitleFormat: TrayTitleFormat;
  notifications: boolean;
  launchAtLogin: boolean;
  /** Advanced; empty means the default (or TALLYBAR_API_BASE_URL). */
  apiBaseUrl: string;
  /** Accelerator that opens the popover from anywhere (common/accelerator.ts); '' is off. */
  globalShortcut: string;
  /** 'ask': check, and download only when the user says so; 'auto': download too; 'off': never check. */
  updates: UpdatePolicy;
}

export const DEFAULT_SETTINGS: Settings = {
  primaryCurrency: 'USD',
  freshnessMinutes: 15,
  backgroundMinutes: 60,
  monthlyCreditBudget: 20_000,
  dustThresholdUsd: 1,
  privacyMode: false,
  trayTitleFormat: 'primary',
  notifications: true,
  launchAtLogin: false,
  apiBaseUrl: '',
  globalShortcut: '',
  updates: 'ask',
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
} as const satisfies Partial<Record<keyof Settings, Range>>;

/** An upper-case currency code as CoinStats' `/currencies` lists them (USD, EUR, USDT). */
export const CURRENCY_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

/** The longest API base URL accepted. */
export const API_BASE_URL_MAX_LENGTH = 500;

/** A connection's display name, trimmed: 1 to this many characters. */
export const CONNECTION_NAME_MAX_LENGTH = 64;

/** A CoinStats API key, trimmed. */
export const API_KEY_LENGTH: Range = { min: 8, max: 512 };
