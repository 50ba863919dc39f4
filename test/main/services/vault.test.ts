import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, maskSecret, VaultError, type SafeStorageLike } from '../../../main/services/vault';
import { createFakeSafeStorage } from '../../support/fake-safe-storage';
import { scanForSecrets } from '../../support/secret-scan';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('tallybar-vault-');
const API_KEY = 'cs-live-7f3a9c2e11d04b5b';
const FIELDS = { apiKey: 'bnb-key-0123456789abcd', apiSecret: 'bnb-secret-zyxw98765432' };

async function setup(options: Parameters<typeof createFakeSafeStorage>[0] = {}, platform: NodeJS.Platform = 'linux') {
  const dir = await tempDir();
  const { safeStorage, control } = createFakeSafeStorage(options);
  const filePath = join(dir, 'secrets.json');
  const open = (storage: SafeStorageLike = safeStorage) =>
    createVault({ safeStorage: storage, platform, filePath, whenReady: async () => {}, now: () => Date.UTC(2026, 10, 25, 9, 30) });
  return { dir, filePath, control, vault: open(), open };
}

async function rejection(promise: Promise<unknown>): Promise<VaultError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(VaultError);
  return error as VaultError;
}

describe('vault', () => {
  it('round-trips the API key and connection fields, and a new vault reads them back', async () => {
    const { vault, open } = await setup();
    await vault.setApiKey(API_KEY);
    await vault.setConnectionSecrets('conn-1', FIELDS);
    const reopened = open();
    expect(await reopened.getApiKey()).toBe(API_KEY);
    expect(await reopened.getConnectionSecrets('conn-1')).toEqual(FIELDS);
    expect(await reopened.getConnectionSecrets('conn-2')).toBeNull();
  });

  it('writes only base64 ciphertext, to an owner-only file, leaving no temp files', async () => {
    const { vault, dir, filePath } = await setup();
    await vault.setApiKey(API_KEY);
    await vault.setConnectionSecrets('conn-1', FIELDS);
    const file = JSON.parse(await readFile(filePath, 'utf8'));
    expect(file.apiKey).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Object.keys(file.connections['conn-1'])).toEqual(['apiKey', 'apiSecret']);
    expect(scanForSecrets(dir, [API_KEY, ...Object.values(FIELDS)])).toEqual([]);
    if (process.platform !== 'win32') expect((await stat(filePath)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['secrets.json']);
  });

  it('gives masked hints only: four dots and the last four characters', async () => {
    const { vault } = await setup();
    expect(await vault.apiKeyHint()).toBeNull();
    await vault.setApiKey(API_KEY);
    await vault.setConnectionSecrets('conn-1', { ...FIELDS, passphrase: 'short' });
    expect(await vault.apiKeyHint()).toBe('••••4b5b');
    expect(await vault.connectionHints('conn-1')).toEqual({ apiKey: '••••abcd', apiSecret: '••••5432', passphrase: '••••' });
    expect(await vault.connectionHints('nope')).toEqual({});
    expect(maskSecret('12345678')).toBe('••••5678');
    expect(maskSecret('1234567')).toBe('••••');
    // Code points, not UTF-16 units: an emoji at the end is kept whole.
    expect(maskSecret('abcdefg\u{1F600}')).toBe('••••efg\u{1F600}');
    expect(maskSecret('\u{1F600}'.repeat(4))).toBe('••••');
  });

  it('does not touch safeStorage before the app is ready', async () => {
    const dir = await tempDir();
    const { safeStorage, control } = createFakeSafeStorage();
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const vault = createVault({ safeStorage, platform: 'darwin', filePath: join(dir, 's.json'), whenReady: () => ready });
    const pending = vault.setApiKey(API_KEY);
    const statusPending = vault.status();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(control.calls).toEqual([]);
    markReady();
    await pending;
    expect(await statusPending).toEqual({ ok: true });
    expect(control.calls).toContain('encryptStringAsync');
  });

  it.each([
    ['encryption is unavailable', { available: false }, 'darwin', /Keychain/],
    ['Linux uses basic_text', { backend: 'basic_text' as const }, 'linux', /gnome-keyring.*KWallet.*restart/s],
    ['Linux backend is unknown', { backend: 'unknown' as const }, 'linux', /Secret Service/],
  ])('refuses to store anything when %s, and says how to fix it', async (_name, options, platform, advice) => {
    const { vault, filePath, control } = await setup(options, platform as NodeJS.Platform);
    const status = await vault.status();
    expect(status.ok).toBe(false);
    if (!status.ok) expect(status.reason).toMatch(advice);
    const error = await rejection(vault.setApiKey(API_KEY));
    expect(error.code).toBe('encryption_unavailable');
    expect(error.toPlain()).toEqual({ code: 'encryption_unavailable', message: expect.stringMatching(advice), action: expect.stringMatching(/keyring/) });
    expect((await rejection(vault.setConnectionSecrets('c', FIELDS))).code).toBe('encryption_unavailable');
    expect(control.calls).not.toContain('encryptStringAsync');
    await expect(stat(filePath)).rejects.toThrow(/ENOENT/);
  });

  it('accepts basic_text on platforms where the backend does not apply', async () => {
    const { vault } = await setup({ backend: 'basic_text' }, 'win32');
    expect(await vault.status()).toEqual({ ok: true });
    await vault.setApiKey(API_KEY);
  });

  it('will not decrypt once the keyring is gone, but wiping still works', async () => {
    const { vault, control, filePath } = await setup();
    await vault.setConnectionSecrets('conn-1', FIELDS);
    control.backend = 'basic_text';
    expect((await rejection(vault.getConnectionSecrets('conn-1'))).code).toBe('encryption_unavailable');
    expect(await vault.connectionHints('conn-1')).toEqual({ apiKey: '••••', apiSecret: '••••' });
    await vault.removeConnection('conn-1');
    expect(JSON.parse(await readFile(filePath, 'utf8')).connections).toEqual({});
  });

  it('re-encrypts a value when safeStorage says the key rotated', async () => {
    // macOS: no Linux keyring probe among the encrypt calls counted below.
    const { vault, control, filePath, open } = await setup({}, 'darwin');
    await vault.setApiKey(API_KEY);
    const before = JSON.parse(await readFile(filePath, 'utf8')).apiKey;
    control.rotateKey();
    expect(await vault.getApiKey()).toBe(API_KEY);
    const after = JSON.parse(await readFile(filePath, 'utf8')).apiKey;
    expect(after).not.toBe(before);
    const encryptsBefore = control.calls.filter((c) => c === 'encryptStringAsync').length;
    expect(await open().getApiKey()).toBe(API_KEY);
    // Now encrypted with the current key: no further re-encryption.
    expect(control.calls.filter((c) => c === 'encryptStringAsync').length).toBe(encryptsBefore);
  });

  it('removing a connection wipes its ciphertext from disk and leaves the others', async () => {
    const { vault, filePath } = await setup();
    await vault.setConnectionSecrets('conn-1', FIELDS);
    await vault.setConnectionSecrets('conn-2', { apiKey: 'other-key-abcdefgh' });
    const cipher = JSON.parse(await readFile(filePath, 'utf8')).connections['conn-1'].apiSecret as string;
    await vault.removeConnection('conn-1');
    const text = await readFile(filePath, 'utf8');
    expect(text).not.toContain(cipher);
    expect(await vault.getConnectionSecrets('conn-1')).toBeNull();
    expect(await vault.getConnectionSecrets('conn-2')).toEqual({ apiKey: 'other-key-abcdefgh' });
  });

  it('clears the key, and forgets everything', async () => {
    const { vault, filePath, open } = await setup();
    await vault.setApiKey(API_KEY);
    await vault.setConnectionSecrets('conn-1', FIELDS);
    await vault.clearApiKey();
    expect(await vault.getApiKey()).toBeNull();
    expect(await vault.apiKeyHint()).toBeNull();
    await vault.setApiKey(API_KEY);
    await vault.forgetAll();
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual({ version: 1, apiKey: null, connections: {} });
    expect(await open().getConnectionSecrets('conn-1')).toBeNull();
  });

  it('keeps concurrent updates (no lost writes)', async () => {
    const { vault, open } = await setup();
    await Promise.all(Array.from({ length: 20 }, (_, i) => vault.setConnectionSecrets(`conn-${i}`, { apiKey: `key-number-${i}-xyz` })));
    const reopened = open();
    for (let i = 0; i < 20; i += 1) expect(await reopened.getConnectionSecrets(`conn-${i}`)).toEqual({ apiKey: `key-number-${i}-xyz` });
  });

  it('rejects empty secrets and reserved ids with specific messages', async () => {
    const { vault } = await setup();
    expect((await rejection(vault.setApiKey('   '))).toPlain()).toEqual({ code: 'invalid_request', message: 'The CoinStats API key is empty.' });
    expect((await rejection(vault.setConnectionSecrets('c', { apiKey: '' }))).message).toBe('The field "apiKey" is empty.');
    expect((await rejection(vault.setConnectionSecrets('c', {}))).code).toBe('invalid_request');
    expect((await rejection(vault.setConnectionSecrets('__proto__', FIELDS))).code).toBe('invalid_request');
    expect((await rejection(vault.setConnectionSecrets('c', { __proto__x: 'a', constructor: 'abcdefgh' }))).code).toBe('invalid_request');
  });

  it('trims pasted whitespace around a key', async () => {
    const { vault } = await setup();
    await vault.setApiKey(`  ${API_KEY}\n`);
    expect(await vault.getApiKey()).toBe(API_KEY);
  });

  it('reports a ciphertext it cannot decrypt instead of returning garbage', async () => {
    const { vault, filePath, open } = await setup();
    await vault.setApiKey(API_KEY);
    const other = createFakeSafeStorage(); // a different machine key
    const error = await rejection(open(other.safeStorage).getApiKey());
    expect(error.message).toMatch(/could not decrypt the saved CoinStats API key/);
    expect(JSON.parse(await readFile(filePath, 'utf8')).apiKey).not.toBeNull();
  });

  it.each([
    ['invalid JSON', '{"version":1,"apiKey":'],
    ['a wrong shape', '{"version":1,"apiKey":"not base64!","connections":{}}'],
    ['an unknown version', '{"version":7}'],
  ])('moves a vault file with %s aside, keeps its bytes, and tells the user', async (_name, garbage) => {
    const { vault, dir, filePath } = await setup();
    await writeFile(filePath, garbage);
    expect(await vault.getApiKey()).toBeNull();
    const notices = await vault.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^Your saved keys file was unreadable; it was kept as secrets\.corrupt-2026-11-25T09-30-00\.json/);
    expect(await readFile(join(dir, 'secrets.corrupt-2026-11-25T09-30-00.json'), 'utf8')).toBe(garbage);
    await vault.setApiKey(API_KEY);
    expect(await vault.getApiKey()).toBe(API_KEY);
  });

  it('refuses to store keys on Linux when the async API falls back to its hard-coded key, though the backend name looks secure', async () => {
    const { vault, filePath } = await setup({ backend: 'gnome_libsecret', hardCodedKey: true }, 'linux');
    const status = await vault.status();
    expect(status.ok).toBe(false);
    if (!status.ok) expect(status.reason).toMatch(/no Secret Service keyring is running.*gnome-keyring.*KWallet.*--password-store/s);
    const error = await rejection(vault.setApiKey(API_KEY));
    expect(error.code).toBe('encryption_unavailable');
    await expect(readFile(filePath, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('does not apply the Linux fallback-key rule to macOS and Windows, whose ciphertext is tagged v10 too', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { vault } = await setup({ hardCodedKey: true }, platform);
      expect(await vault.status()).toEqual({ ok: true });
    }
  });

  it('tells a locked keyring (try again, keys kept) from a changed one (enter the key again)', async () => {
    const { vault, control, open } = await setup();
    await vault.setApiKey(API_KEY);
    control.locked = true;
    const locked = await rejection(open().getApiKey());
    expect(locked.code).toBe('keyring_locked');
    expect(locked.message).toMatch(/keyring \(GNOME Keyring or KWallet\) is locked\. Unlock it, then try again\./);
    control.locked = false;
    expect(await open().getApiKey()).toBe(API_KEY);
    const changed = await rejection(open(createFakeSafeStorage().safeStorage).getApiKey());
    expect(changed.code).toBe('internal');
    expect(changed.message).toMatch(/may have changed; enter it again/);
  });

  it('recognises its own secrets for the IPC gate (stored or decrypted in this process), and nothing else', async () => {
    const { vault, open } = await setup();
    expect(vault.isSecret(API_KEY)).toBe(false);
    await vault.setApiKey(API_KEY);
    await vault.setConnectionSecrets('conn-1', FIELDS);
    expect(vault.isSecret(API_KEY)).toBe(true);
    expect(vault.isSecret(FIELDS.apiSecret)).toBe(true);
    expect(vault.isSecret(`${API_KEY} `)).toBe(false);
    expect(vault.isSecret('••••4b5b')).toBe(false);
    const reopened = open();
    expect(reopened.isSecret(API_KEY)).toBe(false);
    await reopened.getApiKey();
    expect(reopened.isSecret(API_KEY)).toBe(true);
  });
});
