// The names a person reads for a connection: their own name for it in
// notifications, the exchange's name in error messages.
import type { ConnectionMeta } from '../../../common/types';
import type { SyncDeps } from './types';

type ExchangeName = SyncDeps['exchangeName'];

export function connectionName(meta: ConnectionMeta, exchangeName: ExchangeName): string {
  return meta.name || exchangeName?.(meta.exchangeId) || meta.exchangeId;
}

export function exchangeNameOf(meta: ConnectionMeta, exchangeName: ExchangeName): string {
  return exchangeName?.(meta.exchangeId) ?? connectionName(meta, exchangeName);
}
