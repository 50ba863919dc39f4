// The popover's own words in the language the snapshot names, and again in
// another one when the language changes while it is open.
// Its own file, and a language new to this file each time the language changes:
// the window's store keeps each catalogue it loaded.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { connectionView, emptySnapshot, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

describe('popover languages', () => {
  it('shows the glance in German, and in Japanese once the language changes while open', async () => {
    const base = portfolioSnapshot({ language: 'de' });
    const left = { ...base.connections[0]!, countInTotal: false };
    const { fake } = renderWindow(<PopoverApp />, { snapshot: { ...base, connections: [left, ...base.connections.slice(1)] } });
    expect(await screen.findByRole('button', { name: 'Details öffnen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Coins' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Börsen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Einstellungen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jetzt aktualisieren' })).toBeTruthy();
    expect(screen.getByTestId('popover-freshness').textContent).toMatch(/^Aktualisiert /);
    expect(screen.getByText('Nicht in der Summe')).toBeTruthy();

    act(() => fake.push({ language: 'ja' }));
    expect(await screen.findByRole('button', { name: '詳細を開く' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'コイン' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '今すぐ更新' })).toBeTruthy();
    expect(screen.getByText('合計に含めない')).toBeTruthy();
  });

  it('words onboarding and a first sync in French', async () => {
    renderWindow(<PopoverApp />, { snapshot: emptySnapshot({ language: 'fr' }) });
    expect(await screen.findByRole('heading', { name: 'Bienvenue dans Tallybar' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Étape 1\u00a0: collez votre clé d’API CoinStats' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'openapi.coinstats.app' });
    expect(link.parentElement?.textContent).toBe('Tallybar lit les soldes via l’API CoinStats. Créez une clé gratuite sur openapi.coinstats.app.');
    expect(screen.getByRole('button', { name: /Essayer la démo/ })).toBeTruthy();
  });

  it('says a first sync in Simplified Chinese', async () => {
    const syncing = connectionView({ id: 'c-binance', exchangeId: 'binance', name: 'Binance', state: 'syncing', lastSyncAt: null, totalUsd: null });
    renderWindow(<PopoverApp />, { snapshot: emptySnapshot({ language: 'zh-Hans', apiKey: { set: true, hint: '••••wxyz' }, connections: [syncing] }) });
    expect((await screen.findByTestId('first-sync')).textContent).toBe('正在同步 Binance — 首次同步可能需要几分钟');
    expect(screen.getByTestId('popover-freshness').textContent).toBe('尚未同步');
  });
});

describe('popover key rotation', () => {
  it('marks an exchange whose keys are due for replacing on its row, and only that one', async () => {
    const base = portfolioSnapshot();
    const [first, ...others] = base.connections;
    const due = { ...first!, keys: { ...first!.keys, rotationDue: true } };
    renderWindow(<PopoverApp />, { snapshot: { ...base, connections: [due, ...others.map((c) => ({ ...c, keys: { ...c.keys, rotationDue: false } }))] } });
    const marks = await screen.findAllByTestId('exchange-keys-due');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('Keys due for replacing');
    expect(marks[0]!.closest('button')?.textContent).toContain(due.name);
  });
});
