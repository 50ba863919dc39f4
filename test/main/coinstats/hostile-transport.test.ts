// Answers a broken or hostile server sends below the JSON: bodies that expand
// without bound, redirects, connections that break mid-answer. Each is told
// apart in the words the user reads, none leaks a secret (the fixture checks
// every error), and none is read past the cap or followed.
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../common/error-words';
import { MAX_ANSWER_BYTES } from '../../../main/coinstats/body-reader';
import { clientFailure, useCoinStats } from '../../support/coinstats-fixture';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';

const coinstats = useCoinStats();

const balance = { connectionId: 'binance', connectionFields: BINANCE_FIELDS };
const TOO_LARGE = 'CoinStats sent an answer too large to be a balance (over 16 MB); Tallybar stopped reading it.';
/** What undici hands over at most in one read: the cap is checked after each. */
const ONE_READ = 1024 * 1024;

/** The double's log from here on, as "METHOD path status". */
function logFrom(): () => string[] {
  const start = coinstats.double.requests().length;
  return () => coinstats.double.requests().slice(start).map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`);
}

describe('an answer too large to be a balance', () => {
  it('a 200 MB gzip bomb is read only up to the cap, then dropped; not retried', async () => {
    const { client, costs } = coinstats.client();
    const log = logFrom();
    coinstats.double.setFault('balance', { kind: 'gzip-bomb', megabytes: 200 });
    const error = await clientFailure(client.getExchangeBalance(balance));
    expect(error).toMatchObject({ code: 'answer_too_large', status: 200, message: TOO_LARGE });
    expect(error.action).toMatch(/last known balances are kept.*API base URL/);
    // Decoded bytes: just past the cap, nowhere near the 200 MB it expands to.
    expect(error.facts.bytesReceived).toBeGreaterThan(MAX_ANSWER_BYTES);
    expect(error.facts.bytesReceived).toBeLessThanOrEqual(MAX_ANSWER_BYTES + ONE_READ);
    expect(log()).toEqual(['POST /v1/exchange/balance 200']);
    // CoinStats did the work of a 200: charged once.
    expect(costs).toEqual([expect.objectContaining({ endpoint: 'balance', credits: 10, ok: false })]);
  });

  it('a plain 64 MB body is dropped past the cap; the next call is answered', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('coins', { kind: 'oversized', megabytes: 64 });
    const error = await clientFailure(client.getCoins(['bitcoin']));
    expect(error.code).toBe('answer_too_large');
    expect(error.facts.bytesReceived).toBeLessThanOrEqual(MAX_ANSWER_BYTES + ONE_READ);
    // The connection was dropped: the next call is answered normally.
    coinstats.double.clearFaults();
    await expect(client.getCoins(['bitcoin'])).resolves.toHaveLength(1);
  });

  it('a content-length over the cap is refused before reading a byte', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('currencies', { kind: 'status', status: 200, body: `<html>${'x'.repeat(MAX_ANSWER_BYTES)}</html>` });
    const error = await clientFailure(client.getCurrencies());
    expect(error).toMatchObject({ code: 'answer_too_large', message: TOO_LARGE });
    expect(error.facts.bytesReceived).toBe(0);
  });

  it('the largest real accounts still fit: 100,000 rows (about 10 MB) are read', async () => {
    const { client } = coinstats.client({ timeoutMs: 10_000 });
    coinstats.double.setFault('balance', { kind: 'large', rows: 100_000 });
    const answer = await client.getExchangeBalance(balance);
    expect(answer.balances).toHaveLength(100_000);
  });
});

describe('redirects are never followed', () => {
  it('a 302 to another path: one request, not followed, not retried, charged nothing; the user is told where it pointed', async () => {
    const { client, costs } = coinstats.client();
    const log = logFrom();
    coinstats.double.setFault('balance', { kind: 'redirect', location: `/v2/exchange/balance?apiKey=${TEST_API_KEY}#frag` });
    const error = await clientFailure(client.getExchangeBalance(balance));
    expect(error).toMatchObject({ code: 'redirected', status: 302 });
    expect(error.message).toBe(
      `CoinStats answered with a redirect (HTTP 302) to ${coinstats.double.url}/v2/exchange/balance. Its API never redirects, so Tallybar did not follow it.`,
    );
    expect(error.action).toMatch(/^Check the API base URL in Settings .* and any proxy/);
    expect(log()).toEqual(['POST /v1/exchange/balance 302']);
    expect(costs).toEqual([expect.objectContaining({ endpoint: 'balance', credits: 0, ok: false })]);
  });

  it('a redirect loop is one request and one clear error, not "offline"', async () => {
    const { client } = coinstats.client();
    const log = logFrom();
    coinstats.double.setFault('coins', { kind: 'redirect', status: 301 });
    const error = await clientFailure(client.getCoins(['bitcoin']));
    expect(error.code).toBe('redirected');
    expect(error.message).toContain(`to ${coinstats.double.url}/v1/coins.`);
    expect(error.message).not.toMatch(/offline|reach/);
    expect(log()).toEqual(['GET /v1/coins 301']);
  });

  it('shows no user name, query or secret from the Location, and nothing when it is not a web address', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('balance', { kind: 'redirect', location: `https://user:${BINANCE_FIELDS.apiSecret}@proxy.example/p/${TEST_API_KEY}?s=1` });
    const masked = await clientFailure(client.getExchangeBalance(balance));
    expect(masked.message).toContain('to https://proxy.example/p/••••.');
    coinstats.double.setFault('balance', { kind: 'redirect', location: 'javascript:alert(1)' });
    const hidden = await clientFailure(client.getExchangeBalance(balance));
    expect(hidden.message).toMatch(/^CoinStats answered with a redirect \(HTTP 302\)\. /);
  });
});

describe('connections that break say so', () => {
  it('cut short against its content-length: says how much arrived; the next call recovers', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('currencies', { kind: 'cut-short' }, 1);
    const error = await clientFailure(client.getCurrencies());
    expect(error.code).toBe('answer_cut_short');
    const { bytesReceived, bytesExpected } = error.facts;
    expect(bytesExpected).toBeGreaterThan(0);
    expect(bytesReceived).toBe(Math.floor((bytesExpected ?? 0) / 2));
    expect(error.message).toBe(`CoinStats started answering, but the connection broke after ${bytesReceived} of ${bytesExpected} bytes: the answer was cut short.`);
    expect(error.action).toMatch(/retries later/);
    await expect(client.getCurrencies()).resolves.toMatchObject({ USD: 1 });
  });

  it('reset mid-body: cut short too; charged once, as CoinStats answered, and not retried blindly', async () => {
    const { client, costs } = coinstats.client();
    const log = logFrom();
    coinstats.double.setFault('balance', { kind: 'reset-mid-body' });
    const error = await clientFailure(client.getExchangeBalance(balance));
    expect(error.code).toBe('answer_cut_short');
    // One request (its status may not be logged yet: the double's side of the reset can trail the client's).
    expect(log()).toEqual([expect.stringMatching(/^POST \/v1\/exchange\/balance /)]);
    expect(costs).toEqual([expect.objectContaining({ endpoint: 'balance', credits: 10, ok: false })]);
  });

  it('offline, reset, cut short and redirected each read differently; only offline says to check the connection', () => {
    const words = (['network', 'connection_reset', 'answer_cut_short', 'redirected'] as const).map((code) => describeError(code));
    expect(new Set(words.map((w) => w.message)).size).toBe(4);
    expect(words.map((w) => /offline|internet connection/.test(`${w.message} ${w.action}`))).toEqual([true, false, false, false]);
  });
});

describe('an answer Tallybar does not understand', () => {
  it('without a request id, tells what support needs: the call, the status and the time', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('balance', { kind: 'truncated' });
    const before = Date.now();
    const error = await clientFailure(client.getExchangeBalance(balance));
    expect(error.code).toBe('invalid_response');
    expect(error.action).toMatch(/^Try again later\. If it persists, report it with what failed: POST \/v1\/exchange\/balance, HTTP 200, at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
    expect(error.action).not.toMatch(/request ID/);
    expect(error.facts.at).toBeGreaterThanOrEqual(before);
  });
});
