// Tallybar's local data, on electron-store's engine: the settings, connection
// metadata, last-known balances, caches, the credit ledger, window bounds and
// API prefixes, in one JSON file with a schema, written atomically. It
// receives the store factory because electron-store imports electron at load
// time; tests pass `conf`, the engine electron-store is built on, with the
// same file format.
//
// This file opens the file and composes the groups of operations over it:
// connections and balances (local-store-connections), caches, ledger and
// prefixes (local-store-caches), settings, hints and window bounds
// (local-store-preferences).
import { apiPrefixOps, cacheOps, ledgerOps } from './local-store-caches';
import { balanceOps, connectionOps } from './local-store-connections';
import { type OpenStore, openRecoverable } from './local-store-engine';
import { hintOps, settingsOps, windowBoundsOps } from './local-store-preferences';
import { STORE_DEFAULTS, STORE_SCHEMA, type StoreData } from './local-store-schema';
import type { StoreNotice } from './store-recovery';

export type { Cached, CreditLedgerEntry, StoreData, WindowBounds } from './local-store-schema';
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
  const notices: StoreNotice[] = notice ? [notice] : [];

  return {
    /** Where the file lives (for support and tests). */
    path: store.path,

    /** Messages for the user, e.g. that an unreadable settings file was kept aside. */
    notices: (): StoreNotice[] => [...notices],

    ...settingsOps(store),
    ...connectionOps(store, now),
    ...balanceOps(store),
    ...cacheOps(store),
    ...ledgerOps(store, now),
    ...apiPrefixOps(store),
    ...hintOps(store),
    ...windowBoundsOps(store),
  };
}
