// Main's own words follow the catalogue loaded now: the tray's text, the
// application menu (role items included) and the CSV export are German once
// the German catalogue is, and English again after.
import { afterEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../common/i18n';
import de from '../../common/locales/de';
import english from '../../common/locales/en';
import fr from '../../common/locales/fr';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { NOTHING_MASKED } from '../../common/privacy';
import { appMenuSpec, flattenMenu } from '../../main/controllers/app-menu';
import { buildMenu } from '../../main/controllers/tray-controller';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { fallbackName } from '../../main/core/coin-labels';
import { holdingsCsv } from '../../main/core/csv';
import { trayText } from '../../main/core/tray-text';
import { keyRejectedNotice, syncedNotice } from '../../main/services/sync/sync-notice';
import { emptySnapshot } from '../support/snapshot-fixture';

afterEach(() => setCatalogue('en', english));

const now = Date.UTC(2025, 5, 1, 12);
const summary = aggregatePortfolio({
  balances: [{ connectionId: 'c1', fetchedAt: now, rows: [{ coinId: 'bitcoin', amount: 0.2, price: 61_728.395, priceBtc: 1 }] }],
  coins: {},
  dustThresholdUsd: 1,
});
const standing = { syncedAt: now - 4 * 60_000, firstSync: [], failing: [], leftOut: [], notCounted: [], problem: null };
const tray = (demo = false, partial = false) =>
  trayText({
    summary: { ...summary, partial },
    settings: DEFAULT_SETTINGS,
    rates: { USD: 1 },
    // The regional format is not the language: amounts stay en-US here.
    locale: 'en-US',
    state: { now, refreshing: false, standing },
    demo,
  });
const noop = () => undefined;
const actions = { openSettings: noop, refreshAll: noop, togglePrivacy: noop, quit: noop };

describe('main’s words in the loaded language', () => {
  it('the tray tooltip and menu header', () => {
    setCatalogue('de', de);
    expect(tray().tooltip).toBe('Tallybar\n$12,345.68 · ₿0.2\nAktualisiert vor 4 Min.');
    expect(tray().menuHeader).toBe('Gesamt: $12,345.68');
    expect(tray(true, true).menuHeader).toBe('Demo-Gesamt: $12,345.68 (unvollständig)');
    setCatalogue('fr', fr);
    expect(tray().menuHeader).toBe('Total\u00a0: $12,345.68');
  });

  it('the tray menu and the application menu, roles included', () => {
    setCatalogue('de', de);
    const snapshot = emptySnapshot();
    expect(buildMenu('Gesamt', snapshot, { ...actions, openPopover: noop, refreshNow: noop, openDetails: noop, downloadUpdate: noop, installUpdate: noop }).map((i) => i.label)).toEqual(
      expect.arrayContaining(['Tallybar öffnen', 'Jetzt aktualisieren', 'Details öffnen …', 'Privatsphäre-Modus', 'Einstellungen …', 'Tallybar beenden']),
    );
    const mac = appMenuSpec(actions, 'darwin');
    expect(mac.map((item) => item.label)).toEqual(['Tallybar', 'Bearbeiten', 'Darstellung', 'Fenster']);
    // Electron labels roles in English only: every role item carries our word.
    for (const item of flattenMenu(mac).filter((i) => i.role)) expect(item.label, item.role).toBeTruthy();
    expect(flattenMenu(mac).find((i) => i.role === 'copy')?.label).toBe('Kopieren');
    setCatalogue('en', english);
    expect(flattenMenu(appMenuSpec(actions, 'darwin')).find((i) => i.role === 'copy')?.label).toBe('Copy');
    expect(flattenMenu(appMenuSpec(actions, 'linux')).find((i) => i.role === 'close')?.label).toBe('Close');
  });

  it('notifications', () => {
    setCatalogue('de', de);
    const rows = [{ coinId: 'bitcoin', amount: 1, price: 100, priceBtc: 1 }];
    const settings = { primaryCurrency: 'USD', privacyMode: false, privacyLevel: 'amounts' as const };
    expect(syncedNotice({ connectionId: 'c1', name: 'Binance', rows, settings, rates: { USD: 1 }, locale: 'en-US' }).body).toBe('Binance synchronisiert – $100.00');
    expect(keyRejectedNotice('Kraken').body).toBe('Kraken hat den API-Schlüssel abgelehnt. Öffnen Sie „Börsen“, um ihn zu ersetzen.');
  });

  it('the CSV export’s headers and words, numbers left locale-free', () => {
    setCatalogue('de', de);
    const csv = holdingsCsv({ summary, connectionNames: { c1: 'Binance' }, currency: 'USD', rates: { USD: 1 }, masking: NOTHING_MASKED });
    const [header, total, split] = csv.split('\r\n');
    expect(header).toBe('Bereich,Coin,Symbol,Börse,Menge,Preis (USD),Wert (USD),Wert (BTC),Anteil (%),Kleinstbetrag');
    expect(total).toMatch(/^gesamt,Bitcoin,bitcoin,Alle,0\.2,/);
    expect(split).toMatch(/^börse,Bitcoin,bitcoin,Binance,/);
  });

  it('names of cash rows in the language', () => {
    setCatalogue('de', de);
    expect(fallbackName('FiatCoinUSD')).toBe('US-Dollar');
    setCatalogue('en', english);
    expect(fallbackName('FiatCoinUSD')).toBe('US Dollar');
  });
});
