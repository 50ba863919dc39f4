// The error the vault throws (codes: encryption_unavailable, keyring_locked,
// invalid_request, internal). Its facts never hold a secret.
import type { KeystoreGap, LockedKeyring } from '../../common/error-facts';
import { TallybarError } from '../../common/tallybar-error';

/** Which secret an operation is about: the CoinStats API key, or one field of a connection's credentials. */
export interface SecretSlot {
  field?: string;
}

export class VaultError extends TallybarError {
  override name = 'VaultError';
}

/** Why secrets cannot be stored on this machine (worded by error-words' keystoreReason). */
export function keystoreGap(platform: NodeJS.Platform, backend: string | null): KeystoreGap {
  if (platform === 'linux') {
    return backend === 'basic_text' ? 'linux_basic_text' : backend === 'hard_coded_key' ? 'linux_hard_coded_key' : 'linux_none';
  }
  return platform === 'darwin' ? 'macos' : 'other';
}

/** Chromium's tag for ciphertext made with Linux's hard-coded fallback key (os_crypt, "v10"). */
export const LINUX_HARD_CODED_KEY_PREFIX = 'v10';

/** safeStorage's wording when the keyring is locked rather than gone (electron_api_safe_storage.cc). */
const TEMPORARILY_UNAVAILABLE = /temporarily unavailable/i;

/**
 * A keyring that is locked will open again: try later. One that changed
 * (reinstalled, another machine) will never decrypt this value: enter it again.
 */
export function decryptFailure(error: unknown, what: SecretSlot, platform: NodeJS.Platform): VaultError {
  const message = error instanceof Error ? error.message : '';
  const secret = what.field === undefined ? { secret: 'api_key' as const } : { secret: 'connection_field' as const, secretField: what.field };
  if (TEMPORARILY_UNAVAILABLE.test(message)) {
    const keyring: LockedKeyring = platform === 'darwin' ? 'keychain' : platform === 'linux' ? 'linux' : 'account';
    return new VaultError('keyring_locked', { ...secret, keyring });
  }
  return new VaultError('internal', secret);
}
