// Production safeStorage for the vault. Only delegates: all decisions live in
// main/services/vault.ts, which also waits for app ready before any call.
import { safeStorage } from 'electron';
import type { SafeStorageLike } from '../services/vault';

export const electronSafeStorage: SafeStorageLike = {
  encryptStringAsync: (plainText) => safeStorage.encryptStringAsync(plainText),
  decryptStringAsync: (encrypted) => safeStorage.decryptStringAsync(encrypted),
  isAsyncEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
  getSelectedStorageBackend: () => safeStorage.getSelectedStorageBackend(),
};
