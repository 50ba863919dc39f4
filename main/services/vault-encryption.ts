// Whether this machine can keep the vault's secrets encrypted at all. The
// answer comes from safeStorage, but on Linux its own report is not enough:
// see encryptsWithHardCodedKey below.
import type { SafeStorage } from 'electron';
import type { KeystoreGap } from '../../common/error-facts';
import { keystoreReason } from '../../common/error-words';
import { keystoreGap, LINUX_HARD_CODED_KEY_PREFIX, VaultError } from './vault-error';

const unavailable = (gap: KeystoreGap): VaultStatus => ({ ok: false, reason: keystoreReason(gap), gap });

/** The part of Electron's SafeStorage the vault uses; fakes must satisfy it. */
export type SafeStorageLike = Pick<
  SafeStorage,
  'encryptStringAsync' | 'decryptStringAsync' | 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend'
>;

/** `gap` says why in a form any language words again (snapshot.ts); `reason` is its words when it was asked. */
export type VaultStatus = { ok: true } | { ok: false; reason: string; gap: KeystoreGap };

export interface VaultEncryption {
  status(): Promise<VaultStatus>;
  /** Throws VaultError('encryption_unavailable') unless status() is ok. */
  require(): Promise<void>;
}

export interface VaultEncryptionOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** Resolves when Electron's app is ready; safeStorage is not touched before. */
  whenReady: () => Promise<void>;
}

export function createVaultEncryption(options: VaultEncryptionOptions): VaultEncryption {
  const { safeStorage, platform } = options;
  const encryptsWithHardCodedKey = hardCodedKeyProbe(safeStorage);
  let ready: Promise<void> | null = null;

  async function status(): Promise<VaultStatus> {
    ready ??= options.whenReady();
    await ready;
    const available = await safeStorage.isAsyncEncryptionAvailable();
    // On Linux, basic_text "encrypts" with a hard-coded password: treat it as
    // no encryption at all (as Signal-Desktop does). 'unknown' means the
    // backend could not be determined, which we cannot vouch for either.
    const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
    if (!available || backend === 'basic_text' || backend === 'unknown') {
      return unavailable(keystoreGap(platform, available ? backend : null));
    }
    if (platform === 'linux' && (await encryptsWithHardCodedKey())) return unavailable(keystoreGap(platform, 'hard_coded_key'));
    return { ok: true };
  }

  return {
    status,
    async require() {
      const current = await status();
      if (!current.ok) throw new VaultError('encryption_unavailable', { keystore: current.gap });
    },
  };
}

/**
 * getSelectedStorageBackend() reports the old synchronous API's choice (from
 * the desktop's name), not the async encryptor's: with no Secret Service
 * running, the async API falls back to a hard-coded key and still reports
 * itself available (electron_api_safe_storage.cc). Chromium tags what that
 * key encrypts with `v10`, and keyring-protected ciphertext with `v11`.
 * Asked once per vault: a keyring that appears needs a restart anyway.
 */
function hardCodedKeyProbe(safeStorage: SafeStorageLike): () => Promise<boolean> {
  let hardCodedKey: Promise<boolean> | null = null;
  return function encryptsWithHardCodedKey() {
    hardCodedKey ??= safeStorage
      .encryptStringAsync('tallybar-keyring-probe')
      .then((probe) => probe.subarray(0, 3).toString('latin1') === LINUX_HARD_CODED_KEY_PREFIX)
      .catch(() => {
        hardCodedKey = null;
        return true;
      });
    return hardCodedKey;
  };
}
