// The vault: Tallybar's only holder of secrets (the CoinStats API key and each
// connection's exchange credentials). Secrets are encrypted with Electron's
// safeStorage and only ciphertext (base64) ever reaches the disk, in one JSON
// file written atomically with mode 0600. The rest of the app gets masked hints;
// decrypted values go only to the CoinStats client, at call time.
//
// It receives safeStorage instead of importing electron, so it runs under Node
// in tests with a fake typed against the real SafeStorage. This file only
// composes the parts: encryption status (vault-encryption), the file
// (vault-disk), single values (vault-cipher), hints (vault-hints), and the
// operations on the API key (vault-api-key) and on connections (vault-connections).
import { createSecretRecognizer } from './secret-recognizer';
import { apiKeyOps } from './vault-api-key';
import { createVaultCipher } from './vault-cipher';
import { connectionSecretOps } from './vault-connections';
import { createVaultDisk } from './vault-disk';
import { createVaultEncryption, type SafeStorageLike } from './vault-encryption';
import { createVaultHints } from './vault-hints';
import type { Vault, VaultParts } from './vault-types';

export { VaultError } from './vault-error';
export { maskSecret } from './vault-file';
export type { SafeStorageLike, VaultStatus } from './vault-encryption';
export type { Vault, VaultParts } from './vault-types';

export interface VaultOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  filePath: string;
  /** Resolves when Electron's app is ready; safeStorage is not touched before. */
  whenReady: () => Promise<void>;
  now?: () => number;
}

export function createVault(options: VaultOptions): Vault {
  const { safeStorage, platform, filePath } = options;
  const known = createSecretRecognizer();
  const encryption = createVaultEncryption(options);
  const hints = createVaultHints(encryption);
  const disk = createVaultDisk({ filePath, now: options.now ?? Date.now, onChange: () => hints.clear() });
  const cipher = createVaultCipher({ safeStorage, platform, known, disk });
  const parts: VaultParts = { disk, encryption, cipher, hints };

  return {
    status: encryption.status,
    isSecret: (value) => known.recognizes(value),
    ...apiKeyOps(parts),
    ...connectionSecretOps(parts),

    forgetAll: () =>
      disk.mutate((file) => {
        file.apiKey = null;
        file.connections = {};
      }),

    async notices() {
      await disk.load();
      return disk.recovered();
    },
  };
}
