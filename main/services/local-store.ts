// Tallybar's local data, on electron-store's engine: the settings, connection
// metadata, caches, the credit ledger, window bounds and API prefixes in one
// JSON file with a schema, written atomically, and the last-known balances in
// a second (a large account's rows must not be rewritten with every ledger
// entry or setting). It
// receives the store factory because electron-store imports electron at load
// time; tests pass `conf`, the engine electron-store is built on, with the
// same file format.
//
// This file opens the file and composes the groups of operations over it:
// connections and balances (local-store-connections), caches, ledger and
// prefixes (local-store-caches), settings, hints and window bounds
// (local-store-preferences).
import { alertOps } from './local-store-alerts';
import { apiPrefixOps, cacheOps, ledgerOps } from './local-store-caches';
import { balanceOps, connectionOps } from './local-store-connections';
import { type BalanceStore, type DataStore, type OpenStore, type StoreLike, openRecoverable } from './local-store-engine';
import { lookOps } from './local-store-look';
import { hintOps, keyReminderOps, settingsOps, windowBoundsOps } from './local-store-preferences';
import { BALANCE_DEFAULTS, BALANCE_SCHEMA, type BalanceData, STORE_DEFAULTS, STORE_SCHEMA, type StoreData } from './local-store-schema';
import type { StoreNotice } from './store-recovery';

export type { BalanceData, Cached, CreditLedgerEntry, StoreData, WindowBounds } from './local-store-schema';
export { StoreError } from './settings-schema';
export { openRecoverable, type OpenStore, type StoreLike, type StoreOpenOptions } from './local-store-engine';
export { shouldReplaceLastKnown, type ConnectionStatusPatch } from './local-store-connections';

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
  const opened = openRecoverable<BalanceData>(
    options.openStore,
    { name: `${options.name ?? 'config'}-balances`, cwd: options.dir, schema: BALANCE_SCHEMA, defaults: BALANCE_DEFAULTS },
    'balances',
    now,
  );
  const balances = opened.store;
  moveOldBalances(store, balances);
  const notices: StoreNotice[] = [notice, opened.notice].filter((n): n is StoreNotice => n !== null);

  return {
    /** Where the file lives (for support and tests). */
    path: store.path,

    /** Messages for the user, e.g. that an unreadable settings file was kept aside. */
    notices: (): StoreNotice[] => [...notices],

    ...settingsOps(store),
    ...connectionOps(store, balances, now),
    ...balanceOps(balances),
    ...cacheOps(store),
    ...ledgerOps(store, now),
    ...apiPrefixOps(store),
    ...hintOps(store),
    ...keyReminderOps(store),
    ...windowBoundsOps(store),
    ...alertOps(store, now),
    ...lookOps(store),
  };
}

/** Files from before balances had their own file keep them in the main one: move them over once. */
function moveOldBalances(store: DataStore, balances: BalanceStore): void {
  const old = store as unknown as StoreLikeWithBalances;
  const held = old.get('balances');
  if (held === undefined) return;
  if (Object.keys(balances.get('balances')).length === 0) balances.set('balances', held);
  old.delete('balances');
}

type StoreLikeWithBalances = StoreLike<{ balances?: BalanceData['balances'] }>;
