// The vault: Tallybar's only holder of secrets (the CoinStats API key and each
// connection's exchange credentials). Secrets are encrypted with Electron's
// safeStorage and only ciphertext (base64) ever reaches the disk, in one JSON
// file written atomically with mode 0600. The rest of the app gets masked hints;
// decrypted values go only to the CoinStats client, at call time.
//
// It receives safeStorage instead of importing electron, so it runs under Node
// in tests with a fake typed against the real SafeStorage.
import type { SafeStorage } from 'electron';
import { createSecretRecognizer } from './secret-recognizer';
import { readTextIfExists, writeFileAtomic } from './secret-file';
import { moveAside, recoveryNotice, type StoreNotice } from './store-recovery';
import {
  cleanConnId,
  cleanFieldKey,
  cleanSecret,
  emptyFile,
  MASK,
  maskSecret,
  parseVaultFile,
  type VaultFile,
} from './vault-file';
import { decryptFailure, LINUX_HARD_CODED_KEY_PREFIX, unavailableReason, VaultError } from './vault-error';

export { VaultError } from './vault-error';
export { maskSecret } from './vault-file';

/** The part of Electron's SafeStorage the vault uses; fakes must satisfy it. */
export type SafeStorageLike = Pick<
  SafeStorage,
  'encryptStringAsync' | 'decryptStringAsync' | 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend'
>;

export type VaultStatus = { ok: true } | { ok: false; reason: string };

export interface VaultOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  filePath: string;
  /** Resolves when Electron's app is ready; safeStorage is not touched before. */
  whenReady: () => Promise<void>;
  now?: () => number;
}

export interface Vault {
  status(): Promise<VaultStatus>;
  /** Whether `value` is a secret this vault stored or decrypted in this process (the IPC gate's last check). */
  isSecret(value: string): boolean;
  setApiKey(key: string): Promise<void>;
  /** Decrypted key, for the CoinStats client only; null when none is stored. */
  getApiKey(): Promise<string | null>;
  /** `••••a1b2`, or null when no key is stored. */
  apiKeyHint(): Promise<string | null>;
  clearApiKey(): Promise<void>;
  setConnectionSecrets(connId: string, fields: Record<string, string>): Promise<void>;
  /** Decrypted fields, for the CoinStats client only; null when none are stored. */
  getConnectionSecrets(connId: string): Promise<Record<string, string> | null>;
  /** Masked hint per field; empty when none are stored. */
  connectionHints(connId: string): Promise<Record<string, string>>;
  removeConnection(connId: string): Promise<void>;
  forgetAll(): Promise<void>;
  /** Messages for the user, e.g. that an unreadable vault file was kept aside. */
  notices(): Promise<StoreNotice[]>;
}

export function createVault(options: VaultOptions): Vault {
  const { safeStorage, platform, filePath } = options;
  const now = options.now ?? Date.now;
  const recovered: StoreNotice[] = [];
  let ready: Promise<void> | null = null;
  let loaded: Promise<VaultFile> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  // Hints are derived from decrypted values; caching them avoids a keychain
  // round trip (and, on macOS, a possible prompt) on every snapshot.
  const hintCache = new Map<string, string>();
  const known = createSecretRecognizer();

  function load(): Promise<VaultFile> {
    loaded ??= (async () => {
      const text = await readTextIfExists(filePath);
      if (text === null) return emptyFile();
      const parsed = parseVaultFile(text);
      if (parsed) return parsed;
      const backup = moveAside(filePath, now());
      recovered.push(recoveryNotice('saved keys', backup, 'your keys need to be entered again'));
      return emptyFile();
    })();
    return loaded;
  }

  /** Serialises read-modify-write so concurrent calls never lose an update. */
  function mutate(change: (file: VaultFile) => void): Promise<void> {
    const run = queue.then(async () => {
      const file = await load();
      change(file);
      hintCache.clear();
      await writeFileAtomic(filePath, JSON.stringify(file));
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function status(): Promise<VaultStatus> {
    ready ??= options.whenReady();
    await ready;
    const available = await safeStorage.isAsyncEncryptionAvailable();
    // On Linux, basic_text "encrypts" with a hard-coded password: treat it as
    // no encryption at all (as Signal-Desktop does). 'unknown' means the
    // backend could not be determined, which we cannot vouch for either.
    const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
    if (!available || backend === 'basic_text' || backend === 'unknown') {
      return { ok: false, reason: unavailableReason(platform, available ? backend : null) };
    }
    if (platform === 'linux' && (await encryptsWithHardCodedKey())) return { ok: false, reason: unavailableReason(platform, 'hard_coded_key') };
    return { ok: true };
  }

  /**
   * getSelectedStorageBackend() reports the old synchronous API's choice (from
   * the desktop's name), not the async encryptor's: with no Secret Service
   * running, the async API falls back to a hard-coded key and still reports
   * itself available (electron_api_safe_storage.cc). Chromium tags what that
   * key encrypts with `v10`, and keyring-protected ciphertext with `v11`.
   * Asked once per vault: a keyring that appears needs a restart anyway.
   */
  let hardCodedKey: Promise<boolean> | null = null;
  function encryptsWithHardCodedKey(): Promise<boolean> {
    hardCodedKey ??= safeStorage
      .encryptStringAsync('tallybar-keyring-probe')
      .then((probe) => probe.subarray(0, 3).toString('latin1') === LINUX_HARD_CODED_KEY_PREFIX)
      .catch(() => {
        hardCodedKey = null;
        return true;
      });
    return hardCodedKey;
  }

  async function requireEncryption(): Promise<void> {
    const current = await status();
    if (!current.ok) throw new VaultError('encryption_unavailable', { reason: current.reason });
  }

  async function encrypt(plain: string): Promise<string> {
    known.remember(plain);
    return (await safeStorage.encryptStringAsync(plain)).toString('base64');
  }

  /** Decrypts one stored value; re-encrypts it in place when safeStorage asks. */
  async function decrypt(
    cipher: string,
    what: string,
    locate: (file: VaultFile) => { get(): string | undefined; set(v: string): void },
  ): Promise<string> {
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
      await mutate((file) => {
        const slot = locate(file);
        // Only replace what we decrypted: a newer value written meanwhile wins.
        if (slot.get() === cipher) slot.set(fresh);
      });
    }
    return result;
  }

  async function getApiKey(): Promise<string | null> {
    const cipher = (await load()).apiKey;
    if (cipher === null) return null;
    await requireEncryption();
    return decrypt(cipher, 'CoinStats API key', (file) => ({
      get: () => file.apiKey ?? undefined,
      set: (v) => (file.apiKey = v),
    }));
  }

  async function getConnectionSecrets(connId: string): Promise<Record<string, string> | null> {
    const stored = (await load()).connections[cleanConnId(connId)];
    if (!stored) return null;
    await requireEncryption();
    const out: Record<string, string> = {};
    for (const [key, cipher] of Object.entries(stored)) {
      out[key] = await decrypt(cipher, `"${key}" of this exchange connection`, (file) => ({
        get: () => file.connections[connId]?.[key],
        set: (v) => {
          const fields = file.connections[connId];
          if (fields) fields[key] = v;
        },
      }));
    }
    return out;
  }

  /** A hint when it can be computed, a bare mask when encryption is unavailable. */
  async function hintFor(cacheKey: string, reveal: () => Promise<string | null>): Promise<string | null> {
    const cached = hintCache.get(cacheKey);
    if (cached !== undefined) return cached;
    if (!(await status()).ok) return MASK;
    const value = await reveal();
    if (value === null) return null;
    const hint = maskSecret(value);
    hintCache.set(cacheKey, hint);
    return hint;
  }

  return {
    status,
    isSecret: (value) => known.recognizes(value),
    getApiKey,
    getConnectionSecrets,

    async setApiKey(key) {
      const clean = cleanSecret(key, 'The CoinStats API key');
      await requireEncryption();
      const cipher = await encrypt(clean);
      await mutate((file) => {
        file.apiKey = cipher;
      });
    },

    async apiKeyHint() {
      if ((await load()).apiKey === null) return null;
      return hintFor('api', getApiKey);
    },

    clearApiKey: () =>
      mutate((file) => {
        file.apiKey = null;
      }),

    async setConnectionSecrets(connId, fields) {
      const id = cleanConnId(connId);
      const entries = Object.entries(fields ?? {});
      if (entries.length === 0) throw new VaultError('invalid_request', { problem: { id: 'no_credentials' } });
      await requireEncryption();
      const encrypted: Record<string, string> = {};
      for (const [key, value] of entries) {
        encrypted[cleanFieldKey(key)] = await encrypt(cleanSecret(value, `The field "${key}"`));
      }
      await mutate((file) => {
        file.connections[id] = encrypted;
      });
    },

    async connectionHints(connId) {
      const stored = (await load()).connections[cleanConnId(connId)];
      if (!stored) return {};
      const hints: Record<string, string> = {};
      let secrets: Record<string, string> | null | undefined;
      for (const key of Object.keys(stored)) {
        const hint = await hintFor(`conn:${connId}:${key}`, async () => {
          secrets ??= await getConnectionSecrets(connId);
          return secrets?.[key] ?? null;
        });
        if (hint !== null) hints[key] = hint;
      }
      return hints;
    },

    // Removal never needs encryption: wiping must work even with no keyring.
    async removeConnection(connId) {
      const id = cleanConnId(connId);
      await mutate((file) => {
        delete file.connections[id];
      });
    },

    forgetAll: () =>
      mutate((file) => {
        file.apiKey = null;
        file.connections = {};
      }),

    async notices() {
      await load();
      return [...recovered];
    },
  };
}
