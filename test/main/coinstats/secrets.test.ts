// No secret in any error: provoke every kind of failure with distinctive
// secrets, then serialise each error every way a log or IPC reply could.
import { describe, expect, it } from 'vitest';
import { CoinStatsError } from '../../../main/coinstats/errors';
import type { Fault } from '../../../main/double/server';
import { useCoinStats } from '../../support/coinstats-fixture';
import {
  ALL_SECRETS, BINANCE_FIELDS, KUCOIN_FIELDS, REJECTED_FIELDS, TEST_API_KEY,
  captureError, leakedSecrets, producedErrors, serialiseEverything,
} from '../../support/double-helpers';

const coinstats = useCoinStats();

const FAULTS: Fault[] = [
  { kind: 'status', status: 400 }, { kind: 'status', status: 401 }, { kind: 'status', status: 403 },
  { kind: 'status', status: 404 }, { kind: 'status', status: 409 }, { kind: 'status', status: 429 },
  { kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'slow', ms: 400 },
  { kind: 'reset' }, { kind: 'truncated' }, { kind: 'html' },
  { kind: 'drift', variant: 'missing-field' }, { kind: 'drift', variant: 'not-a-number' }, { kind: 'drift', variant: 'negative' },
  { kind: 'drift', variant: 'overflow' }, { kind: 'drift', variant: 'foreign-connection' }, { kind: 'drift', variant: 'long-coin-id' },
  { kind: 'redirect', location: `/v2/exchange/balance?apiKey=${TEST_API_KEY}&secret=${BINANCE_FIELDS.apiSecret}` },
  { kind: 'redirect', location: `https://${BINANCE_FIELDS.apiKey}:${BINANCE_FIELDS.apiSecret}@proxy.example/${TEST_API_KEY}` },
  { kind: 'redirect' }, { kind: 'cut-short' }, { kind: 'reset-mid-body' }, { kind: 'oversized', megabytes: 20 }, { kind: 'gzip-bomb', megabytes: 20 },
];

/** Some faults leave a valid answer (a bad row is set aside, a missing currency is still a rate table): keep only failures. */
async function failures(calls: Array<Promise<unknown>>): Promise<unknown[]> {
  const results = await Promise.allSettled(calls);
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  producedErrors.push(...errors);
  return errors;
}

describe('secret scrubbing', () => {
  it('no error from any fault on a balance call carries the CoinStats key or an exchange secret', async () => {
    const { client, costs } = coinstats.client({ timeoutMs: 100, retry: { limit: 1, baseDelayMs: 1 } });
    for (const fault of FAULTS) {
      coinstats.double.setFault('balance', fault);
      for (const fields of [BINANCE_FIELDS, REJECTED_FIELDS, KUCOIN_FIELDS]) {
        const connectionId = fields === KUCOIN_FIELDS ? 'kucoin' : 'binance';
        for (const error of await failures([client.getExchangeBalance({ connectionId, connectionFields: fields })])) {
          expect(error, JSON.stringify(fault)).toBeInstanceOf(CoinStatsError);
        }
      }
    }
    coinstats.double.clearFaults();
    await captureError(client.getExchangeBalance({ connectionId: 'binance', connectionFields: REJECTED_FIELDS }));
    await captureError(client.getExchangeBalance({ connectionId: 'kucoin', connectionFields: BINANCE_FIELDS }));
    // Every fault fails at least the refused credentials' call.
    expect(producedErrors.length).toBeGreaterThanOrEqual(FAULTS.length + 2);
    expect(leakedSecrets(producedErrors)).toEqual([]);
    expect(leakedSecrets([costs])).toEqual([]);
  });

  it('secrets a server echoes back are redacted from the message', async () => {
    const { client } = coinstats.client();
    coinstats.double.setFault('balance', {
      kind: 'status',
      status: 401,
      body: { statusCode: 401, message: `Binance rejected the API key ${REJECTED_FIELDS.apiKey} (secret ${REJECTED_FIELDS.apiSecret}); header ${TEST_API_KEY}` },
    });
    const error = (await captureError(client.getExchangeBalance({ connectionId: 'binance', connectionFields: REJECTED_FIELDS }))) as CoinStatsError;
    coinstats.double.clearFaults();
    expect(error.code).toBe('exchange_rejected');
    expect(error.message).toContain('Binance rejected the API key ••••');
    expect(leakedSecrets([error])).toEqual([]);
  });

  it('errors from the other endpoints are clean too', async () => {
    const { client } = coinstats.client({ timeoutMs: 100, retry: { limit: 0, baseDelayMs: 1 } });
    for (const fault of FAULTS) {
      for (const route of ['support', 'coins', 'currencies', 'credits'] as const) coinstats.double.setFault(route, fault);
      await failures([
        client.getSupportedExchanges(),
        client.getCoins(['bitcoin', 'ethereum', 'tether', 'solana']),
        client.getCurrencies(),
        client.getCreditUsage(),
      ]);
    }
    coinstats.double.clearFaults();
    expect(producedErrors.length).toBeGreaterThan(FAULTS.length * 3);
    const wrongKey = coinstats.client({ getApiKey: async () => 'demo-WRONG-key-8d8d8d' });
    const error = await captureError(wrongKey.client.getCurrencies());
    expect(leakedSecrets(producedErrors, [...ALL_SECRETS, 'demo-WRONG-key-8d8d8d'])).toEqual([]);
    expect(serialiseEverything(error)).toContain('coinstats_key_invalid');
  });

  it('the check itself can fail: a raw ky error does carry the key', async () => {
    // Proves serialiseEverything would catch a leak, so the tests above mean something.
    const { default: ky } = await import('ky');
    const raw = await ky(`${coinstats.double.url}/v1/currencies`, { headers: { 'X-API-KEY': 'demo-wrong' }, retry: 0 }).catch((e: unknown) => e);
    expect(serialiseEverything(raw)).toContain('demo-wrong');
  });
});
