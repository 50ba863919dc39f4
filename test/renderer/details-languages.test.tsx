// The details window's own words (tabs, Holdings, History, Exchanges, keys)
// in the language the snapshot names, and again in another one when the
// language changes while the window is open: memoised lines too.
// Its own file, and a language new to this file each time the language changes:
// the window's store keeps each catalogue it loaded, and these tests leave a non-English one in use.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { pointOf } from '../support/history-points';
import { NOW, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

describe('details window languages', () => {
  it('shows Holdings in German, and in French once the language changes while open', async () => {
    const { fake } = renderWindow(<DetailsApp />, { snapshot: portfolioSnapshot({ language: 'de' }) });
    const grid = await screen.findByRole('treegrid', { name: 'Bestände' });
    expect(screen.getByRole('tab', { name: 'Bestände' }).getAttribute('aria-selected')).toBe('true');
    expect(within(grid).getByRole('columnheader', { name: /Wert/ }).getAttribute('aria-sort')).toBe('descending');
    expect(within(grid).getByText('Kleinstbeträge (1 Coin)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Aufteilung' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Coins filtern' }).getAttribute('placeholder')).toBe('Nach Symbol oder Name filtern');
    expect(screen.getByText('4 Coins')).toBeTruthy();

    act(() => fake.push({ language: 'fr' }));
    const french = await screen.findByRole('treegrid', { name: 'Avoirs' });
    expect(within(french).getByText('Poussière (1 crypto)')).toBeTruthy();
    expect(within(french).getByRole('columnheader', { name: /Valeur/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Répartition' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Plateformes' })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filtrer les cryptos' }), { target: { value: 'zzz' } });
    expect(screen.getByText('Aucune crypto ne correspond à « zzz ».')).toBeTruthy();
  });

  it('words Exchanges and each key card in Japanese, and a test result again in English after a switch', async () => {
    const { fake } = renderWindow(<DetailsApp initialTab="exchanges" />, { snapshot: portfolioSnapshot({ language: 'ja', failingBybit: true }) });
    await screen.findByRole('heading', { name: '接続中の取引所' });
    const card = screen.getByRole('listitem', { name: 'Binance' });
    const keys = within(card).getByRole('region', { name: 'Binanceのキー' });
    expect(within(keys).getByText('Binanceでのキーの作成方法')).toBeTruthy();
    expect(keys.textContent).toContain('「Enable Reading」のみにチェックを入れてください。');
    expect(within(card).getByRole('button', { name: 'Binanceの名前を変更' })).toBeTruthy();
    expect(within(card).getByLabelText('Binanceを合計に含める')).toBeTruthy();
    expect(card.textContent).toContain('最終同期：');
    fireEvent.click(within(card).getByRole('button', { name: 'テスト' }));
    expect(await within(card).findByText(/^Binanceは正常です：.+。$/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Binanceを削除' }));
    expect(within(card).getByRole('group', { name: 'Binanceを削除しますか？' }).textContent).toContain('キーはこのコンピュータから消去されます。');

    // The outcome is kept as a fact and worded when shown: a new language rewords it.
    act(() => fake.push({ language: 'en' }));
    expect(await within(card).findByText(/^Binance works: .+\.$/)).toBeTruthy();
    expect(within(card).getByRole('group', { name: 'Remove Binance?' }).textContent).toContain('Its keys are erased from this computer.');
  });

  it('words History in Simplified Chinese, its markers again in Spanish after a switch', async () => {
    const HOUR = 3_600_000;
    // Binance all day, KuCoin arriving at noon.
    const history = Array.from({ length: 25 }, (_, i) => pointOf(NOW - (24 - i) * HOUR, { 'c-binance': 80_000 + i * 10, ...(i >= 12 ? { 'c-kucoin': 9_000 } : {}) }));
    const { container, fake } = renderWindow(<DetailsApp initialTab="history" />, { snapshot: portfolioSnapshot({ language: 'zh-Hans' }), history });
    const range = await screen.findByRole('group', { name: '时间范围' });
    expect(within(range).getByRole('button', { name: '7 天' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(range).getByRole('button', { name: '全部' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: '已添加 KuCoin' })).toBeTruthy();
    expect(container.querySelector('figcaption')!.textContent).toContain('不含 KuCoin（已添加） · 最低 ');
    expect(screen.getByRole('img', { name: /^.* 至 .* 的总额：起始 / })).toBeTruthy();
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe('总额变化');

    act(() => fake.push({ language: 'es' }));
    expect(await screen.findByRole('img', { name: 'KuCoin añadido' })).toBeTruthy();
    expect(container.querySelector('figcaption')!.textContent).toContain('sin KuCoin (añadido) · Mínimo ');
    expect(screen.getByRole('group', { name: /^Gráfico del historial\./ })).toBeTruthy();
  });
});
