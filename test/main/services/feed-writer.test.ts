// The status-bar feed through the real app: off by default (no file), written
// atomically to the data folder on every change once on, masked in privacy
// mode, never a secret, removed when turned off; the path and "Show in
// folder" commands; and the feed object's own rules (main/core/feed.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASK } from '../../../common/format';
import { FEED_FILE_NAME, FEED_VERSION, feedOf } from '../../../main/core/feed';
import { createFeedWriter } from '../../../main/services/feed-writer';
import { createManualClock } from '../../../main/services/clock';
import { ALL_SECRETS, BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { type AppHarness, okValue, useAppHarness } from '../../support/app-harness';
import { scanForSecrets } from '../../support/secret-scan';
import { NOW, portfolioSnapshot } from '../../support/snapshot-fixture';
import { useTempDirs } from '../../support/temp-dir';

const startApp = useAppHarness();
const tempDir = useTempDirs();

async function synced(): Promise<AppHarness & { dir: string }> {
  const h = await startApp({ double: { syncPolls: 0 } });
  okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
  okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS, name: 'Main Binance' }));
  await h.settle();
  return h;
}

const readFeed = (dir: string) => JSON.parse(readFileSync(join(dir, FEED_FILE_NAME), 'utf8')) as ReturnType<typeof feedOf>;

/** Lets the writes main queued reach the disk. */
async function flushed(h: AppHarness): Promise<void> {
  await h.settle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await h.settle();
}

describe('status-bar feed in the app', () => {
  it('writes nothing until turned on, then the total, changes and exchanges, and follows every change', async () => {
    const h = await synced();
    expect(existsSync(join(h.dir, FEED_FILE_NAME))).toBe(false);
    const feedPath = okValue(await h.invoke('getFeedPath')).path;
    expect(feedPath).toBe(join(h.dir, FEED_FILE_NAME));
    const off = await h.invoke('showFeedInFolder');
    expect(off.ok).toBe(false);
    if (!off.ok) expect(off.error.message).toMatch(/feed is off/);

    okValue(await h.invoke('updateSettings', { feedEnabled: true }));
    await flushed(h);
    const feed = readFeed(h.dir);
    const state = okValue(await h.invoke('getState'));
    expect(feed).toMatchObject({ version: FEED_VERSION, demo: false, privacy: false, currency: 'USD', partial: false, stale: false, problem: null, sinceLastLook: null });
    expect(feed.total).toBeCloseTo(state.portfolio.totalUsd, 6);
    expect(feed.totalText).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(feed.exchanges).toEqual([{ name: 'Main Binance', exchange: 'Binance', status: 'synced', updatedAt: Math.floor(state.connections[0]!.lastSyncAt! / 1000), error: null }]);
    expect(feed.updatedAt).toBe(Math.floor(state.standing.syncedAt! / 1000));
    // Owner-only, like every file Tallybar writes; no temp file left behind.
    if (process.platform !== 'win32') expect(statSync(join(h.dir, FEED_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(readdirSync(h.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    okValue(await h.invoke('showFeedInFolder'));
    expect(h.system.calls).toContainEqual({ method: 'showItemInFolder', path: feedPath });

    okValue(await h.invoke('renameConnection', { id: state.connections[0]!.id, name: 'Binance spot' }));
    await flushed(h);
    expect(readFeed(h.dir).exchanges[0]!.name).toBe('Binance spot');
  });

  it('masks every amount in privacy mode and holds no secret', async () => {
    const h = await synced();
    okValue(await h.invoke('updateSettings', { feedEnabled: true, privacyMode: true }));
    await flushed(h);
    const text = readFileSync(join(h.dir, FEED_FILE_NAME), 'utf8');
    const feed = readFeed(h.dir);
    expect(feed).toMatchObject({ privacy: true, total: null, totalText: MASK });
    expect(feed.change24h?.amount ?? null).toBeNull();
    expect(text).not.toMatch(/\$\d/);
    const total = okValue(await h.invoke('getState')).portfolio.totalUsd;
    expect(text).not.toContain(String(Math.floor(total)));
    expect(scanForSecrets(h.dir, ALL_SECRETS).filter((f) => f.startsWith(FEED_FILE_NAME))).toEqual([]);
    expect(scanForSecrets(h.dir, [TEST_API_KEY, ...Object.values(BINANCE_FIELDS)]).filter((f) => f.includes('feed'))).toEqual([]);
  });

  it("follows privacy's level: 'amounts' keeps the 24 h percent, 'all' (the default) hides it too", async () => {
    const h = await synced();
    okValue(await h.invoke('updateSettings', { feedEnabled: true, privacyMode: true, privacyLevel: 'amounts' }));
    await flushed(h);
    const pct = okValue(await h.invoke('getState')).portfolio.change24hPct;
    expect(pct).not.toBeNull();
    expect(readFeed(h.dir).change24h).toMatchObject({ amount: null, pct });
    expect(readFeed(h.dir).change24h?.text).toMatch(/\d%$/);
    okValue(await h.invoke('updateSettings', { privacyLevel: 'all' }));
    await flushed(h);
    expect(readFeed(h.dir)).toMatchObject({ total: null, totalText: MASK, change24h: { amount: null, pct: null, text: MASK } });
  });

  it('removes the file when turned off, so no status bar keeps an old total', async () => {
    const h = await synced();
    okValue(await h.invoke('updateSettings', { feedEnabled: true }));
    await flushed(h);
    expect(existsSync(join(h.dir, FEED_FILE_NAME))).toBe(true);
    okValue(await h.invoke('updateSettings', { feedEnabled: false }));
    // The removal is a file operation of its own: wait for it, however busy the machine.
    await expect.poll(() => existsSync(join(h.dir, FEED_FILE_NAME))).toBe(false);
  });
});

describe('feed writer', () => {
  it('rewrites the file when the data turns stale, with no state change to mark it', async () => {
    const dir = await tempDir();
    const path = join(dir, FEED_FILE_NAME);
    const clock = createManualClock(NOW);
    const writer = createFeedWriter({ clock, log: () => undefined });
    const snapshot = portfolioSnapshot();
    snapshot.settings.feedEnabled = true;
    writer.observe(snapshot, path);
    await writer.whenIdle();
    const fresh = JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof feedOf>;
    expect(fresh.stale).toBe(false);
    await clock.advanceTo(fresh.staleAt! * 1000 + 2_000);
    await writer.whenIdle();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ stale: true, staleAt: fresh.staleAt });
    writer.dispose();
  });

  it('replaces the file whole: a reader sees the old feed or the new one, never half', async () => {
    const dir = await tempDir();
    const path = join(dir, FEED_FILE_NAME);
    const writer = createFeedWriter({ clock: createManualClock(NOW), log: () => undefined });
    const snapshot = portfolioSnapshot();
    snapshot.settings.feedEnabled = true;
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      writer.observe({ ...snapshot, connections: snapshot.connections.map((c) => ({ ...c, name: `${c.name} ${i}` })) }, path);
      if (existsSync(path)) seen.push(readFileSync(path, 'utf8'));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writer.whenIdle();
    seen.push(readFileSync(path, 'utf8'));
    for (const text of seen) expect(() => JSON.parse(text)).not.toThrow();
    expect(JSON.parse(seen.at(-1)!).exchanges[0].name).toBe('Binance 19');
    expect(readdirSync(dir)).toEqual([FEED_FILE_NAME]);
  });
});

describe('feed object', () => {
  it('marks a partial total and names the failing exchange, in the primary currency', () => {
    const snapshot = portfolioSnapshot({ failingBybit: true });
    snapshot.settings.primaryCurrency = 'EUR';
    const feed = feedOf(snapshot, NOW);
    expect(feed).toMatchObject({ currency: 'EUR', partial: true });
    expect(feed.total).toBeCloseTo(snapshot.portfolio.totalUsd * 0.5, 6);
    expect(feed.totalText).toContain('€');
    expect(feed.exchanges.find((e) => e.name === 'Bybit')).toMatchObject({ status: 'error', error: 'Bybit rejected the API key.', updatedAt: Math.floor((NOW - 4 * 60_000) / 1000) });
  });

  it('says stale and unknown before the first sync, never a zero total', () => {
    const feed = feedOf(portfolioSnapshot({ connections: [] }), NOW);
    expect(feed).toMatchObject({ total: null, totalText: '—', updatedAt: null, stale: true, change24h: null });
  });
});
