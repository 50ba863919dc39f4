// The vault's operations on the CoinStats API key.
import type { Vault, VaultParts } from './vault-types';
import { cleanSecret } from './vault-file';

export type ApiKeyOps = Pick<Vault, 'setApiKey' | 'getApiKey' | 'apiKeyHint' | 'clearApiKey'>;

export function apiKeyOps({ disk, encryption, cipher, hints }: VaultParts): ApiKeyOps {
  async function getApiKey(): Promise<string | null> {
    const stored = (await disk.load()).apiKey;
    if (stored === null) return null;
    await encryption.require();
    return cipher.decrypt(stored, {}, (file) => ({
      get: () => file.apiKey ?? undefined,
      set: (v) => (file.apiKey = v),
    }));
  }

  return {
    getApiKey,

    async setApiKey(key) {
      const clean = cleanSecret(key, { what: 'api_key' });
      await encryption.require();
      const encrypted = await cipher.encrypt(clean);
      await disk.mutate((file) => {
        file.apiKey = encrypted;
      });
    },

    async apiKeyHint() {
      if ((await disk.load()).apiKey === null) return null;
      return hints.hintFor('api', getApiKey);
    },

    clearApiKey: () =>
      disk.mutate((file) => {
        file.apiKey = null;
      }),
  };
}
