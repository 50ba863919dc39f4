// Electron's safeStorage async API as shell/browser/api/electron_api_safe_storage.cc
// (44-x-y) behaves: nothing before ready; isAsyncEncryptionAvailable() resolves
// true once any key provider is up — on Linux also the fallback with a
// hard-coded key, whose ciphertext Chromium tags `v10` (a keyring key: `v11`);
// getSelectedStorageBackend() exists on Linux only and reports the synchronous
// OSCrypt's choice from the desktop name, whatever the async encryptor uses;
// a locked keyring rejects "temporarily unavailable", a changed one fails to decrypt.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { SafeStorage } from 'electron';
import type { DesktopWorld } from './world';

const HARD_CODED_KEY = createHash('sha256').update('peanuts').digest();

type AsyncMembers = Pick<SafeStorage, 'encryptStringAsync' | 'decryptStringAsync' | 'isAsyncEncryptionAvailable'>;

export function createSafeStorageDouble(world: DesktopWorld): AsyncMembers & Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>> {
  const model = world.options.safeStorage;
  const key = (): Buffer => (model.cipherPrefix === 'v10' && world.platform.processPlatform === 'linux' ? HARD_CODED_KEY : world.machine.keyringKey);
  const notReady = (): Promise<never> => Promise.reject(new Error('safeStorage cannot be used before app is ready'));

  const api: AsyncMembers & Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>> = {
    isAsyncEncryptionAvailable: async () => world.ready,
    encryptStringAsync: async (plainText) => {
      if (!world.ready) return notReady();
      world.touch('safeStorage.encryptStringAsync');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key(), iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from(model.cipherPrefix), iv, cipher.getAuthTag(), body]);
    },
    decryptStringAsync: async (encrypted) => {
      if (!world.ready) return notReady();
      if (!Buffer.isBuffer(encrypted)) throw new Error('Expected the first argument of decryptStringAsync() to be a buffer');
      if (model.locked) throw new Error('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.');
      try {
        const iv = encrypted.subarray(3, 15);
        const tag = encrypted.subarray(15, 31);
        const decipher = createDecipheriv('aes-256-gcm', key(), iv);
        decipher.setAuthTag(tag);
        const result = Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
        return { shouldReEncrypt: false, result };
      } catch {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.');
      }
    },
  };
  if (world.platform.processPlatform === 'linux') {
    api.getSelectedStorageBackend = () => (world.ready ? (model.backend ?? 'basic_text') : 'unknown');
  }
  return api;
}
