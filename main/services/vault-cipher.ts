// Encrypts and decrypts single vault values with safeStorage, remembering each
// plain value so the IPC gate can recognise it later.
import type { SecretRecognizer } from './secret-recognizer';
import type { VaultDisk } from './vault-disk';
import type { SafeStorageLike } from './vault-encryption';
import { decryptFailure, type SecretSlot } from './vault-error';
import type { VaultFile } from './vault-file';

/** Where a decrypted value sits in the file, so a re-encrypted one can replace it. */
export type LocateSlot = (file: VaultFile) => { get(): string | undefined; set(v: string): void };

export interface VaultCipher {
  /** Base64 ciphertext of `plain`. */
  encrypt(plain: string): Promise<string>;
  /** Decrypts one stored value (`what` names it in errors); re-encrypts it in place when safeStorage asks. */
  decrypt(cipher: string, what: SecretSlot, locate: LocateSlot): Promise<string>;
}

export interface VaultCipherOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  known: SecretRecognizer;
  disk: VaultDisk;
}

export function createVaultCipher({ safeStorage, platform, known, disk }: VaultCipherOptions): VaultCipher {
  async function encrypt(plain: string): Promise<string> {
    known.remember(plain);
    return (await safeStorage.encryptStringAsync(plain)).toString('base64');
  }

  async function decrypt(cipher: string, what: SecretSlot, locate: LocateSlot): Promise<string> {
    let result: string;
    let shouldReEncrypt: boolean;
    try {
      ({ result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(cipher, 'base64')));
    } catch (error) {
      throw decryptFailure(error, what, platform);
    }
    known.remember(result);
    if (shouldReEncrypt) {
      const fresh = await encrypt(result);
      await disk.mutate((file) => {
        const slot = locate(file);
        // Only replace what we decrypted: a newer value written meanwhile wins.
        if (slot.get() === cipher) slot.set(fresh);
      });
    }
    return result;
  }

  return { encrypt, decrypt };
}
