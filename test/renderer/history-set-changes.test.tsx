// What History shows when the set of connections changes: the change figure
// over the connections at both ends, and a marker with its name on the chart,
// in the hidden table and in the cursor's readout.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../common/types';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { HistoryChart } from '../../renderer/src/details/history-chart';
import { makeFormatters } from '../../renderer/src/shared/formatters';
import { legacyPoint, pointOf } from '../support/history-points';
import { NOW, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const HOUR = 3_600_000;
const START = new Date(2026, 10, 18, 10, 0).getTime();
const fmt = (privacy = false) => makeFormatters({ locale: 'en-US', currency: 'USD', rates: {}, privacy });

/** Hourly points from `start`; `parts(i)` gives each hour's connections. */
type Parts = Record<string, number | null>;

function hours(count: number, parts: (i: number) => Parts, start = START): HistoryPoint[] {
  return Array.from({ length: count }, (_, i) => pointOf(start + i * HOUR, parts(i)));
}

const caption = (container: HTMLElement): string => container.querySelector('figcaption')!.textContent!;
const markers = (): string[] => screen.queryAllByRole('img').map((el) => el.getAttribute('aria-label')!).filter((label) => !label.startsWith('Total from'));
const tableMarks = (): string[] =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.lastElementChild!.textContent!)
    .filter(Boolean);

afterEach(cleanup);

describe('History after a connection is added', () => {
  // The numbers: Binance +1.09 % over the day, KuCoin's 88,487.10 arriving at noon.
  const day = (): HistoryPoint[] =>
    hours(25, (i) => ({ 'c-binance': 83_478.33 + (909.91 * i) / 24, ...(i >= 12 ? { 'c-kucoin': 88_487.1 } : {}) }), NOW - 24 * HOUR);

  it('reads the change over the connections at both ends, and marks the arrival on the chart and in the table', async () => {
    const { container } = renderWindow(<DetailsApp initialTab="history" />, { snapshot: portfolioSnapshot(), history: day() });
    fireEvent.click(await screen.findByRole('button', { name: '24 h' }));
    const marker = await screen.findByRole('img', { name: 'KuCoin added' });
    expect(marker.getAttribute('title')).toBe('KuCoin added');
    expect(caption(container)).toMatch(/^\$172,875\.34 \+\$909\.91 \(\+1\.09%\) since .* · without KuCoin \(added\) · Low /);
    expect(caption(container)).not.toContain('89,397.01');
    expect(screen.getByRole('img', { name: /^Total from/ }).getAttribute('aria-label')).toMatch(/Change since .*: \+\$909\.91 \(\+1\.09%\), without KuCoin \(added\)\.$/);
    expect(tableMarks()).toEqual(['KuCoin added']);
  });

  it('says the change in the cursor readout when the cursor reaches the point', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    const surface = screen.getByRole('group', { name: /History chart/ });
    fireEvent.keyDown(surface, { key: 'Home' });
    for (let i = 0; i < 12; i += 1) fireEvent.keyDown(surface, { key: 'ArrowRight' });
    expect(caption(container)).toMatch(/^\$172,420\.39 \(₿[\d.]+\) at .* · KuCoin added$/);
    fireEvent.keyDown(surface, { key: 'ArrowRight' });
    expect(caption(container)).not.toContain('KuCoin');
    fireEvent.mouseLeave(surface);
    expect(caption(container)).toContain('without KuCoin (added)');
  });

  it("keeps the amounts out of the markers in privacy mode (the percent stays at the 'amounts' level)", () => {
    const amountsOnly = makeFormatters({ locale: 'en-US', currency: 'USD', rates: {}, privacy: true, privacyLevel: 'amounts' });
    const { container } = render(<HistoryChart points={day()} fmt={amountsOnly} />);
    expect(markers()).toEqual(['KuCoin added']);
    expect(caption(container)).toContain('(+1.09%)');
    expect(caption(container)).not.toMatch(/\$\d/);
  });
});

describe('History across other changes of the set', () => {
  it('does not count a removed connection as loss', () => {
    const points = hours(10, (i) => ({ 'c-binance': 10_000 + i * 10, ...(i < 6 ? { 'c-kraken': 5_000 } : {}) }));
    const { container } = render(<HistoryChart points={points} fmt={fmt()} />);
    expect(markers()).toEqual(['Kraken removed']);
    expect(caption(container)).toMatch(/^\$10,090\.00 \+\$90\.00 \(\+0\.90%\) since .* · without Kraken \(removed\)/);
    expect(tableMarks()).toEqual(['Kraken removed']);
  });

  it('marks a connection failing for a while, and counts it at both ends once it is back', () => {
    const points = hours(10, (i) => ({ 'c-binance': 10_000 + i * 10, 'c-kraken': i >= 3 && i < 7 ? null : 5_000 + i * 5 }));
    const { container } = render(<HistoryChart points={points} fmt={fmt()} />);
    expect(markers()).toEqual(['Kraken left out', 'Kraken counted again']);
    expect(caption(container)).toMatch(/^\$15,135\.00 \+\$135\.00 \(\+0\.90%\) since [^·]* · Low /);
    expect(tableMarks()).toEqual(['Kraken left out', 'Kraken counted again']);
  });

  it('leaves a connection still failing at the end out of the figure', () => {
    const points = hours(6, (i) => ({ 'c-binance': 10_000 + i * 10, 'c-kraken': i >= 3 ? null : 5_000 }));
    const { container } = render(<HistoryChart points={points} fmt={fmt()} />);
    expect(caption(container)).toMatch(/^\$10,050\.00 \+\$50\.00 \(\+0\.50%\) since .* · without Kraken \(left out\)/);
  });

  it('takes two changes in one range out of the figure, each with its marker', () => {
    const points = hours(12, (i) => ({ 'c-binance': 10_000 + i * 100, ...(i < 8 ? { 'c-kraken': 2_000 } : {}), ...(i >= 4 ? { 'c-kucoin': 50_000 } : {}) }));
    const { container } = render(<HistoryChart points={points} fmt={fmt()} />);
    expect(markers()).toEqual(['KuCoin added', 'Kraken removed']);
    expect(caption(container)).toMatch(/\+\$1,100\.00 \(\+11\.00%\) since .* · without Kraken \(removed\), KuCoin \(added\)/);
    expect(tableMarks()).toEqual(['KuCoin added', 'Kraken removed']);
  });

  it('names two changes at one point in one marker', () => {
    const points = hours(4, (i): Parts => (i < 2 ? { 'c-binance': 1_000, 'c-kraken': 500 } : { 'c-binance': 1_010, 'c-kucoin': 700 }));
    render(<HistoryChart points={points} fmt={fmt()} />);
    expect(markers()).toEqual(['Kraken removed, KuCoin added']);
  });

  it('has no figure when no connection is in the total at both ends', () => {
    const points = hours(4, (i): Parts => (i < 2 ? { 'c-kraken': 500 } : { 'c-kucoin': 700 }));
    const { container } = render(<HistoryChart points={points} fmt={fmt()} />);
    expect(caption(container)).toMatch(/^\$700\.00 No change to show \(no exchange is in the total at both ends of this range\) · Low /);
  });

  it('keeps every marked point in a sampled table', () => {
    const points = hours(2_000, (i) => ({ 'c-binance': 1_000 + i, ...(i >= 1_001 ? { 'c-kucoin': 500 } : {}) }));
    render(<HistoryChart points={points} fmt={fmt()} />);
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeLessThan(510);
    expect(tableMarks()).toEqual(['KuCoin added']);
  });
});

describe('History over points recorded before connections were kept', () => {
  it('starts the change at the first point that records its connections, and marks it', () => {
    const points = [...[0, 1, 2].map((i) => legacyPoint(START + i * HOUR, 1_000 + i * 50_000)), ...hours(3, (i) => ({ 'c-binance': 100_000 + i * 1_000 }), START + 3 * HOUR)];
    const { container } = render(<HistoryChart points={points} fmt={fmt()} />);
    expect(markers()).toEqual(['Exchanges in the total recorded from here on']);
    expect(caption(container)).toMatch(/^\$102,000\.00 \+\$2,000\.00 \(\+2\.00%\) since Nov 18, 2026, 1:00 PM · Low /);
  });

  it('shows no figure while fewer than two points record their connections', () => {
    const { container } = render(<HistoryChart points={[legacyPoint(START, 1_000), legacyPoint(START + HOUR, 90_000)]} fmt={fmt()} />);
    expect(caption(container)).toMatch(/^\$90,000\.00 Change not known yet \(older points do not record which exchanges they include\) · Low /);
    expect(markers()).toEqual([]);
  });
});
