// The vault's operations on each exchange connection's credentials.
import type { Vault, VaultParts } from './vault-types';
import { VaultError } from './vault-error';
import { cleanConnId, cleanFieldKey, cleanSecret } from './vault-file';

export type ConnectionSecretOps = Pick<
  Vault,
  'setConnectionSecrets' | 'getConnectionSecrets' | 'connectionHints' | 'removeConnection'
>;

export function connectionSecretOps({ disk, encryption, cipher, hints }: VaultParts): ConnectionSecretOps {
  async function getConnectionSecrets(connId: string): Promise<Record<string, string> | null> {
    const stored = (await disk.load()).connections[cleanConnId(connId)];
    if (!stored) return null;
    await encryption.require();
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(stored)) {
      out[key] = await cipher.decrypt(value, { field: key }, (file) => ({
        get: () => file.connections[connId]?.[key],
        set: (v) => {
          const fields = file.connections[connId];
          if (fields) fields[key] = v;
        },
      }));
    }
    return out;
  }

  return {
    getConnectionSecrets,

    async setConnectionSecrets(connId, fields) {
      const id = cleanConnId(connId);
      const entries = Object.entries(fields ?? {});
      if (entries.length === 0) throw new VaultError('invalid_request', { problem: { id: 'no_credentials' } });
      await encryption.require();
      const encrypted: Record<string, string> = {};
      for (const [key, value] of entries) {
        encrypted[cleanFieldKey(key)] = await cipher.encrypt(cleanSecret(value, { what: 'field', field: key }));
      }
      await disk.mutate((file) => {
        file.connections[id] = encrypted;
      });
    },

    async connectionHints(connId) {
      const stored = (await disk.load()).connections[cleanConnId(connId)];
      if (!stored) return {};
      const found: Record<string, string> = {};
      let secrets: Record<string, string> | null | undefined;
      for (const key of Object.keys(stored)) {
        const hint = await hints.hintFor(`conn:${connId}:${key}`, async () => {
          secrets ??= await getConnectionSecrets(connId);
          return secrets?.[key] ?? null;
        });
        if (hint !== null) found[key] = hint;
      }
      return found;
    },

    // Removal never needs encryption: wiping must work even with no keyring.
    async removeConnection(connId) {
      const id = cleanConnId(connId);
      await disk.mutate((file) => {
        delete file.connections[id];
      });
    },
  };
}
