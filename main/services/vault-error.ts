// The error the vault throws (codes: encryption_unavailable, invalid_request,
// internal). Its message never contains a secret.
import { ServiceError } from './service-error';

export class VaultError extends ServiceError {
  override name = 'VaultError';
}

/** Why secrets cannot be stored on this machine, phrased as what to do about it. */
export function unavailableReason(platform: NodeJS.Platform, backend: string | null): string {
  if (platform === 'linux') {
    const found =
      backend === 'basic_text'
        ? 'Linux reports no keyring (the "basic_text" password store), which would keep your keys in a form anyone with your files could read'
        : 'no system keyring could be reached';
    return (
      `Tallybar cannot store keys safely: ${found}. ` +
      'Install and unlock a Secret Service keyring such as GNOME Keyring (gnome-keyring) or KWallet, then restart Tallybar.'
    );
  }
  if (platform === 'darwin') {
    return 'Tallybar cannot store keys safely: the macOS Keychain is not available. Unlock your login keychain, then restart Tallybar.';
  }
  return 'Tallybar cannot store keys safely: the system encryption service is not available. Sign in to your user account normally (not as a temporary profile), then restart Tallybar.';
}
