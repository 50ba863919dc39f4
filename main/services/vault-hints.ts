// Masked hints of stored secrets. Hints are derived from decrypted values;
// caching them avoids a keychain round trip (and, on macOS, a possible prompt)
// on every snapshot.
import type { VaultEncryption } from './vault-encryption';
import { MASK, maskSecret } from './vault-file';

export interface VaultHints {
  /** A hint when it can be computed, a bare mask when encryption is unavailable. */
  hintFor(cacheKey: string, reveal: () => Promise<string | null>): Promise<string | null>;
  /** Forgets every hint; called whenever the file changes. */
  clear(): void;
}

export function createVaultHints(encryption: VaultEncryption): VaultHints {
  const cache = new Map<string, string>();
  return {
    async hintFor(cacheKey, reveal) {
      const cached = cache.get(cacheKey);
      if (cached !== undefined) return cached;
      if (!(await encryption.status()).ok) return MASK;
      const value = await reveal();
      if (value === null) return null;
      const hint = maskSecret(value);
      cache.set(cacheKey, hint);
      return hint;
    },
    clear: () => cache.clear(),
  };
}
