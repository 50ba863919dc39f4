// Replacing a connection's keys never loses the keys that work: the new ones
// are tested first, and a failed test leaves everything as it was.
import { describe, expect, it } from 'vitest';
import { BINANCE_FIELDS, REJECTED_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { okValue, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

/** Binance keys the double accepts (its rule: a `demo` prefix), other than the first ones. */
const NEW_FIELDS = { apiKey: 'demoKEY-binance-77aa01', apiSecret: 'demoSECRET-binance-0ddba11' };

async function onboarded() {
  const h = await startApp({ double: { syncPolls: 0 } });
  okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
  const added = okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS }));
  await h.settle();
  return { h, id: added.id };
}

describe('replace keys', () => {
  it('a rejected key is reported and the working keys, state and balance stay', async () => {
    const { h, id } = await onboarded();
    const before = okValue(await h.invoke('getState'));
    expect(before.connections[0]?.state).toBe('synced');

    const result = await h.invoke('replaceConnectionKeys', { id, fields: REJECTED_FIELDS });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('exchange_rejected');

    expect(await h.app.session().vault.getConnectionSecrets(id)).toEqual(BINANCE_FIELDS);
    const after = okValue(await h.invoke('getState'));
    expect(after.connections[0]).toMatchObject({ state: 'synced', credentialHints: before.connections[0]?.credentialHints });
    expect(after.portfolio.totalUsd).toBe(before.portfolio.totalUsd);

    // The working keys still work: a refresh succeeds.
    okValue(await h.invoke('refreshConnection', { id }));
    expect(okValue(await h.invoke('getState')).connections[0]?.state).toBe('synced');
  });

  it('keys that work replace the old ones, for one balance call: the test answer is the new balance', async () => {
    const { h, id } = await onboarded();
    const balanceCalls = () => h.double.requests().filter((r) => r.path.endsWith('/exchange/balance')).length;
    const before = balanceCalls();
    const replaced = okValue(await h.invoke('replaceConnectionKeys', { id, fields: NEW_FIELDS }));
    expect(replaced.credentialHints.apiKey).toBe(`••••${NEW_FIELDS.apiKey.slice(-4)}`);
    expect(replaced.state).toBe('synced');
    expect(await h.app.session().vault.getConnectionSecrets(id)).toEqual(NEW_FIELDS);
    await h.settle();
    expect(balanceCalls() - before).toBe(1);
    const state = okValue(await h.invoke('getState'));
    const expected = h.double.expectedBalance('binance', NEW_FIELDS).reduce((sum, r) => sum + r.amount * r.price, 0);
    expect(state.connections[0]?.totalUsd).toBeCloseTo(expected, 6);
  });
});
