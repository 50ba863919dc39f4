// The error the vault throws (codes: encryption_unavailable, keyring_locked,
// invalid_request, internal). Its facts never hold a secret.
import { TallybarError } from '../../common/tallybar-error';

export class VaultError extends TallybarError {
  override name = 'VaultError';
}

/** Why secrets cannot be stored on this machine, phrased as what to do about it. */
export function unavailableReason(platform: NodeJS.Platform, backend: string | null): string {
  if (platform === 'linux') {
    const found =
      backend === 'basic_text'
        ? 'Linux reports no keyring (the "basic_text" password store), which would keep your keys in a form anyone with your files could read'
        : backend === 'hard_coded_key'
          ? 'no Secret Service keyring is running, so the system would encrypt your keys with a built-in key anyone could use'
          : 'no system keyring could be reached';
    return (
      `Tallybar cannot store keys safely: ${found}. ` +
      'Install and unlock a Secret Service keyring such as GNOME Keyring (gnome-keyring) or KWallet, then restart Tallybar ' +
      '(or start it with --password-store=gnome-libsecret or --password-store=kwallet6 to pick one).'
    );
  }
  if (platform === 'darwin') {
    return 'Tallybar cannot store keys safely: the macOS Keychain is not available. Unlock your login keychain, then restart Tallybar.';
  }
  return 'Tallybar cannot store keys safely: the system encryption service is not available. Sign in to your user account normally (not as a temporary profile), then restart Tallybar.';
}

/** Chromium's tag for ciphertext made with Linux's hard-coded fallback key (os_crypt, "v10"). */
export const LINUX_HARD_CODED_KEY_PREFIX = 'v10';

/** safeStorage's wording when the keyring is locked rather than gone (electron_api_safe_storage.cc). */
const TEMPORARILY_UNAVAILABLE = /temporarily unavailable/i;

/**
 * A keyring that is locked will open again: try later. One that changed
 * (reinstalled, another machine) will never decrypt this value: enter it again.
 */
export function decryptFailure(error: unknown, what: string, platform: NodeJS.Platform): VaultError {
  const message = error instanceof Error ? error.message : '';
  if (TEMPORARILY_UNAVAILABLE.test(message)) {
    const keyring = platform === 'darwin' ? 'login keychain' : platform === 'linux' ? 'keyring (GNOME Keyring or KWallet)' : 'user account';
    return new VaultError('keyring_locked', { secret: what, keyring });
  }
  return new VaultError('internal', { secret: what });
}
