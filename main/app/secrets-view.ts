// What main shows about secrets, never the secrets: whether they can be
// stored here, and the masked hints of the CoinStats key and each connection.
import type { AppSnapshot } from '../../common/types';
import { isTallybarError } from '../../common/tallybar-error';
import type { StoreNotice } from '../services/store-recovery';
import { MASK } from '../services/vault-file';
import type { Session } from './session';

export interface SecretsState {
  secretsAvailable: AppSnapshot['secretsAvailable'];
  apiKeyHint: string | null;
  hints: ReadonlyMap<string, Record<string, string>>;
}

export function createSecretsView(session: () => Session, notice: (n: StoreNotice) => void) {
  let state: SecretsState = { secretsAvailable: { ok: true }, apiKeyHint: null, hints: new Map() };

  /**
   * A saved secret that cannot be decrypted (keyring locked, or changed since)
   * must not stop the app: it shows as set but unreadable, and the vault's
   * words (unlock and retry, or enter it again) become a notice.
   */
  async function readableHint<T>(read: () => Promise<T>, unreadable: T): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (!isTallybarError(error)) throw error;
      notice({ id: `vault:${error.code}`, message: error.message, error: error.toStored() });
      return unreadable;
    }
  }

  return {
    current: (): SecretsState => state,

    async load(): Promise<void> {
      const { vault, store } = session();
      const secretsAvailable = await vault.status();
      const apiKeyHint = await readableHint(() => vault.apiKeyHint(), MASK);
      const hints = new Map<string, Record<string, string>>();
      for (const meta of store.listConnections()) hints.set(meta.id, await readableHint(() => vault.connectionHints(meta.id), {}));
      state = { secretsAvailable, apiKeyHint, hints };
    },
  };
}
