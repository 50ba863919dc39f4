// The local store's connection metadata and last-known balances. Both are
// here because removing a connection removes its balance too.
import { randomUUID } from 'node:crypto';
import { CONNECTION_NAME_MAX_LENGTH } from '../../common/settings';
import { hasInvisible } from '../../common/visible-text';
import type { ConnectionBalances, ConnectionMeta, PortfolioSyncStatus } from '../../common/types';
import type { BalanceStore, DataStore } from './local-store-engine';
import { StoreError } from './settings-schema';

export type ConnectionStatusPatch = Partial<Pick<ConnectionMeta, 'lastSyncAt' | 'lastError' | 'portfolioId'>>;

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

function cleanName(name: unknown): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed === '' || trimmed.length > CONNECTION_NAME_MAX_LENGTH) {
    throw new StoreError('invalid_request', { problem: { id: 'connection_name' } });
  }
  // A name that can reorder or hide what is shown beside it never reaches the screen.
  if (hasInvisible(trimmed)) throw new StoreError('invalid_request', { problem: { id: 'invisible_characters', what: 'connection_name' } });
  return trimmed;
}

/**
 * A connection stored before it could be left out of the total is counted, as
 * it was; one stored before key ages were kept has had its keys since it was added.
 */
const withDefaults = (meta: ConnectionMeta): ConnectionMeta => ({
  ...meta,
  countInTotal: meta.countInTotal !== false,
  keysSetAt: typeof meta.keysSetAt === 'number' ? meta.keysSetAt : meta.createdAt,
});

export function connectionOps(store: DataStore, balances: BalanceStore, now: () => number) {
  const connections = (): ConnectionMeta[] => store.get('connections').map(withDefaults);

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

  return {
    listConnections: (): ConnectionMeta[] => [...connections()],

    getConnection: (id: string): ConnectionMeta | null => connections().find((c) => c.id === id) ?? null,

    addConnection(input: { exchangeId: string; name: string; id?: string }): ConnectionMeta {
      if (typeof input.exchangeId !== 'string' || !/^[\w.-]{1,64}$/.test(input.exchangeId)) {
        throw new StoreError('invalid_request', { problem: { id: 'exchange_id' } });
      }
      const at = now();
      const meta: ConnectionMeta = {
        id: input.id ?? randomUUID(),
        exchangeId: input.exchangeId,
        name: cleanName(input.name),
        createdAt: at,
        portfolioId: null,
        lastSyncAt: null,
        lastError: null,
        countInTotal: true,
        keysSetAt: at,
      };
      if (connections().some((c) => c.id === meta.id)) {
        throw new StoreError('invalid_request', { problem: { id: 'duplicate_connection' } });
      }
      store.set('connections', [...connections(), meta]);
      return meta;
    },

    renameConnection: (id: string, name: string): ConnectionMeta => replaceConnection(id, { name: cleanName(name) }),

    setConnectionStatus: (id: string, patch: ConnectionStatusPatch): ConnectionMeta => replaceConnection(id, patch),

    setCountInTotal: (id: string, countInTotal: boolean): ConnectionMeta => replaceConnection(id, { countInTotal }),

    /** New keys were saved: their age, and so the rotation reminder, starts again. */
    keysReplaced: (id: string): ConnectionMeta => replaceConnection(id, { keysSetAt: now() }),

    /** Removes the metadata, its key reminder and last-known balance. Secrets live in the vault. */
    removeConnection(id: string): void {
      findConnection(id);
      store.set('connections', connections().filter((c) => c.id !== id));
      const { [id]: _reminded, ...reminders } = store.get('keyReminders');
      store.set('keyReminders', reminders);
      const { [id]: _removed, ...rest } = balances.get('balances');
      balances.set('balances', rest);
    },
  };
}

export function balanceOps(store: BalanceStore) {
  return {
    getBalances: (): Record<string, ConnectionBalances> => ({ ...store.get('balances') }),

    /** Stores a fetched balance unless the rule above keeps the last-known one. Returns whether it stored. */
    setBalances(next: ConnectionBalances, status: PortfolioSyncStatus): boolean {
      const all = store.get('balances');
      if (!shouldReplaceLastKnown(all[next.connectionId], next, status)) return false;
      store.set('balances', { ...all, [next.connectionId]: next });
      return true;
    },
  };
}
