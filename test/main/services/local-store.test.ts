import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { type ConnectionBalances } from '../../../common/types';
import { createLocalStore, StoreError, shouldReplaceLastKnown } from '../../../main/services/local-store';
import { openConfStore } from '../../support/conf-store';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('tallybar-settings-');
const NOW = Date.UTC(2026, 10, 25, 9, 30, 0);

async function setup() {
  const dir = await tempDir();
  const open = (now = NOW) => createLocalStore({ openStore: openConfStore, dir, now: () => now });
  return { dir, open, store: open() };
}

function thrown(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('expected a StoreError');
}

const row = (coinId: string, amount = 1) => ({ coinId, amount, price: 2, priceBtc: 0.00002 });
const balances = (connectionId: string, rows = [row('bitcoin')]): ConnectionBalances => ({ connectionId, fetchedAt: NOW, rows });

describe('settings store', () => {
  it('starts from the defaults and persists changes to a real file', async () => {
    const { store, open, dir } = await setup();
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(store.path).toBe(join(dir, 'config.json'));
    store.updateSettings({ primaryCurrency: 'EUR', privacyMode: true, apiBaseUrl: 'http://127.0.0.1:4010' });
    expect(open().getSettings()).toEqual({ ...DEFAULT_SETTINGS, primaryCurrency: 'EUR', privacyMode: true, apiBaseUrl: 'http://127.0.0.1:4010' });
    expect(JSON.parse(await readFile(store.path, 'utf8')).settings.primaryCurrency).toBe('EUR');
    if (process.platform !== 'win32') expect((await stat(store.path)).mode & 0o777).toBe(0o600);
  });

  it.each([
    [{ monthlyCreditBudget: -1 }, 'The monthly credit budget cannot be negative.'],
    [{ monthlyCreditBudget: 1.5 }, 'The monthly credit budget must be a whole number from 0 to 100000000.'],
    [{ primaryCurrency: 'euro' }, 'Primary currency must be an upper-case currency code such as USD or EUR.'],
    [{ freshnessMinutes: 0 }, 'The freshness target (minutes) must be a whole number from 1 to 1440.'],
    [{ backgroundMinutes: 1 }, 'The background refresh interval (minutes) must be a whole number from 5 to 10080.'],
    [{ dustThresholdUsd: Number.NaN }, 'The dust threshold must be zero or a positive amount.'],
    [{ trayTitleFormat: 'huge' }, 'The tray title format must be one of: primary, btc, compact, icon.'],
    [{ privacyMode: 'yes' }, 'Privacy mode must be on or off.'],
    [{ apiBaseUrl: 'http://evil.example' }, 'The API base URL must use https:// (plain http:// is only allowed for localhost).'],
    [{ apiBaseUrl: 'nope' }, 'The API base URL must be a full URL such as https://openapiv1.coinstats.app.'],
    [{ colour: 'red' }, 'Unknown setting "colour".'],
  ])('rejects %o with a specific message and changes nothing', async (patch, message) => {
    const { store } = await setup();
    const error = thrown(() => store.updateSettings(patch as never));
    expect(error.toPlain()).toEqual({ code: 'invalid_request', message });
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the default for a hand-edited value that is valid JSON but out of range', async () => {
    const { store, open } = await setup();
    store.updateSettings({ dustThresholdUsd: 5 });
    const file = JSON.parse(await readFile(store.path, 'utf8'));
    file.settings.freshnessMinutes = -3;
    delete file.settings.notifications; // as written by an older version
    await writeFile(store.path, JSON.stringify(file));
    expect(open().getSettings()).toEqual({ ...DEFAULT_SETTINGS, dustThresholdUsd: 5 });
  });

  it('adds, renames, updates status of and removes connections', async () => {
    const { store, open } = await setup();
    const added = store.addConnection({ exchangeId: 'binance', name: '  Main Binance ' });
    expect(added).toMatchObject({ exchangeId: 'binance', name: 'Main Binance', createdAt: NOW, portfolioId: null, lastSyncAt: null, lastError: null });
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    store.renameConnection(added.id, 'Savings');
    store.setConnectionStatus(added.id, { lastSyncAt: NOW, portfolioId: 'a'.repeat(64), lastError: { code: 'unavailable', message: 'CoinStats is down.' } });
    store.setBalances(balances(added.id), 'synced');
    expect(open().listConnections()).toEqual([
      { ...added, name: 'Savings', lastSyncAt: NOW, portfolioId: 'a'.repeat(64), lastError: { code: 'unavailable', message: 'CoinStats is down.' } },
    ]);
    expect(store.firstKeyReminder(added.id, NOW)).toBe(true);
    expect(open().firstKeyReminder(added.id, NOW)).toBe(false);
    store.removeConnection(added.id);
    expect(open().listConnections()).toEqual([]);
    expect(open().getBalances()).toEqual({});
    // Its key reminder went with it: nothing of a removed connection stays behind.
    expect(open().firstKeyReminder(added.id, NOW)).toBe(true);
    expect(thrown(() => store.renameConnection(added.id, 'x')).code).toBe('unknown_connection');
    expect(thrown(() => store.renameConnection('nope', '   ')).code).toBe('invalid_request');
    expect(thrown(() => store.addConnection({ exchangeId: 'binance', name: '' })).message).toBe('A connection name must be 1 to 64 characters long.');
  });

  it.each([
    ['a text-direction override', 'Main \u202EecnaniB'],
    ['a zero-width space', 'Bin\u200Bance'],
    ['a directional isolate', '\u2066Binance\u2069'],
  ])('refuses a connection name with %s, naming the problem, and keeps the old name', async (_, name) => {
    const { store, open } = await setup();
    const added = store.addConnection({ exchangeId: 'binance', name: 'Binance' });
    const error = thrown(() => store.renameConnection(added.id, name));
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(/^The connection name contains an invisible control character/);
    expect(thrown(() => store.addConnection({ exchangeId: 'kraken', name })).code).toBe('invalid_request');
    expect(open().listConnections().map((c) => c.name)).toEqual(['Binance']);
  });

  describe('last-known balances', () => {
    it('live in a file of their own, so a large account is not rewritten with every setting', async () => {
      const { store, dir } = await setup();
      const added = store.addConnection({ exchangeId: 'binance', name: 'Binance' });
      store.setBalances(balances(added.id), 'synced');
      const main = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
      expect(main).not.toHaveProperty('balances');
      const own = JSON.parse(await readFile(join(dir, 'config-balances.json'), 'utf8')) as { balances: Record<string, ConnectionBalances> };
      expect(own.balances[added.id]).toEqual(balances(added.id));
      if (process.platform !== 'win32') expect((await stat(join(dir, 'config-balances.json'))).mode & 0o777).toBe(0o600);
    });

    it('are moved out of a file from before, once, with nothing lost', async () => {
      const { dir } = await setup();
      const meta = { id: 'c1', exchangeId: 'binance', name: 'Binance', createdAt: NOW, portfolioId: null, lastSyncAt: NOW, lastError: null };
      const old = { settings: DEFAULT_SETTINGS, connections: [meta], balances: { c1: balances('c1', [row('bitcoin', 3)]) } };
      await writeFile(join(dir, 'config.json'), JSON.stringify(old));
      const store = createLocalStore({ openStore: openConfStore, dir, now: () => NOW });
      expect(store.getBalances()).toEqual(old.balances);
      // A connection from before it could be left out of the total is counted, as it was;
      // one from before key ages were kept has had its keys since it was added.
      expect(store.listConnections()).toEqual([{ ...meta, countInTotal: true, keysSetAt: meta.createdAt }]);
      expect(JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'))).not.toHaveProperty('balances');
      expect(createLocalStore({ openStore: openConfStore, dir, now: () => NOW }).getBalances()).toEqual(old.balances);
      expect(store.notices()).toEqual([]);
    });

    it('an unreadable balances file is kept aside and said so; settings and connections stay', async () => {
      const { store, dir } = await setup();
      store.addConnection({ exchangeId: 'binance', name: 'Binance' });
      await writeFile(join(dir, 'config-balances.json'), '{"balances": {"c1": {"rows": "nope"}}');
      const reopened = createLocalStore({ openStore: openConfStore, dir, now: () => NOW });
      expect(reopened.getBalances()).toEqual({});
      expect(reopened.listConnections()).toHaveLength(1);
      expect(reopened.notices()).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Your last-known balances file was unreadable; it was kept as /) })]);
    });

    it.each([
      ['syncing + empty over non-empty', [row('a')], [], 'syncing', false],
      ['syncing + rows over non-empty', [row('a')], [row('b')], 'syncing', true],
      ['synced + empty over non-empty (really sold everything)', [row('a')], [], 'synced', true],
      ['syncing + empty with nothing before', null, [], 'syncing', true],
      ['syncing + empty over empty', [], [], 'syncing', true],
    ] as const)('%s', (_name, before, rows, status, replaces) => {
      const previous = before === null ? undefined : balances('c', [...before]);
      expect(shouldReplaceLastKnown(previous, balances('c', [...rows]), status)).toBe(replaces);
    });

    it('setBalances keeps a good last-known balance when a syncing answer is empty', async () => {
      const { store, open } = await setup();
      expect(store.setBalances(balances('c1', [row('bitcoin', 2)]), 'synced')).toBe(true);
      expect(store.setBalances({ connectionId: 'c1', fetchedAt: NOW + 1, rows: [] }, 'syncing')).toBe(false);
      expect(open().getBalances().c1?.rows).toEqual([row('bitcoin', 2)]);
      expect(store.setBalances({ connectionId: 'c1', fetchedAt: NOW + 2, rows: [] }, 'synced')).toBe(true);
      expect(open().getBalances().c1?.rows).toEqual([]);
    });
  });

  it('caches coins, exchanges and rates with their fetch time', async () => {
    const { store, open } = await setup();
    expect(store.getCoinCache()).toEqual({ value: {}, fetchedAt: null });
    const btc = { id: 'bitcoin', name: 'Bitcoin', symbol: 'BTC', icon: null, priceChange1d: 1.2, price: 1, priceBtc: 1 };
    const eth = { ...btc, id: 'ethereum', name: 'Ethereum', symbol: 'ETH' };
    store.mergeCoinCache([btc], NOW);
    store.mergeCoinCache([eth], NOW + 5);
    store.setExchangeCache([{ connectionId: 'binance', name: 'Binance', icon: 'https://x/b.png', connectionFields: [{ name: 'API Key', key: 'apiKey' }] }], NOW);
    store.setRates({ USD: 1, EUR: 0.92 }, NOW);
    const reopened = open();
    expect(reopened.getCoinCache()).toEqual({ value: { bitcoin: btc, ethereum: eth }, fetchedAt: NOW + 5 });
    expect(reopened.getExchangeCache().value[0]?.connectionId).toBe('binance');
    expect(reopened.getRates()).toEqual({ value: { USD: 1, EUR: 0.92 }, fetchedAt: NOW });
  });

  it('keeps the ledger to this month and the previous one, and answers ranges', async () => {
    const { dir } = await setup();
    const DAY = 86_400_000;
    let now = new Date(2026, 0, 1).getTime();
    const store = createLocalStore({ openStore: openConfStore, dir, now: () => now });
    for (let day = 0; day < 120; day += 1) {
      now = new Date(2026, 0, 1).getTime() + day * DAY;
      store.appendLedger({ endpoint: 'exchange/balance', credits: 10 });
    }
    const entries = store.ledgerSince(0);
    // Day 119 is 30 April: March and April are kept.
    expect(entries[0]!.t).toBe(new Date(2026, 2, 1).getTime());
    expect(entries).toHaveLength(31 + 30);
    expect(store.ledgerSince(new Date(2026, 3, 1).getTime()).reduce((sum, e) => sum + e.credits, 0)).toBe(300);
  });

  it('remembers window bounds per display', async () => {
    const { store, open } = await setup();
    store.setWindowBounds('2', { x: 10, y: 20, width: 800, height: 600 });
    expect(open().getWindowBounds('2')).toEqual({ x: 10, y: 20, width: 800, height: 600 });
    expect(open().getWindowBounds('1')).toBeNull();
  });

  it.each([
    ['garbage bytes', '\u0000\u00ff{not json at all'],
    ['a schema violation', JSON.stringify({ settings: { privacyMode: 'yes' }, connections: 'none' })],
    ['a truncated write', '{"settings":{"primaryCurrency":"EUR"'],
  ])('moves a file with %s aside with its original bytes, tells the user, and starts with defaults', async (_name, garbage) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'config.json'), garbage);
    const store = createLocalStore({ openStore: openConfStore, dir, now: () => NOW });
    const backupName = 'config.corrupt-2026-11-25T09-30-00.json';
    expect(await readFile(join(dir, backupName), 'utf8')).toBe(garbage);
    expect(store.notices()).toEqual([
      {
        id: `recovered:${backupName}`,
        message: `Your settings file was unreadable; it was kept as ${backupName} and defaults were restored.`,
        // What it was worded from, so the snapshot words it again in the language of the day.
        recovered: { file: 'settings', backup: backupName },
      },
    ]);
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
    store.updateSettings({ primaryCurrency: 'GBP' });
    expect(createLocalStore({ openStore: openConfStore, dir, now: () => NOW }).getSettings().primaryCurrency).toBe('GBP');
  });

  it('never overwrites an earlier backup', async () => {
    const dir = await tempDir();
    for (const garbage of ['first', 'second']) {
      await writeFile(join(dir, 'config.json'), garbage);
      createLocalStore({ openStore: openConfStore, dir, now: () => NOW });
    }
    const files = (await readdir(dir)).filter((f) => f.includes('corrupt')).sort();
    expect(files).toEqual(['config.corrupt-2026-11-25T09-30-00-1.json', 'config.corrupt-2026-11-25T09-30-00.json']);
    expect(await readFile(join(dir, files[0]!), 'utf8')).toBe('second');
  });
});
