// The one error the vault throws. Its message is written for the user and never
// contains a secret, so it may cross IPC as is (through toPlain()).
import type { ErrorCode, PlainError } from '../core/types';

export class VaultError extends Error {
  override readonly name = 'VaultError';
  readonly code: ErrorCode;
  readonly action: string | undefined;

  constructor(code: ErrorCode, message: string, action?: string) {
    super(message);
    this.code = code;
    this.action = action;
  }

  toPlain(): PlainError {
    return this.action === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, action: this.action };
  }
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
