// Issue 3's property: store 1,000 random secrets, then nothing the app wrote
// to disk, and no hint it hands out, contains any of them in plain text.
// (Log lines and IPC responses are checked with the same scanner elsewhere.)
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistoryStore } from '../../../main/services/history-store';
import { createLocalStore } from '../../../main/services/local-store';
import { createVault } from '../../../main/services/vault';
import { openConfStore } from '../../support/conf-store';
import { createFakeSafeStorage } from '../../support/fake-safe-storage';
import { findSecretsInText, scanForSecrets } from '../../support/secret-scan';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('tallybar-leak-');

// The vault trims pasted whitespace, so what it stores is the trimmed value.
const secret = fc
  .oneof(fc.string({ minLength: 8, maxLength: 80 }), fc.string({ minLength: 8, maxLength: 40, unit: 'grapheme' }))
  .map((s) => s.trim())
  .filter((s) => s.length >= 8);

describe('no plaintext secret anywhere', () => {
  it('1,000 random secrets as API keys and connection fields leave no trace on disk or in hints', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(secret, { minLength: 1000, maxLength: 1000 }), async (secrets) => {
        const dir = await tempDir();
        const { safeStorage } = createFakeSafeStorage();
        const vault = createVault({ safeStorage, platform: 'linux', filePath: join(dir, 'secrets.json'), whenReady: async () => {} });
        const settings = createLocalStore({ openStore: openConfStore, dir });
        const history = createHistoryStore({ openStore: openConfStore, dir });
        const hints: string[] = [];

        const apiKeys = secrets.slice(0, 100);
        for (const key of apiKeys) {
          await vault.setApiKey(key);
          hints.push((await vault.apiKeyHint()) ?? '');
          expect(await vault.getApiKey()).toBe(key);
        }
        const fieldSecrets = secrets.slice(100);
        const connIds: string[] = [];
        for (let i = 0; i < fieldSecrets.length; i += 3) {
          const [apiKey, apiSecret, passphrase] = fieldSecrets.slice(i, i + 3) as [string, string, string];
          const meta = settings.addConnection({ exchangeId: 'okx', name: `OKX ${i}` });
          connIds.push(meta.id);
          await vault.setConnectionSecrets(meta.id, { apiKey, apiSecret, passphrase });
          settings.setConnectionStatus(meta.id, { lastSyncAt: Date.now() });
        }
        history.append({ t: Date.now(), totalUsd: 1, totalBtc: 0.00001 });
        for (const id of connIds) hints.push(...Object.values(await vault.connectionHints(id)));
        // Round-trip proves the secrets really were stored (not silently dropped).
        const sample = connIds[connIds.length - 1]!;
        expect(Object.values((await vault.getConnectionSecrets(sample)) ?? {})).toEqual(fieldSecrets.slice(3 * (connIds.length - 1)));

        expect(scanForSecrets(dir, secrets)).toEqual([]);
        expect(findSecretsInText(hints.join('\n'), secrets, 'hints')).toEqual([]);
        // `s`: a secret may end in a line separator (U+2028), which is still one character.
        expect(hints.filter((h) => !/^••••.{0,4}$/su.test(h))).toEqual([]);
      }),
      { numRuns: 2, endOnFailure: true }, // shrinking 1,000 secrets would take minutes
    );
  }, 120_000);

  it('the scanner itself catches plain, JSON-escaped and base64 leaks', async () => {
    const leaked = ['plain-secret-123', 'quote"and\\slash', 'base64-hidden-secret'];
    const text = `{"a":"plain-secret-123","b":${JSON.stringify('quote"and\\slash')},"c":"${Buffer.from('xx base64-hidden-secret').toString('base64')}"}`;
    expect(findSecretsInText(text, leaked, 'sample')).toEqual([
      'sample: secret #0 (plain)',
      'sample: secret #1 (plain)',
      'sample: secret #2 (base64)',
    ]);
    expect(findSecretsInText('nothing to see', leaked, 'sample')).toEqual([]);
  });
});
