// The client against the double over real HTTP: every endpoint, every error code.
import { describe, expect, it } from 'vitest';
import { clientFailure, useCoinStats } from '../../support/coinstats-fixture';
import { BINANCE_FIELDS, KUCOIN_FIELDS, REJECTED_FIELDS, TEST_API_KEY } from '../../support/double-helpers';

const coinstats = useCoinStats();

describe('endpoints', () => {
  it('fetches an exchange balance equal to what the double holds', async () => {
    const { client } = coinstats.client();
    const answer = await client.getExchangeBalance({ connectionId: 'binance', connectionFields: BINANCE_FIELDS, name: 'Main' });
    expect(answer.portfolio).toMatchObject({ status: 'synced', connectionId: 'binance', name: 'Main' });
    expect(answer.portfolio.id).toMatch(/^[0-9a-f]{64}$/);
    expect(answer.balances).toEqual(coinstats.double.expectedBalance('binance', BINANCE_FIELDS));
    expect(answer.balances.length).toBeGreaterThanOrEqual(25);
  });

  it('sends a passphrase for the exchanges that need one', async () => {
    const { client } = coinstats.client();
    const answer = await client.getExchangeBalance({ connectionId: 'kucoin', connectionFields: KUCOIN_FIELDS });
    expect(answer.portfolio.connectionId).toBe('kucoin');
    expect(answer.portfolio.name).toBeUndefined();
  });

  it('lists supported exchanges with their credential fields', async () => {
    const { client } = coinstats.client();
    const list = await client.getSupportedExchanges();
    const okx = list.find((e) => e.connectionId === 'okx');
    expect(okx?.connectionFields.map((f) => f.key)).toEqual(['apiKey', 'apiSecret', 'passphrase']);
    expect(list.map((e) => e.connectionId)).toEqual(expect.arrayContaining(['binance', 'coinbase', 'kraken', 'kucoin', 'okx', 'bybit']));
  });

  it('follows a portfolio from syncing to synced through the status endpoint', async () => {
    const slow = await coinstats.start({ syncPolls: 2 });
    const { client } = coinstats.client({ double: slow });
    const first = await client.getExchangeBalance({ connectionId: 'binance', connectionFields: BINANCE_FIELDS });
    expect(first.portfolio.status).toBe('syncing');
    expect(first.balances).toEqual([]);
    const polls = [];
    for (let i = 0; i < 3; i++) polls.push((await client.getExchangeStatus(first.portfolio.id)).status);
    expect(polls).toEqual(['syncing', 'syncing', 'synced']);
    const done = await client.getExchangeBalance({ connectionId: 'binance', connectionFields: BINANCE_FIELDS });
    expect(done.portfolio.status).toBe('synced');
    expect(done.balances).toEqual(slow.expectedBalance('binance', BINANCE_FIELDS));
  });

  it('enriches coins in one call and skips the call for no ids', async () => {
    const { client, costs } = coinstats.client();
    const coins = await client.getCoins(['bitcoin', 'ethereum', 'bitcoin', 'no-such-coin']);
    expect(coins.map((c) => c.id)).toEqual(['bitcoin', 'ethereum']);
    expect(coins[0]).toMatchObject({ symbol: 'BTC', name: 'Bitcoin', priceBtc: 1 });
    expect(typeof coins[0]?.priceChange1d).toBe('number');
    expect(await client.getCoins([])).toEqual([]);
    expect(costs.filter((c) => c.endpoint === 'coins')).toHaveLength(1);
  });

  it('reads currency rates and credit usage', async () => {
    const { client } = coinstats.client();
    const rates = await client.getCurrencies();
    expect(rates.USD).toBe(1);
    expect(rates.EUR).toBeGreaterThan(0);
    const usage = await client.getCreditUsage();
    expect(usage).toMatchObject({ totalCredits: 20_000, subscription: 'free' });
    expect(usage.remainingCredits).toBe(20_000 - usage.usedCredits);
  });

  it('validates a candidate key with getCreditUsage({ apiKey }) before it is stored', async () => {
    const { client } = coinstats.client({ getApiKey: async () => null });
    await expect(client.getCreditUsage({ apiKey: TEST_API_KEY })).resolves.toMatchObject({ subscription: 'free' });
    const error = await clientFailure(client.getCreditUsage({ apiKey: 'demo-wrong-key-000' }));
    expect(error.code).toBe('coinstats_key_invalid');
    const none = await clientFailure(client.getCurrencies());
    expect(none.code).toBe('no_api_key');
    expect(none.message).toMatch(/No CoinStats API key/);
  });
});

describe('error codes', () => {
  it('coinstats_key_invalid: a bad CoinStats key, with the requestId kept', async () => {
    const { client } = coinstats.client({ getApiKey: async () => 'demo-not-the-key' });
    const error = await clientFailure(client.getExchangeBalance({ connectionId: 'binance', connectionFields: BINANCE_FIELDS }));
    expect(error).toMatchObject({ code: 'coinstats_key_invalid', status: 401 });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.toPlain()).toMatchObject({ code: 'coinstats_key_invalid', requestId: error.requestId, action: expect.stringMatching(/Settings/) });
  });

  it('exchange_rejected: the exchange refused its own key; the advice mentions read-only and IP restrictions', async () => {
    const { client } = coinstats.client();
    const error = await clientFailure(client.getExchangeBalance({ connectionId: 'binance', connectionFields: REJECTED_FIELDS }));
    expect(error.code).toBe('exchange_rejected');
    expect(error.message).toMatch(/^Binance rejected the API key/);
    expect(error.action).toMatch(/read-only/);
    expect(error.action).toMatch(/IP/);
  });

  it('bad_request: missing or extra credential fields', async () => {
    const { client } = coinstats.client();
    const missing = await clientFailure(client.getExchangeBalance({ connectionId: 'okx', connectionFields: BINANCE_FIELDS }));
    expect(missing).toMatchObject({ code: 'bad_request', status: 400 });
    expect(missing.message).toMatch(/passphrase/);
    const extra = await clientFailure(client.getExchangeBalance({ connectionId: 'binance', connectionFields: { ...BINANCE_FIELDS, otp: 'demo-123456' } }));
    expect(extra.message).toMatch(/otp/);
    const unknown = await clientFailure(client.getExchangeBalance({ connectionId: 'mtgox', connectionFields: BINANCE_FIELDS }));
    expect(unknown.message).toMatch(/mtgox/);
  });

  it('not_found: an unknown portfolio', async () => {
    const { client } = coinstats.client();
    const error = await clientFailure(client.getExchangeStatus('f'.repeat(64)));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
  });

  it.each([
    [403, 'plan_forbidden'],
    [409, 'not_synced'],
    [500, 'unavailable'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [504, 'unavailable'],
  ] as const)('HTTP %i → %s', async (status, code) => {
    const { client } = coinstats.client();
    coinstats.double.setFault('status', { kind: 'status', status });
    const error = await clientFailure(client.getExchangeStatus('a'.repeat(64)));
    expect(error).toMatchObject({ code, status });
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('parses all three error-body shapes', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('currencies', { kind: 'status', status: 403, body: { statusCode: 403, message: 'Upgrade needed', requestId: 'req-1', path: '/currencies' } });
    expect(await clientFailure(client.getCurrencies())).toMatchObject({ code: 'plan_forbidden', requestId: 'req-1', message: expect.stringMatching(/Upgrade needed/) });
    coinstats.double.setFault('currencies', { kind: 'status', status: 503, body: { statusCode: 503, message: 'Exchange upstream down' } });
    expect(await clientFailure(client.getCurrencies())).toMatchObject({ code: 'unavailable', requestId: null, message: expect.stringMatching(/Exchange upstream down/) });
    coinstats.double.setFault('currencies', { kind: 'status', status: 401, body: { error: 'Unauthorized', message: 'Invalid API key' } });
    expect(await clientFailure(client.getCurrencies())).toMatchObject({ code: 'coinstats_key_invalid', message: expect.stringMatching(/Invalid API key/) });
  });

  it('a 401 on a balance call is told apart by whether the CoinStats key works elsewhere', async () => {
    const { client } = coinstats.client();
    const wording = { kind: 'status', status: 401, body: { error: 'Unauthorized', message: 'Invalid API key' } } as const;
    // CoinStats-like wording, but the key works on /usage/credits: the exchange refused.
    coinstats.double.setFault('balance', wording);
    const exchange = await clientFailure(client.getExchangeBalance({ connectionId: 'binance', connectionFields: BINANCE_FIELDS }));
    expect(exchange).toMatchObject({ code: 'exchange_rejected', message: 'The exchange rejected its API key: Invalid API key' });
    // Exchange-like wording, but the key fails everywhere: it is the CoinStats key.
    coinstats.double.setFault('balance', { kind: 'status', status: 401, body: { statusCode: 401, message: 'Kraken rejected the API key: EAPI:Invalid key' } });
    coinstats.double.setFault('credits', wording);
    const ours = await clientFailure(client.getExchangeBalance({ connectionId: 'kraken', connectionFields: BINANCE_FIELDS }));
    expect(ours.code).toBe('coinstats_key_invalid');
    // The probe itself failing otherwise: fall back to the wording.
    coinstats.double.setFault('credits', { kind: 'status', status: 500 });
    const guess = await clientFailure(client.getExchangeBalance({ connectionId: 'kraken', connectionFields: BINANCE_FIELDS }));
    expect(guess.code).toBe('exchange_rejected');
  });

  it('does not retry errors that waiting cannot fix', async () => {
    const { client, costs } = coinstats.client();
    for (const status of [400, 401, 403, 404, 409]) {
      costs.length = 0;
      coinstats.double.setFault('support', { kind: 'status', status });
      await clientFailure(client.getSupportedExchanges());
      expect(costs, `HTTP ${status}`).toHaveLength(1);
    }
  });

  it('retries 503 with backoff and succeeds when the service recovers', async () => {
    const { client, costs } = coinstats.client();
    coinstats.double.setFault('support', { kind: 'status', status: 503 }, 2);
    const list = await client.getSupportedExchanges();
    expect(list.length).toBeGreaterThan(5);
    expect(costs.map((c) => c.ok)).toEqual([false, false, true]);
  });

  it('gives up after the retry limit', async () => {
    const { client, costs } = coinstats.client({ retry: { limit: 1, baseDelayMs: 1 } });
    coinstats.double.setFault('support', { kind: 'status', status: 502 });
    expect((await clientFailure(client.getSupportedExchanges())).code).toBe('unavailable');
    expect(costs).toHaveLength(2);
  });
});
