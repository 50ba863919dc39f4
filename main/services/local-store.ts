// Tallybar's local data, on electron-store's engine: the settings, connection
// metadata, last-known balances, caches, the credit ledger, window bounds and
// API prefixes, in one JSON file with a schema, written atomically. It
// receives the store factory because electron-store imports electron at load
// time; tests pass `conf`, the engine electron-store is built on, with the
// same file format.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Schema } from 'conf';
import { CONNECTION_NAME_MAX_LENGTH, DEFAULT_SETTINGS, type Settings } from '../../common/settings';
import type {
  CoinMeta,
  ConnectionBalances,
  ConnectionMeta,
  CurrencyRates,
  PortfolioSyncStatus,
  SupportedExchange,
} from '../../common/types';
import { STORE_DEFAULTS, STORE_SCHEMA, type Cached, type CreditLedgerEntry, type StoreData, type WindowBounds } from './local-store-schema';
import { parseSettingsPatch, readSettings, StoreError } from './settings-schema';
import { openWithRecovery, type StoreNotice } from './store-recovery';

export type { Cached, CreditLedgerEntry, StoreData, WindowBounds } from './local-store-schema';
export { StoreError } from './settings-schema';

/** Options both `new ElectronStore()` and `new Conf()` accept. */
export interface StoreOpenOptions<T extends Record<string, unknown>> {
  /** File name without `.json`. */
  name: string;
  /** Folder of the file (the app's userData folder). */
  cwd: string;
  schema: Schema<T>;
  defaults: T;
  /** Throw on an invalid file so we can keep it aside instead of wiping it. */
  clearInvalidConfig: false;
  /** Keep the parsed file in memory; reads would otherwise re-parse it. */
  cache: true;
  configFileMode: number;
  serialize?: (value: T) => string;
}

/** The slice of electron-store (and conf) we use. */
export interface StoreLike<T extends Record<string, unknown>> {
  get<K extends keyof T & string>(key: K): T[K];
  set<K extends keyof T & string>(key: K, value: T[K]): void;
  readonly path: string;
}

export type OpenStore = <T extends Record<string, unknown>>(options: StoreOpenOptions<T>) => StoreLike<T>;

/** Opens `<cwd>/<name>.json`, moving an unreadable one aside first. */
export function openRecoverable<T extends Record<string, unknown>>(
  openStore: OpenStore,
  options: Omit<StoreOpenOptions<T>, 'clearInvalidConfig' | 'cache' | 'configFileMode'>,
  what: string,
  now: () => number,
): { store: StoreLike<T>; notice: StoreNotice | null } {
  const full: StoreOpenOptions<T> = { ...options, clearInvalidConfig: false, cache: true, configFileMode: 0o600 };
  return openWithRecovery({
    open: () => openStore(full),
    filePath: join(options.cwd, `${options.name}.json`),
    what,
    now,
  });
}

/**
 * The one place the "never overwrite good data with an empty sync" rule lives:
 * an empty answer while the portfolio is still syncing says nothing about the
 * balance, so a non-empty last-known balance stays.
 */
export function shouldReplaceLastKnown(
  previous: ConnectionBalances | undefined,
  next: ConnectionBalances,
  status: PortfolioSyncStatus,
): boolean {
  return !(status === 'syncing' && next.rows.length === 0 && (previous?.rows.length ?? 0) > 0);
}

/** Ledger entries older than the start of the previous calendar month are dropped. */
const LEDGER_MAX_ENTRIES = 20_000;
function previousMonthStart(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth() - 1, 1).getTime();
}

export type ConnectionStatusPatch = Partial<Pick<ConnectionMeta, 'lastSyncAt' | 'lastError' | 'portfolioId'>>;

export interface LocalStoreOptions {
  openStore: OpenStore;
  /** Folder for the file; electron's userData in the app. */
  dir: string;
  now?: () => number;
  /** File name without extension; electron-store's default is `config`. */
  name?: string;
}

export type LocalStore = ReturnType<typeof createLocalStore>;

export function createLocalStore(options: LocalStoreOptions) {
  const now = options.now ?? Date.now;
  const { store, notice } = openRecoverable<StoreData>(
    options.openStore,
    { name: options.name ?? 'config', cwd: options.dir, schema: STORE_SCHEMA, defaults: STORE_DEFAULTS },
    'settings',
    now,
  );
  const notices: StoreNotice[] = notice ? [notice] : [];

  const connections = (): ConnectionMeta[] => store.get('connections');

  function findConnection(id: string): ConnectionMeta {
    const found = connections().find((c) => c.id === id);
    if (!found) throw new StoreError('unknown_connection');
    return found;
  }

  function replaceConnection(id: string, patch: Partial<ConnectionMeta>): ConnectionMeta {
    const updated = { ...findConnection(id), ...patch };
    store.set('connections', connections().map((c) => (c.id === id ? updated : c)));
    return updated;
  }

  function cleanName(name: unknown): string {
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed === '' || trimmed.length > CONNECTION_NAME_MAX_LENGTH) {
      throw new StoreError('invalid_request', { problem: { id: 'connection_name' } });
    }
    return trimmed;
  }

  return {
    /** Where the file lives (for support and tests). */
    path: store.path,

    /** Messages for the user, e.g. that an unreadable settings file was kept aside. */
    notices: (): StoreNotice[] => [...notices],

    /**
     * Stored settings over the defaults. A stored value that fails the checks
     * (hand-edited file, older version) falls back to its default.
     */
    getSettings: (): Settings => readSettings({ ...store.get('settings') }, DEFAULT_SETTINGS),

    /** Validates every given key (throws StoreError) and returns the result. */
    updateSettings(patch: Partial<Settings>): Settings {
      const valid = parseSettingsPatch(patch);
      const next = { ...this.getSettings(), ...valid };
      store.set('settings', next);
      return next;
    },

    listConnections: (): ConnectionMeta[] => [...connections()],

    getConnection: (id: string): ConnectionMeta | null => connections().find((c) => c.id === id) ?? null,

    addConnection(input: { exchangeId: string; name: string; id?: string }): ConnectionMeta {
      if (typeof input.exchangeId !== 'string' || !/^[\w.-]{1,64}$/.test(input.exchangeId)) {
        throw new StoreError('invalid_request', { problem: { id: 'exchange_id' } });
      }
      const meta: ConnectionMeta = {
        id: input.id ?? randomUUID(),
        exchangeId: input.exchangeId,
        name: cleanName(input.name),
        createdAt: now(),
        portfolioId: null,
        lastSyncAt: null,
        lastError: null,
      };
      if (connections().some((c) => c.id === meta.id)) {
        throw new StoreError('invalid_request', { problem: { id: 'duplicate_connection' } });
      }
      store.set('connections', [...connections(), meta]);
      return meta;
    },

    renameConnection: (id: string, name: string): ConnectionMeta => replaceConnection(id, { name: cleanName(name) }),

    setConnectionStatus: (id: string, patch: ConnectionStatusPatch): ConnectionMeta => replaceConnection(id, patch),

    /** Removes the metadata and last-known balance. Secrets live in the vault. */
    removeConnection(id: string): void {
      findConnection(id);
      store.set('connections', connections().filter((c) => c.id !== id));
      const { [id]: _removed, ...rest } = store.get('balances');
      store.set('balances', rest);
    },

    getBalances: (): Record<string, ConnectionBalances> => ({ ...store.get('balances') }),

    /** Stores a fetched balance unless the rule above keeps the last-known one. Returns whether it stored. */
    setBalances(next: ConnectionBalances, status: PortfolioSyncStatus): boolean {
      const all = store.get('balances');
      if (!shouldReplaceLastKnown(all[next.connectionId], next, status)) return false;
      store.set('balances', { ...all, [next.connectionId]: next });
      return true;
    },

    getCoinCache: (): Cached<Record<string, CoinMeta>> => store.get('coinCache'),

    /** Adds or refreshes coins; coins not in `coins` stay cached. */
    mergeCoinCache(coins: CoinMeta[], fetchedAt: number): void {
      const value = { ...store.get('coinCache').value };
      for (const coin of coins) value[coin.id] = coin;
      store.set('coinCache', { value, fetchedAt });
    },

    getExchangeCache: (): Cached<SupportedExchange[]> => store.get('exchangeCache'),
    setExchangeCache: (value: SupportedExchange[], fetchedAt: number): void =>
      store.set('exchangeCache', { value, fetchedAt }),

    getRates: (): Cached<CurrencyRates> => store.get('rates'),
    setRates: (value: CurrencyRates, fetchedAt: number): void => store.set('rates', { value, fetchedAt }),

    /** Records one call's cost; keeps this month and the previous one, bounded. */
    appendLedger(entry: { endpoint: string; credits: number; t?: number }): void {
      const t = entry.t ?? now();
      const from = previousMonthStart(now());
      const kept = store.get('ledger').filter((e) => e.t >= from);
      kept.push({ t, endpoint: entry.endpoint, credits: entry.credits });
      store.set('ledger', kept.slice(-LEDGER_MAX_ENTRIES));
    },

    /** Entries with `t >= since`, oldest first. */
    ledgerSince: (since: number): CreditLedgerEntry[] => store.get('ledger').filter((e) => e.t >= since),

    getApiPrefix: (baseUrl: string): '/v1' | '' | null => store.get('apiPrefixes')[baseUrl] ?? null,
    setApiPrefix: (baseUrl: string, prefix: '/v1' | ''): void =>
      store.set('apiPrefixes', { ...store.get('apiPrefixes'), [baseUrl]: prefix }),

    /** True the first time a hint is asked for; false ever after. */
    firstTimeHint(id: string): boolean {
      const shown = store.get('hintsShown');
      if (shown.includes(id)) return false;
      store.set('hintsShown', [...shown, id]);
      return true;
    },

    getWindowBounds: (displayId: string): WindowBounds | null => store.get('windowState')[displayId] ?? null,
    setWindowBounds: (displayId: string, bounds: WindowBounds): void =>
      store.set('windowState', { ...store.get('windowState'), [displayId]: bounds }),
  };
}
