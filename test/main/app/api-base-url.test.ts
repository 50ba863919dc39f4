// Changing the CoinStats base URL probes it (free `/usage/credits`) before
// saving, so a typo is refused at the settings field instead of turning every
// later refresh into a network error.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startDouble, type CoinStatsDouble } from '../../../main/double/server';
import { TEST_API_KEY } from '../../support/double-helpers';
import { startAppHarness, type AppHarness } from '../../support/app-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
let h: AppHarness | null = null;
let other: CoinStatsDouble | null = null;
afterEach(async () => {
  await h?.close();
  await other?.close();
  h = null;
  other = null;
});

/** A loopback port nothing listens on: bind one, then free it. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const creditCalls = (double: CoinStatsDouble) => double.requests().filter((r) => r.path.endsWith('/usage/credits')).length;

describe('updateSettings apiBaseUrl', () => {
  it('refuses an unreachable URL with a specific message and keeps the old setting', async () => {
    h = await startAppHarness(await tempDir());
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    const bad = await closedPortUrl();

    const result = await h.invoke('updateSettings', { apiBaseUrl: bad, privacyMode: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('network');
      expect(result.error.message).toBe(`Tallybar could not reach CoinStats at ${bad}: the connection was refused.`);
      expect(result.error.message).not.toContain(TEST_API_KEY);
    }
    const settings = h.app.snapshot().settings;
    expect(settings.apiBaseUrl).toBe('');
    // Nothing of the refused patch was kept.
    expect(settings.privacyMode).toBe(false);
    expect(h.app.session().baseUrl).toBe(h.double.url);
  });

  it('probes a good URL with the stored key, saves it and switches the session to it', async () => {
    h = await startAppHarness(await tempDir());
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    other = await startDouble({ apiKey: TEST_API_KEY, rateLimit: null });

    const result = await h.invoke('updateSettings', { apiBaseUrl: other.url });
    expect(result.ok).toBe(true);
    expect(creditCalls(other)).toBeGreaterThanOrEqual(1);
    expect(other.requests()[0]?.path).toMatch(/\/usage\/credits$/);
    expect(h.app.snapshot().settings.apiBaseUrl).toBe(other.url);
    expect(h.app.session().baseUrl).toBe(other.url);
  });

  it('refuses a server that rejects the stored key', async () => {
    h = await startAppHarness(await tempDir());
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    other = await startDouble({ apiKey: 'some-other-key-entirely', rateLimit: null });
    const result = await h.invoke('updateSettings', { apiBaseUrl: other.url });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('coinstats_key_invalid');
      expect(result.error.message).toMatch(new RegExp(`^Tallybar could not reach CoinStats at ${other.url}\\. `));
    }
    expect(h.app.snapshot().settings.apiBaseUrl).toBe('');
  });

  it('accepts a reachable URL before any key is stored, and never probes an empty (default) URL', async () => {
    h = await startAppHarness(await tempDir());
    other = await startDouble({ apiKey: TEST_API_KEY, rateLimit: null });
    expect((await h.invoke('updateSettings', { apiBaseUrl: other.url })).ok).toBe(true);
    expect(creditCalls(other)).toBe(1);
    const before = creditCalls(h.double);
    expect((await h.invoke('updateSettings', { apiBaseUrl: '' })).ok).toBe(true);
    expect(h.app.snapshot().settings.apiBaseUrl).toBe('');
    expect(creditCalls(h.double)).toBe(before);
  });

  it('never sends the key to a URL the settings rules refuse', async () => {
    h = await startAppHarness(await tempDir());
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    const result = await Promise.resolve()
      .then(() => h!.app.handlers.updateSettings({ apiBaseUrl: 'http://example.invalid' }, { senderId: 1 }))
      .then(
      () => null,
      (error: Error) => error.message,
    );
    expect(result).toMatch(/must use https/);
  });
});
