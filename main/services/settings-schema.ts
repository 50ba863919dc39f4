// What the settings file holds: its TypeScript shape, its JSON schema (checked
// by electron-store/conf on every read and write) and the specific checks
// behind updateSettings' messages.
import type { Schema } from 'conf';
import {
  DEFAULT_SETTINGS,
  type CoinMeta,
  type ConnectionBalances,
  type ConnectionMeta,
  type CurrencyRates,
  type Settings,
  type SupportedExchange,
} from '../core/types';
import { ServiceError } from './service-error';

export class SettingsError extends ServiceError {
  override name = 'SettingsError';
}

/** One call's credit cost, as the CoinStats client reports it. */
export interface CreditLedgerEntry {
  t: number;
  endpoint: string;
  credits: number;
}

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Cached<T> {
  value: T;
  /** null: never fetched. */
  fetchedAt: number | null;
}

// A type alias, not an interface, so it fits `Record<string, unknown>`.
export type StoreData = {
  settings: Settings;
  connections: ConnectionMeta[];
  /** Last-known balances by our connection id. */
  balances: Record<string, ConnectionBalances>;
  coinCache: Cached<Record<string, CoinMeta>>;
  exchangeCache: Cached<SupportedExchange[]>;
  rates: Cached<CurrencyRates>;
  ledger: CreditLedgerEntry[];
  /** Details window bounds per display id. */
  windowState: Record<string, WindowBounds>;
  /** The path prefix (`/v1` or none) that worked, per API base URL. */
  apiPrefixes: Record<string, '/v1' | ''>;
  /** Ids of one-time hints already shown (e.g. "no tray on this desktop"). */
  hintsShown: string[];
};

export const STORE_DEFAULTS: StoreData = {
  settings: DEFAULT_SETTINGS,
  connections: [],
  balances: {},
  coinCache: { value: {}, fetchedAt: null },
  exchangeCache: { value: [], fetchedAt: null },
  rates: { value: {}, fetchedAt: null },
  ledger: [],
  windowState: {},
  apiPrefixes: {},
  hintsShown: [],
};

const num = { type: 'number' } as const;
const str = { type: 'string' } as const;
const nullable = (type: 'number' | 'string') => ({ type: [type, 'null'] }) as const;
const cached = (value: object) =>
  ({ type: 'object', required: ['value', 'fetchedAt'], properties: { value, fetchedAt: nullable('number') } }) as const;

const plainError = {
  type: ['object', 'null'],
  required: ['code', 'message'],
  properties: { code: str, message: str, action: str, requestId: str },
} as const;

// Settings properties are not `required`: a file from an older version that
// lacks a newer setting is valid, and getSettings fills it from the defaults.
export const STORE_SCHEMA: Schema<StoreData> = {
  settings: {
    type: 'object',
    properties: {
      primaryCurrency: str,
      freshnessMinutes: num,
      backgroundMinutes: num,
      monthlyCreditBudget: num,
      dustThresholdUsd: num,
      privacyMode: { type: 'boolean' },
      trayTitleFormat: { enum: ['primary', 'btc', 'compact', 'icon'] },
      notifications: { type: 'boolean' },
      launchAtLogin: { type: 'boolean' },
      apiBaseUrl: str,
    },
  },
  connections: {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'exchangeId', 'name', 'createdAt', 'portfolioId', 'lastSyncAt', 'lastError'],
      properties: {
        id: str,
        exchangeId: str,
        name: str,
        createdAt: num,
        portfolioId: nullable('string'),
        lastSyncAt: nullable('number'),
        lastError: plainError,
      },
    },
  },
  balances: {
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: ['connectionId', 'fetchedAt', 'rows'],
      properties: {
        connectionId: str,
        fetchedAt: num,
        rows: {
          type: 'array',
          items: {
            type: 'object',
            required: ['coinId', 'amount', 'price', 'priceBtc'],
            properties: { coinId: str, amount: num, price: num, priceBtc: num },
          },
        },
      },
    },
  },
  coinCache: cached({ type: 'object', additionalProperties: { type: 'object', required: ['id', 'symbol'] } }),
  exchangeCache: cached({ type: 'array', items: { type: 'object', required: ['connectionId', 'name', 'connectionFields'] } }),
  rates: cached({ type: 'object', additionalProperties: num }),
  ledger: {
    type: 'array',
    items: { type: 'object', required: ['t', 'endpoint', 'credits'], properties: { t: num, endpoint: str, credits: num } },
  },
  apiPrefixes: { type: 'object', additionalProperties: { enum: ['/v1', ''] } },
  hintsShown: { type: 'array', items: str },
  windowState: {
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: ['x', 'y', 'width', 'height'],
      properties: { x: num, y: num, width: num, height: num },
    },
  },
};

type Check = (value: unknown) => string | null;

const integerIn = (label: string, min: number, max: number): Check => (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
    ? null
    : `${label} must be a whole number from ${min} to ${max}.`;

const boolean = (label: string): Check => (v) => (typeof v === 'boolean' ? null : `${label} must be on or off.`);

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const CHECKS: Record<keyof Settings, Check> = {
  primaryCurrency: (v) =>
    typeof v === 'string' && /^[A-Z][A-Z0-9]{1,9}$/.test(v)
      ? null
      : 'Primary currency must be an upper-case currency code such as USD or EUR.',
  freshnessMinutes: integerIn('The freshness target (minutes)', 1, 1440),
  backgroundMinutes: integerIn('The background refresh interval (minutes)', 5, 10_080),
  monthlyCreditBudget: (v) =>
    typeof v === 'number' && v < 0
      ? 'The monthly credit budget cannot be negative.'
      : integerIn('The monthly credit budget', 0, 100_000_000)(v),
  dustThresholdUsd: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : 'The dust threshold must be zero or a positive amount.',
  privacyMode: boolean('Privacy mode'),
  trayTitleFormat: (v) =>
    v === 'primary' || v === 'btc' || v === 'compact' || v === 'icon'
      ? null
      : 'The tray title format must be one of: primary, btc, compact, icon.',
  notifications: boolean('Notifications'),
  launchAtLogin: boolean('Launch at login'),
  // The API key travels in a header to this URL: plain http only to this machine.
  apiBaseUrl: (v) => {
    if (v === '') return null;
    if (typeof v !== 'string' || !URL.canParse(v)) return 'The API base URL must be a full URL such as https://openapiv1.coinstats.app.';
    const url = new URL(v);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
    return 'The API base URL must use https:// (plain http:// is only allowed for localhost).';
  },
};

/** Checks a partial update; throws a SettingsError naming the first problem. */
export function validateSettingsPatch(patch: unknown): Partial<Settings> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new SettingsError('invalid_request', 'Settings must be given as an object.');
  }
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(CHECKS, key)) throw new SettingsError('invalid_request', `Unknown setting "${key}".`);
    const problem = CHECKS[key as keyof Settings](value);
    if (problem) throw new SettingsError('invalid_request', problem);
  }
  return patch as Partial<Settings>;
}
