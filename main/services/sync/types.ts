// The narrow collaborators the sync engine works with. Each is the slice of a
// real service it uses (CoinStats client, settings store, vault, governor), so
// the engine is built from the real ones in the app and in tests alike.
import type { ConnectionBalances, ConnectionMeta, ConnectionState, CurrencyRates, ExchangeBalance, PlainError, PortfolioSyncStatus } from '../../../common/types';
import type { Settings } from '../../../common/settings';
import type { DetailsTab } from '../../../common/contract';
import type { Clock } from '../clock';
import type { CreditGovernor } from '../credit-governor';
import type { Enrichment } from '../enrichment';

export interface SyncClient {
  getExchangeBalance(req: {
    connectionId: string;
    connectionFields: Record<string, string>;
    name?: string;
  }): Promise<ExchangeBalance>;
  getExchangeStatus(portfolioId: string): Promise<{ status: PortfolioSyncStatus } | PortfolioSyncStatus>;
}

export interface SyncStore {
  getSettings(): Settings;
  listConnections(): ConnectionMeta[];
  getConnection(id: string): ConnectionMeta | null;
  setConnectionStatus(
    id: string,
    patch: Partial<Pick<ConnectionMeta, 'lastSyncAt' | 'lastError' | 'portfolioId'>>,
  ): unknown;
  getBalances(): Record<string, ConnectionBalances>;
  /** Returns false when the "syncing + empty never overwrites" rule kept the last-known balance. */
  setBalances(next: ConnectionBalances, status: PortfolioSyncStatus): boolean;
  getRates(): { value: CurrencyRates; fetchedAt: number | null };
}

export interface SyncSecrets {
  getConnectionSecrets(connId: string): Promise<Record<string, string> | null>;
}

export type SyncNotificationKind = 'synced' | 'key_rejected' | 'credits_low' | 'alert' | 'key_rotation';

export interface SyncNotification {
  kind: SyncNotificationKind;
  title: string;
  body: string;
  connectionId?: string;
  /** Where its click leads, when the kind alone does not say (an alert). */
  tab?: DetailsTab;
}

export interface SyncDeps {
  client: SyncClient;
  secrets: SyncSecrets;
  store: SyncStore;
  clock: Clock;
  governor: CreditGovernor;
  enrichment?: Enrichment;
  notify: (n: SyncNotification) => void;
  /** Something the UI shows changed (state, balances, refreshing flag). */
  onChange?: () => void;
  /** Connections refreshed at once; pacing itself is the client's pacer. Default 3. */
  concurrency?: number;
  /** For jittered backoff; injected so tests are deterministic. */
  random?: () => number;
  /** Locale for amounts in notifications. */
  locale?: string;
  /** Exchange display names (from `/exchange/support`), for messages. */
  exchangeName?: (exchangeId: string) => string | null;
}

export interface ConnectionRuntime {
  state: ConnectionState;
  lastError: PlainError | null;
}

export interface RefreshOptions {
  userInitiated: boolean;
}
