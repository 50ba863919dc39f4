// Issue 3's leak property at the level of the whole main process: 1,000+
// random secrets go in through the IPC gate (accepted keys, rejected keys,
// accepted and rejected exchange credentials); afterwards no file the app
// wrote, no line it logged and no IPC response contains any of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startAppHarness, useAppHarness } from '../../support/app-harness';
import { TEST_API_KEY } from '../../support/double-helpers';
import { findSecretsInText, scanForSecrets } from '../../support/secret-scan';
import { DAY, rewriteStoredConnections } from '../../support/stored-connections';
import { T0 } from '../../support/test-time';

const startApp = useAppHarness();

/** Printable, distinctive, long enough that a chance match is impossible. */
const secret = (prefix: string) =>
  fc.stringMatching(/^[A-Za-z0-9+/=_-]{16,40}$/).map((body) => `${prefix}${body}`);

describe('no secret leaves the vault', () => {
  it('keeps 1,000+ random secrets out of files, logs and IPC responses', async () => {
    const h = await startApp();
    const [rejectedKeys, acceptedFields, rejectedFields] = fc.sample(
      fc.tuple(
        fc.uniqueArray(secret('cs-'), { minLength: 700, maxLength: 700 }),
        fc.uniqueArray(fc.tuple(secret('demoK'), secret('demoS')), { minLength: 40, maxLength: 40 }),
        fc.uniqueArray(fc.tuple(secret('liveK'), secret('liveS')), { minLength: 110, maxLength: 110 }),
      ),
      { numRuns: 1, seed: 20261125 },
    )[0]!;

    for (const key of rejectedKeys) {
      const result = await h.invoke('setApiKey', { key });
      expect(result.ok).toBe(false);
    }
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    for (const [apiKey, apiSecret] of rejectedFields) {
      const result = await h.invoke('addConnection', { exchangeId: 'kraken', fields: { apiKey, apiSecret } });
      expect(result.ok).toBe(false);
    }
    for (const [apiKey, apiSecret] of acceptedFields) {
      const result = await h.invoke('addConnection', { exchangeId: 'binance', fields: { apiKey, apiSecret } });
      expect(result.ok).toBe(true);
    }
    await h.settle();
    await h.invoke('refreshAll');
    await h.invoke('exportCsv');

    const secrets = [
      TEST_API_KEY,
      ...rejectedKeys,
      ...acceptedFields.flat(),
      ...rejectedFields.flat(),
    ];
    expect(secrets.length).toBeGreaterThanOrEqual(1_000);
    expect(h.responses.length).toBeGreaterThan(secrets.length / 2);
    expect(findSecretsInText(JSON.stringify(h.responses), secrets, 'ipc responses')).toEqual([]);
    expect(findSecretsInText(h.logLines.join('\n'), secrets, 'log')).toEqual([]);
    expect(findSecretsInText(h.notifier.text() + h.tray.calls.map((c) => JSON.stringify(c)).join('\n'), secrets, 'os')).toEqual([]);
    expect(scanForSecrets(h.dir, secrets)).toEqual([]);

    // Key health's surfaces: every accepted connection's keys made 100 days old, so
    // each raises its rotation reminder and writes its store part; the key cards.
    await h.close();
    await rewriteStoredConnections(h.dir, () => ({ keysSetAt: T0 - 100 * DAY }));
    const aged = await startAppHarness(h.dir, { keyring: h.keyring });
    try {
      await aged.settle();
      expect(aged.notifier.titles().filter((t) => t.endsWith('time for new keys'))).toHaveLength(acceptedFields.length);
      const cards = JSON.stringify(aged.app.snapshot().connections);
      expect(cards).toContain('"rotationDue":true');
      expect(findSecretsInText(`${aged.notifier.text()}\n${cards}\n${aged.logLines.join('\n')}`, secrets, 'key health')).toEqual([]);
      expect(scanForSecrets(h.dir, secrets)).toEqual([]);
    } finally {
      await aged.close();
    }
  }, 120_000);
});
