// A connection's error is kept (store and runtime state) with the facts it was
// worded from, and every snapshot words it in the language of that snapshot:
// switching the language in Settings re-words what is already on screen.
import { afterEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../../common/i18n';
import english from '../../../common/locales/en';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { okValue, useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

afterEach(() => {
  // Main's language is this process's: later tests read English.
  setCatalogue('en', english);
});

describe('a connection error after the language changes', () => {
  it('is worded in the new language in the next snapshot, and again in English after switching back', async () => {
    const h = await startApp({ double: { syncPolls: 0 } });
    okValue(await h.invoke('setApiKey', { key: TEST_API_KEY }));
    okValue(await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS }));
    await h.settle();
    h.double.setFault('balance', { kind: 'status', status: 401, body: { message: 'API-key format invalid.' } });
    await h.invoke('refreshAll');
    await h.settle();
    const english = h.app.snapshot().connections[0]!.lastError!;
    expect(english.code).toBe('exchange_rejected');
    expect(english.message).toMatch(/^Binance rejected the API key — /);
    expect(english).not.toHaveProperty('facts');

    okValue(await h.invoke('updateSettings', { language: 'de' }));
    await h.settle();
    const snapshot = h.app.snapshot();
    expect(snapshot.language).toBe('de');
    const german = snapshot.connections[0]!.lastError!;
    expect(german.message).toMatch(/^Binance hat den API-Schlüssel abgelehnt – /);
    expect(german.action).toMatch(/^Prüfen Sie den Schlüssel auf Tippfehler/);
    // The store keeps the facts, not the German words.
    expect(h.app.session().store.listConnections()[0]!.lastError).toMatchObject({ facts: { exchangeName: 'Binance' } });

    okValue(await h.invoke('updateSettings', { language: 'en' }));
    await h.settle();
    expect(h.app.snapshot().connections[0]!.lastError).toEqual(english);
  });
});
