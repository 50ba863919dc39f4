// The store engine the local data sits on (electron-store in the app, conf in
// tests: the same file format), and how its file is opened so that an
// unreadable one is kept aside instead of wiped.
import { join } from 'node:path';
import type { Schema } from 'conf';
import type { BalanceData, StoreData } from './local-store-schema';
import { openWithRecovery, type RecoveredFile, type StoreNotice } from './store-recovery';

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
  delete<K extends keyof T & string>(key: K): void;
  readonly path: string;
}

export type OpenStore = <T extends Record<string, unknown>>(options: StoreOpenOptions<T>) => StoreLike<T>;

/** The local store's own file, which each group of operations reads and writes. */
export type DataStore = StoreLike<StoreData>;

/** The file of last-known balances. */
export type BalanceStore = StoreLike<BalanceData>;

/** Opens `<cwd>/<name>.json`, moving an unreadable one aside first. */
export function openRecoverable<T extends Record<string, unknown>>(
  openStore: OpenStore,
  options: Omit<StoreOpenOptions<T>, 'clearInvalidConfig' | 'cache' | 'configFileMode'>,
  what: RecoveredFile,
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
