// A stand-in for Electron's safeStorage that really encrypts (AES-256-GCM with
// random per-process keys), typed against Electron's own SafeStorage so API
// drift breaks the build. Controls simulate what real machines do: no
// encryption available, Linux's insecure 'basic_text' store, key rotation.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorage } from 'electron';
import type { SafeStorageLike } from '../../main/services/vault';

type Backend = ReturnType<SafeStorage['getSelectedStorageBackend']>;

export interface FakeSafeStorageControl {
  /** What isAsyncEncryptionAvailable() answers; encrypt/decrypt throw when false. */
  available: boolean;
  backend: Backend;
  /** Force decryptStringAsync to ask for re-encryption. */
  forceReEncrypt: boolean;
  /** Linux without a running Secret Service: the async API encrypts with a hard-coded key (tag v10). */
  hardCodedKey: boolean;
  /** A locked keyring: decryptStringAsync rejects "temporarily unavailable", as Electron's does. */
  locked: boolean;
  /** Every call, by method name, so tests can check what was touched and when. */
  calls: string[];
  /** Start encrypting with a new key; old ciphertext still decrypts, with shouldReEncrypt. */
  rotateKey(): void;
}

// Chromium's OSCrypt prefix for a keyring-protected key; `hardCodedKey` gives Linux's fallback tag.
const KEYRING_VERSION = Buffer.from('v11');
const FALLBACK_VERSION = Buffer.from('v10');

export function createFakeSafeStorage(initial: Partial<Pick<FakeSafeStorageControl, 'available' | 'backend' | 'forceReEncrypt' | 'hardCodedKey'>> = {}): {
  safeStorage: SafeStorageLike;
  control: FakeSafeStorageControl;
} {
  const keys: Buffer[] = [randomBytes(32)];
  const control: FakeSafeStorageControl = {
    available: initial.available ?? true,
    backend: initial.backend ?? 'gnome_libsecret',
    forceReEncrypt: initial.forceReEncrypt ?? false,
    hardCodedKey: initial.hardCodedKey ?? false,
    locked: false,
    calls: [],
    rotateKey: () => void keys.push(randomBytes(32)),
  };

  function requireAvailable(): void {
    if (!control.available) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
  }

  const safeStorage = {
    async encryptStringAsync(plainText: string): Promise<Buffer> {
      control.calls.push('encryptStringAsync');
      requireAvailable();
      const keyId = keys.length - 1;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys[keyId]!, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([control.hardCodedKey ? FALLBACK_VERSION : KEYRING_VERSION, Buffer.from([keyId]), iv, cipher.getAuthTag(), body]);
    },
    async decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
      control.calls.push('decryptStringAsync');
      requireAvailable();
      if (control.locked) throw new Error('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.');
      const tag = encrypted.subarray(0, 3);
      if (!tag.equals(KEYRING_VERSION) && !tag.equals(FALLBACK_VERSION)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const keyId = encrypted[3]!;
      const key = keys[keyId];
      if (!key) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(4, 16));
      decipher.setAuthTag(encrypted.subarray(16, 32));
      const result = Buffer.concat([decipher.update(encrypted.subarray(32)), decipher.final()]).toString('utf8');
      return { result, shouldReEncrypt: control.forceReEncrypt || keyId !== keys.length - 1 };
    },
    async isAsyncEncryptionAvailable(): Promise<boolean> {
      control.calls.push('isAsyncEncryptionAvailable');
      return control.available;
    },
    getSelectedStorageBackend(): Backend {
      control.calls.push('getSelectedStorageBackend');
      return control.backend;
    },
  } satisfies SafeStorageLike;

  return { safeStorage, control };
}
