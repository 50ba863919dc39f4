// Every fault the double can inject, seen through the client.
import { answerProblemText } from '../../../common/answer-words';
import { describe, expect, it } from 'vitest';
import { clientFailure, useCoinStats } from '../../support/coinstats-fixture';
import { BINANCE_FIELDS } from '../../support/double-helpers';

const coinstats = useCoinStats();

const balance = { connectionId: 'binance', connectionFields: BINANCE_FIELDS };

describe('faults', () => {
  it('slow → timeout, not retried, counted as possibly charged', async () => {
    const { client, costs } = coinstats.client({ timeoutMs: 150 });
    coinstats.double.setFault('balance', { kind: 'slow', ms: 1_000 });
    const started = Date.now();
    const error = await clientFailure(client.getExchangeBalance(balance));
    expect(error).toMatchObject({ code: 'timeout', status: null });
    expect(error.message).toMatch(/0\.15 s/);
    expect(Date.now() - started).toBeLessThan(900);
    expect(costs).toEqual([expect.objectContaining({ endpoint: 'balance', ok: false, credits: 10 })]);
  });

  it('a slow answer inside the timeout is fine', async () => {
    const { client } = coinstats.client({ timeoutMs: 1_000 });
    coinstats.double.setFault('currencies', { kind: 'slow', ms: 100 });
    await expect(client.getCurrencies()).resolves.toMatchObject({ USD: 1 });
  });

  it('reset → connection_reset, retried, then recovers', async () => {
    const { client, costs } = coinstats.client();
    coinstats.double.setFault('support', { kind: 'reset' }, 1);
    await expect(client.getSupportedExchanges()).resolves.not.toHaveLength(0);
    expect(costs.map((c) => c.ok)).toEqual([false, true]);
  });

  it('reset every time → says the connection was reset, not that the user is offline', async () => {
    const { client, costs } = coinstats.client();
    coinstats.double.setFault('support', { kind: 'reset' });
    const error = await clientFailure(client.getSupportedExchanges());
    expect(error.code).toBe('connection_reset');
    expect(error.message).toMatch(/^The connection to CoinStats was reset before it answered/);
    expect(error.message).not.toMatch(/offline|Could not reach/);
    expect(error.action).toMatch(/retries later/);
    expect(costs).toHaveLength(3);
  });

  it('connection refused → network, charged nothing', async () => {
    const gone = await coinstats.start();
    const { client, costs } = coinstats.client({ double: gone, retry: { limit: 0, baseDelayMs: 1 } });
    await gone.close();
    const error = await clientFailure(client.getCurrencies());
    expect(error).toMatchObject({ code: 'network', message: expect.stringMatching(/refused/) });
    expect(costs).toEqual([expect.objectContaining({ credits: 0, ok: false })]);
  });

  it('truncated JSON → invalid_response', async () => {
    const { client, costs } = coinstats.client();
    coinstats.double.setFault('balance', { kind: 'truncated' });
    const error = await clientFailure(client.getExchangeBalance(balance));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(/not valid JSON/);
    // Answered, so CoinStats charged it; not retried (a retry would pay again).
    expect(costs).toEqual([expect.objectContaining({ credits: 10, ok: false })]);
  });

  it('HTML error page → unavailable with a message saying it was HTML, retried', async () => {
    const { client, costs } = coinstats.client();
    coinstats.double.setFault('coins', { kind: 'html' });
    const error = await clientFailure(client.getCoins(['bitcoin']));
    expect(error).toMatchObject({ code: 'unavailable', status: 502 });
    expect(error.message).toMatch(/HTML page \("502 Bad Gateway"/);
    expect(costs).toHaveLength(3);
  });

  it('an HTML page with status 200 → invalid_response', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('currencies', { kind: 'status', status: 200, body: '<html><body>Captive portal</body></html>' });
    const error = await clientFailure(client.getCurrencies());
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(/HTML/);
  });

  it.each([
    ['missing-field', 'named', /^amount: .*missing/],
    ['not-a-number', 'named', /^amount: expected a finite number ≥ 0, got a string of 3 characters$/],
    ['negative', 'named', /^amount: expected a finite number ≥ 0, got -/],
    ['overflow', 'named', /^amount × price is not a finite number$/],
    ['long-coin-id', 'unnamed', /^coinId: expected a coin id of at most 128 characters, got a string of 1,000,000 characters$/],
    ['invisible-coin-id', 'unnamed', /^coinId: expected a coin id of letters, digits and - _ \. : only/],
  ] as const)('drift %s in one row: the good rows are kept, the bad one set aside and explained', async (variant, naming, pattern) => {
    const { client } = coinstats.client();
    const expected = coinstats.double.expectedBalance('binance', BINANCE_FIELDS);
    coinstats.double.setFault('balance', { kind: 'drift', variant });
    const answer = await client.getExchangeBalance(balance);
    expect(answer.balances).toEqual(expected.filter((_, i) => i !== 3));
    expect(answer.rejected).toHaveLength(1);
    const [rejected] = answer.rejected;
    expect(rejected?.coinId).toBe(naming === 'named' ? expected[3]?.coinId : null);
    const words = answerProblemText(rejected!.problem);
    expect(words).toMatch(pattern);
    // The problem is bounded: a hostile answer cannot make it carry the answer.
    expect(JSON.stringify(rejected!.problem).length).toBeLessThan(300);
    expect(words.length).toBeLessThan(300);
  });

  it('drift foreign-connection → invalid_response: an answer about another exchange is never this one', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('balance', { kind: 'drift', variant: 'foreign-connection' });
    const error = await clientFailure(client.getExchangeBalance(balance));
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(/portfolio\.connectionId: the answer is about another exchange, not “binance”/);
  });

  it('numbers sent as numeric strings are harmless drift: the balance is the same', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('balance', { kind: 'drift', variant: 'string-number' });
    const answer = await client.getExchangeBalance(balance);
    expect(answer.balances).toEqual(coinstats.double.expectedBalance('binance', BINANCE_FIELDS));
    expect(typeof answer.balances[3]?.amount).toBe('number');
  });

  it.each([
    ['support', 'missing-field', /^CoinStats sent an unexpected answer: \[3\]\.connectionId: .*missing/],
    ['status', 'missing-field', /status: .*missing/],
    ['coins', 'not-a-number', /result\[3\]\.price: expected a finite number ≥ 0, got a string of 3 characters/],
    ['coins', 'invisible-coin-id', /result\[3\]\.id: expected a coin id of letters, digits/],
    ['currencies', 'not-a-number', /result\.USD: expected a finite number > 0/],
    ['credits', 'negative', /totalCredits: expected a finite number ≥ 0, got -/],
  ] as const)('drift on %s (%s) is caught too', async (route, variant, pattern) => {
    const { client } = coinstats.client();
    const { portfolio } = await client.getExchangeBalance(balance);
    coinstats.double.setFault(route, { kind: 'drift', variant });
    const calls = {
      support: () => client.getSupportedExchanges(),
      coins: () => client.getCoins(['bitcoin', 'ethereum', 'tether', 'solana']),
      currencies: () => client.getCurrencies(),
      credits: () => client.getCreditUsage(),
      status: () => client.getExchangeStatus(portfolio.id),
    };
    const error = await clientFailure(calls[route]());
    expect(error.code).toBe('invalid_response');
    expect(error.message).toMatch(pattern);
  });

  it('drift extra-fields is tolerated', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('balance', { kind: 'drift', variant: 'extra-fields' });
    const answer = await client.getExchangeBalance(balance);
    expect(answer.balances).toEqual(coinstats.double.expectedBalance('binance', BINANCE_FIELDS));
    expect(answer.balances[3]).not.toHaveProperty('availableAmount');
  });

  it('a very large answer parses', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('balance', { kind: 'large', rows: 20_000 });
    const answer = await client.getExchangeBalance(balance);
    expect(answer.balances).toHaveLength(20_000);
    expect(answer.balances.every((r) => r.amount > 0 && r.price >= 0)).toBe(true);
  });

  it('`times` limits a fault to the next N requests', async () => {
    const { client } = coinstats.client({ retry: { limit: 0, baseDelayMs: 1 } });
    coinstats.double.setFault('currencies', { kind: 'status', status: 503 }, 2);
    await clientFailure(client.getCurrencies());
    await clientFailure(client.getCurrencies());
    await expect(client.getCurrencies()).resolves.toMatchObject({ USD: 1 });
  });
});
