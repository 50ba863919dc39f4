// The vault file's format (base64 ciphertext only), its parser, and the
// checks on what callers hand the vault. Kept apart so vault.ts is the flow.
import { VaultError } from './vault-error';

/** What the vault file holds: base64 ciphertext only. */
export interface VaultFile {
  version: 1;
  apiKey: string | null;
  connections: Record<string, Record<string, string>>;
}

export const MASK = '••••';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * `••••` + the last 4 characters (code points: an emoji is never cut in half
 * into a lone surrogate). Values shorter than 8 show no characters at all, so
 * a hint never reveals half of a short secret.
 */
export function maskSecret(value: string): string {
  const chars = Array.from(value);
  return chars.length >= 8 ? MASK + chars.slice(-4).join('') : MASK;
}

export const emptyFile = (): VaultFile => ({ version: 1, apiKey: null, connections: {} });

export function parseVaultFile(text: string): VaultFile | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, apiKey, connections } = data as Record<string, unknown>;
  if (version !== 1) return null;
  if (apiKey !== null && !(typeof apiKey === 'string' && BASE64.test(apiKey))) return null;
  if (typeof connections !== 'object' || connections === null || Array.isArray(connections)) return null;
  for (const fields of Object.values(connections)) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return null;
    for (const value of Object.values(fields)) {
      if (typeof value !== 'string' || !BASE64.test(value)) return null;
    }
  }
  return data as VaultFile;
}

export function cleanSecret(value: string, what: { what: 'api_key' } | { what: 'field'; field: string }): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '') throw new VaultError('invalid_request', { problem: { id: 'empty_value', ...what } });
  return trimmed;
}

// Ids and field names become JSON object keys; these would reach the prototype.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function cleanConnId(connId: string): string {
  if (typeof connId !== 'string' || connId.trim() === '' || RESERVED_KEYS.has(connId)) {
    throw new VaultError('invalid_request', { problem: { id: 'connection_id' } });
  }
  return connId;
}

export function cleanFieldKey(key: string): string {
  if (key.trim() === '' || RESERVED_KEYS.has(key)) {
    throw new VaultError('invalid_request', { problem: { id: 'field_name', field: key } });
  }
  return key;
}
