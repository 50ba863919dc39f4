// Recognises the vault's secrets without holding them: a keyed hash (HMAC
// with a key made for this process) of every secret the vault encrypted or
// decrypted, and their lengths so that most strings are ruled out unhashed.
// The IPC gate asks it about every string of every response.
import { createHmac, randomBytes } from 'node:crypto';

/**
 * Shorter values are not registered: a 4-character passphrase could equal an
 * ordinary string of a snapshot and make the gate refuse a harmless answer.
 */
export const MIN_RECOGNISED_LENGTH = 8;

export interface SecretRecognizer {
  remember(secret: string): void;
  recognizes(value: string): boolean;
}

export function createSecretRecognizer(): SecretRecognizer {
  const key = randomBytes(32);
  const digests = new Set<string>();
  const lengths = new Set<number>();
  const digest = (value: string): string => createHmac('sha256', key).update(value, 'utf8').digest('base64');
  return {
    remember(secret) {
      if (secret.length < MIN_RECOGNISED_LENGTH) return;
      lengths.add(secret.length);
      digests.add(digest(secret));
    },
    recognizes: (value) => lengths.has(value.length) && digests.has(digest(value)),
  };
}
