// What the local store's files hold: their TypeScript shapes, defaults and
// JSON schemas (checked by electron-store/conf on every read and write). The
// settings part of the JSON schema comes from the one settings schema.
// Last-known balances have a file of their own: a large account's rows (10 MB
// for 100,000 spam airdrops) would otherwise be re-validated and rewritten
// with every ledger entry, setting and window move.
import type { Schema } from 'conf';
import type { AlertsConfig } from '../../common/alerts';
import type { AlertsRuntime } from '../core/alert-evaluation';
import { DEFAULT_ALERTS } from '../../common/alerts';
import { DEFAULT_SETTINGS } from '../../common/settings';
import type { CoinMeta, ConnectionBalances, ConnectionMeta, CurrencyRates, SupportedExchange } from '../../common/types';
import type { LastLook } from '../../common/look-types';
import type { Settings } from '../../common/settings';
import { settingsJsonSchema } from './settings-schema';

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
  /** Alert rules and the watcher's state (main/services/local-store-alerts.ts). */
  alerts: AlertsData;
  /** The portfolio when the user last looked ("since you last looked"); null before the first look. */
  lastLook: LastLook | null;
  /** Per connection id, the due instant of the last key rotation period reminded (main/core/key-health.ts). */
  keyReminders: Record<string, number>;
};

/** Alert rules and what the watcher keeps across restarts. */
export type AlertsData = AlertsRuntime & { config: AlertsConfig };

export const STORE_DEFAULTS: StoreData = {
  settings: DEFAULT_SETTINGS,
  connections: [],
  coinCache: { value: {}, fetchedAt: null },
  exchangeCache: { value: [], fetchedAt: null },
  rates: { value: {}, fetchedAt: null },
  ledger: [],
  windowState: {},
  apiPrefixes: {},
  hintsShown: [],
  alerts: { config: DEFAULT_ALERTS, state: {}, status: {}, fired: [], pending: [], digestSentAt: 0 },
  lastLook: null,
  keyReminders: {},
};

const num = { type: 'number' } as const;
const str = { type: 'string' } as const;
const nullable = (type: 'number' | 'string') => ({ type: [type, 'null'] }) as const;
/** An object that must have every property listed. */
const objectWith = <P extends Record<string, object>>(properties: P) =>
  ({ type: 'object', required: Object.keys(properties), properties }) as const;
/** An object of `item`s by id. */
const recordOf = (item: object) => ({ type: 'object', additionalProperties: item }) as const;
const cached = (value: object) => objectWith({ value, fetchedAt: nullable('number') });

const plainError = {
  type: ['object', 'null'],
  required: ['code', 'message'],
  // facts: what message and action were worded from, so they are worded again in another language (rewordError).
  properties: { code: str, message: str, action: str, requestId: str, facts: { type: 'object' } },
} as const;

const CONNECTION_REQUIRED = {
  id: str,
  exchangeId: str,
  name: str,
  createdAt: num,
  portfolioId: nullable('string'),
  lastSyncAt: nullable('number'),
  lastError: plainError,
};

export const STORE_SCHEMA: Schema<StoreData> = {
  settings: settingsJsonSchema as Schema<StoreData>['settings'],
  connections: {
    type: 'array',
    items: {
      ...objectWith(CONNECTION_REQUIRED),
      // countInTotal and keysSetAt are not required: files from before they existed lack them (local-store-connections.ts reads the defaults).
      properties: { ...CONNECTION_REQUIRED, countInTotal: { type: 'boolean' }, keysSetAt: num },
    },
  },
  coinCache: cached({ type: 'object', additionalProperties: { type: 'object', required: ['id', 'symbol'] } }),
  exchangeCache: cached({ type: 'array', items: { type: 'object', required: ['connectionId', 'name', 'connectionFields'] } }),
  rates: cached({ type: 'object', additionalProperties: num }),
  ledger: {
    type: 'array',
    items: objectWith({ t: num, endpoint: str, credits: num }),
  },
  apiPrefixes: { type: 'object', additionalProperties: { enum: ['/v1', ''] } },
  hintsShown: { type: 'array', items: str },
  keyReminders: recordOf(num),
  windowState: recordOf(objectWith({ x: num, y: num, width: num, height: num })),
  // Types only: the alerts schema reads each part, dropping a bad rule alone (main/services/alerts-schema.ts).
  alerts: { type: 'object' },
  lastLook: {
    ...objectWith({
      at: num,
      totalUsd: num,
      connectionIds: { type: 'array', items: str },
      complete: { type: 'boolean' },
      coins: recordOf(objectWith({ symbol: str, amount: num, valueUsd: num })),
      capped: { type: 'boolean' },
    }),
    type: ['object', 'null'],
  },
};

/** The balances file: last-known balances by our connection id. */
export type BalanceData = {
  balances: Record<string, ConnectionBalances>;
};

export const BALANCE_DEFAULTS: BalanceData = { balances: {} };

const balancesSchema = recordOf(
  objectWith({
    connectionId: str,
    fetchedAt: num,
    rows: { type: 'array', items: objectWith({ coinId: str, amount: num, price: num, priceBtc: num }) },
  }),
);

export const BALANCE_SCHEMA: Schema<BalanceData> = { balances: balancesSchema };
