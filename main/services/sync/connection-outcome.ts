// What a connection's answers leave behind: its balances and status in the
// store, the error it shows, and the notification of a finished sync.
import type { ConnectionMeta, ExchangeBalance, PlainError } from '../../../common/types';
import { connectionName } from './connection-names';
import type { ConnectionDeps } from './connection-deps';
import type { Slot } from './slot';
import { syncedNotice } from './sync-notice';
import type { SyncStore } from './types';

export function showError(store: Pick<SyncStore, 'setConnectionStatus'>, meta: ConnectionMeta, slot: Slot, plain: PlainError): void {
  slot.state = 'error';
  slot.lastError = plain;
  store.setConnectionStatus(meta.id, { lastError: plain });
}

export function saveBalance(store: SyncStore, meta: ConnectionMeta, answer: ExchangeBalance, now: number): void {
  const status = answer.portfolio.status;
  const previous = store.getBalances()[meta.id];
  // A portfolio that synced before and is re-syncing answers with part of
  // its rows: keep the complete last-known balance instead of a lower one.
  const keepComplete = status === 'syncing' && meta.lastSyncAt !== null && (previous?.rows.length ?? 0) > 0;
  if (!keepComplete) store.setBalances({ connectionId: meta.id, fetchedAt: now, rows: answer.balances }, status);
  store.setConnectionStatus(meta.id, {
    portfolioId: answer.portfolio.id,
    lastError: null,
    ...(status === 'synced' ? { lastSyncAt: now } : {}),
  });
}

export function notifySynced(
  deps: Pick<ConnectionDeps, 'store' | 'notify' | 'locale' | 'exchangeName'>,
  meta: ConnectionMeta,
  answer: ExchangeBalance,
): void {
  // Whether notifications are on is the app's decision (create-app's notify): a
  // synced transition still matters to it (enrichment) when they are off.
  deps.notify(syncedNotice({
    connectionId: meta.id,
    name: connectionName(meta, deps.exchangeName),
    rows: answer.balances,
    settings: deps.store.getSettings(),
    rates: deps.store.getRates().value,
    locale: deps.locale,
  }));
}
