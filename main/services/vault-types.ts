// What the vault offers, and the parts its operations share.
import type { StoreNotice } from './store-recovery';
import type { VaultCipher } from './vault-cipher';
import type { VaultDisk } from './vault-disk';
import type { VaultEncryption, VaultStatus } from './vault-encryption';
import type { VaultHints } from './vault-hints';

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

/** The collaborators the vault's operations share, built once by createVault. */
export interface VaultParts {
  disk: VaultDisk;
  encryption: VaultEncryption;
  cipher: VaultCipher;
  hints: VaultHints;
}
