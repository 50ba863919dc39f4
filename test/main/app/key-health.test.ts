// Key health through the real app: a connection remembers when its keys were
// set (replacing them starts again), a rotation reminder raises one
// notification per due period across restarts (its click opens Exchanges;
// off at 0 days; the notifications setting silences it but not the badge),
// and a rejection after a long run of success reads "worked until".
import { describe, expect, it } from 'vitest';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { okValue, startAppHarness, useAppHarness } from '../../support/app-harness';
import { findSecretsInText, scanForSecrets } from '../../support/secret-scan';
import { DAY, rewriteStoredConnections } from '../../support/stored-connections';
import { T0 } from '../../support/test-time';

const startApp = useAppHarness();
const NEW_FIELDS = { apiKey: 'demoKEY-binance-new-77aa', apiSecret: 'demoSECRET-binance-new-99bb' };
const SECRETS = [TEST_API_KEY, ...Object.values(BINANCE_FIELDS), ...Object.values(NEW_FIELDS)];

async function withBinance(settings = {}) {
  const h = await startApp({ double: { syncPolls: 0 }, settings });
  okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
  const binance = okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS }));
  await h.settle();
  return { h, binance };
}

/** Stops the app, makes its keys `days` old on disk, and starts it again on the same files. */
async function keysAged(h: Awaited<ReturnType<typeof withBinance>>['h'], days: number, settings = {}) {
  await h.close();
  await rewriteStoredConnections(h.dir, () => ({ keysSetAt: T0 - days * DAY }));
  const again = await startAppHarness(h.dir, { double: { syncPolls: 0 }, settings, keyring: h.keyring });
  await again.settle();
  return again;
}

const keysOf = (h: { app: { snapshot(): { connections: { keys: unknown }[] } } }) => h.app.snapshot().connections[0]!.keys;

describe('key age', () => {
  it('starts when the keys are added and again when they are replaced', async () => {
    const { h, binance } = await withBinance();
    expect(binance.keys).toEqual({ setAt: T0, rotationDue: false, workedUntil: null });
    await h.clock.advance(60_000);
    const replaced = okValue(await h.invoke('replaceConnectionKeys', { id: binance.id, fields: NEW_FIELDS }));
    expect(replaced.keys.setAt).toBe(T0 + 60_000);
  });

  it('of a connection stored before keys had an age is the age of the connection', async () => {
    const { h } = await withBinance();
    await h.close();
    // JSON leaves an undefined property out: the file has no keysSetAt, as one from an older version.
    await rewriteStoredConnections(h.dir, () => ({ keysSetAt: undefined as unknown as number, createdAt: T0 - 5 * DAY }));
    const again = await startAppHarness(h.dir, { double: { syncPolls: 0 }, keyring: h.keyring });
    try {
      expect(keysOf(again)).toMatchObject({ setAt: T0 - 5 * DAY });
    } finally {
      await again.close();
    }
  });
});

describe('rotation reminder', () => {
  it('keys older than 90 days raise one notification that opens Exchanges, said once across restarts; new keys clear it', async () => {
    const { h, binance } = await withBinance();
    expect(h.notifier.titles().filter((t) => t.includes('new keys'))).toEqual([]);
    const aged = await keysAged(h, 100);
    try {
      expect(keysOf(aged)).toMatchObject({ rotationDue: true });
      const reminders = aged.notifier.shown.filter((n) => n.title === 'Binance: time for new keys');
      expect(reminders).toHaveLength(1);
      expect(reminders[0]!.body).toContain('more than 90 days old');
      reminders[0]!.click();
      expect(aged.detailsOpened.at(-1)).toBe('exchanges');
      await aged.invoke('refreshAll');
      await aged.settle();
      expect(aged.notifier.shown.filter((n) => n.title.includes('new keys'))).toHaveLength(1);
    } finally {
      await aged.close();
    }

    const restarted = await startAppHarness(h.dir, { double: { syncPolls: 0 }, keyring: h.keyring });
    try {
      await restarted.settle();
      expect(keysOf(restarted)).toMatchObject({ rotationDue: true });
      expect(restarted.notifier.shown.filter((n) => n.title.includes('new keys'))).toEqual([]);
      okValue(await restarted.invoke('replaceConnectionKeys', { id: binance.id, fields: NEW_FIELDS }));
      await restarted.settle();
      expect(keysOf(restarted)).toEqual({ setAt: T0, rotationDue: false, workedUntil: null });
      const shown = [restarted.notifier.text(), JSON.stringify(restarted.app.snapshot()), JSON.stringify(restarted.responses)].join('\n');
      expect(findSecretsInText(shown, SECRETS, 'key health surfaces')).toEqual([]);
      expect(scanForSecrets(h.dir, SECRETS)).toEqual([]);
    } finally {
      await restarted.close();
    }
  });

  it('with notifications off, says it only as the badge; at 0 days, not at all', async () => {
    const { h } = await withBinance();
    const silent = await keysAged(h, 100, { notifications: false });
    try {
      expect(keysOf(silent)).toMatchObject({ rotationDue: true });
      expect(silent.notifier.shown).toEqual([]);
      okValue(await silent.invoke('updateSettings', { keyRotationDays: 0 }));
      await silent.settle();
      expect(keysOf(silent)).toMatchObject({ rotationDue: false });
      okValue(await silent.invoke('updateSettings', { keyRotationDays: 40, notifications: true }));
      await silent.settle();
      // A new setting is a new period: keys 100 days old are in their second 40-day one.
      expect(silent.notifier.shown.map((n) => n.body)).toEqual([expect.stringContaining('more than 40 days old')]);
    } finally {
      await silent.close();
    }
  });

  it('refuses a rotation setting that is not a whole number of days in range, naming it', async () => {
    const { h } = await withBinance();
    for (const bad of [-1, 1.5, 4000]) {
      const result = await h.invoke('updateSettings', { keyRotationDays: bad });
      expect(!result.ok && result.error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('The key rotation reminder (days, 0 for off) must be a whole number from 0 to 3650') });
    }
    const text = await h.invoke('updateSettings', { keyRotationDays: '90' as unknown as number });
    expect(!text.ok && text.error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('keyRotationDays expected a number') });
  });
});

describe('worked until', () => {
  const revoked = { kind: 'status', status: 401, body: { message: 'Binance rejected the API key: API-key has been revoked.' } } as const;

  it('keys that worked for weeks and are now refused carry their last success', async () => {
    const { h } = await withBinance();
    const aged = await keysAged(h, 30);
    try {
      const lastSuccess = aged.app.snapshot().connections[0]!.lastSyncAt!;
      aged.double.setFault('balance', revoked);
      await aged.invoke('refreshAll');
      await aged.settle();
      const card = aged.app.snapshot().connections[0]!;
      expect(card.lastError?.code).toBe('exchange_rejected');
      expect(card.keys.workedUntil).toBe(lastSuccess);
    } finally {
      await aged.close();
    }
  });

  it('keys refused on their first day are not said to have worked', async () => {
    const { h } = await withBinance();
    h.double.setFault('balance', revoked);
    await h.invoke('refreshAll');
    await h.settle();
    const card = h.app.snapshot().connections[0]!;
    expect(card.lastError?.code).toBe('exchange_rejected');
    expect(card.keys.workedUntil).toBeNull();
  });
});
