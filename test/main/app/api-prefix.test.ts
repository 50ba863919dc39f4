// The API path prefix that worked is remembered across restarts, per base URL.
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../main/app/session';
import { startDouble, type CoinStatsDouble } from '../../../main/double/server';
import { createManualClock } from '../../../main/services/clock';
import { openConfStore } from '../../support/conf-store';
import { TEST_API_KEY } from '../../support/double-helpers';
import { createFakeSafeStorage } from '../../support/fake-safe-storage';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
let double: CoinStatsDouble | null = null;
afterEach(async () => {
  await double?.close();
  double = null;
});

function open(dir: string, url: string, safeStorage: ReturnType<typeof createFakeSafeStorage>['safeStorage']): Session {
  return createSession({
    dataDir: dir,
    resolveBaseUrl: () => url,
    demo: false,
    openStore: openConfStore,
    safeStorage,
    platform: 'linux',
    whenReady: async () => undefined,
    clock: createManualClock(Date.now()),
    locale: () => 'en-US',
    notify: () => undefined,
    onChange: () => undefined,
    ratePerSecond: 1000,
  });
}

describe('API path prefix', () => {
  it('learns the unprefixed form once and starts with it next time', async () => {
    double = await startDouble({ apiKey: TEST_API_KEY, rateLimit: null, prefixes: [''] });
    const dir = await tempDir();
    const { safeStorage } = createFakeSafeStorage();
    const first = open(dir, double.url, safeStorage);
    await first.vault.setApiKey(TEST_API_KEY);
    await first.client.getCurrencies();
    first.close();
    const before = double.requests().length;
    expect(double.requests().map((r) => r.status)).toContain(404);

    const second = open(dir, double.url, safeStorage);
    await second.client.getCurrencies();
    second.close();
    const after = double.requests().slice(before);
    expect(after.map((r) => `${r.status} ${r.path}`)).toEqual(['200 /currencies']);
  });
});
