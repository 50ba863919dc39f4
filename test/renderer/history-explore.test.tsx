// History as something to explore: scrub it by keyboard for the value and
// time at a point, mark a point and read the change from it to the cursor
// (or to now), and show a line per exchange, read out and tabled too.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../common/types';
import { HistoryChart } from '../../renderer/src/details/history-chart';
import { makeFormatters } from '../../renderer/src/shared/formatters';
import { legacyPoint, pointOf } from '../support/history-points';

const HOUR = 3_600_000;
const START = new Date(2026, 10, 16, 9, 0).getTime(); // a Monday, local time
const fmt = (privacy = false, privacyLevel: 'all' | 'amounts' = 'amounts') => makeFormatters({ locale: 'en-US', currency: 'USD', rates: {}, privacy, privacyLevel });

/** 25 hourly points: Binance 10,000 rising 100 an hour; KuCoin's 5,000 arrives at hour 12. */
const day = (): HistoryPoint[] =>
  Array.from({ length: 25 }, (_, i) => pointOf(START + i * HOUR, { 'c-binance': 10_000 + i * 100, ...(i >= 12 ? { 'c-kucoin': 5_000 } : {}) }));

const caption = (container: HTMLElement): string => container.querySelector('figcaption')!.textContent!;
const surface = (): HTMLElement => screen.getByRole('group', { name: /History chart/ });
const press = (...keys: string[]): void => keys.forEach((key) => fireEvent.keyDown(surface(), { key }));

afterEach(cleanup);

describe('scrubbing History by keyboard', () => {
  it('reads the value and time at each point, from the last one back', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    press('ArrowLeft');
    expect(caption(container)).toMatch(/^\$17,300\.00 \(₿0\.173\d*\) at Nov 17, 2026, 8:00 AM$/);
    press('Home');
    expect(caption(container)).toMatch(/^\$10,000\.00 \(₿0\.1\d*\) at Nov 16, 2026, 9:00 AM$/);
    press('PageDown');
    expect(caption(container)).toMatch(/^\$10,100\.00 .* at Nov 16, 2026, 10:00 AM$/);
  });
});

describe('comparing from a marked point', () => {
  it('Enter marks the point; the readout then says the change from it to the cursor, and since it once the cursor is at the end', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    press('Home', 'ArrowRight', 'Enter');
    expect(caption(container)).toContain('Move the cursor to compare');
    expect(screen.getByTestId('compare-span')).toBeTruthy();
    press('ArrowRight', 'ArrowRight');
    // 10,100 → 10,300: one exchange throughout.
    expect(caption(container)).toMatch(/^\$10,300\.00 \+\$200\.00 \(\+1\.98%\) from Nov 16, 2026, 10:00 AM to Nov 16, 2026, 12:00 PM$/);
    press('End');
    expect(caption(container)).toMatch(/\+\$2,300\.00 \(\+22\.77%\) since Nov 16, 2026, 10:00 AM · without KuCoin \(added\)$/);
  });

  it('reads earlier-to-later whichever end was marked first', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    press('Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter', 'ArrowLeft', 'ArrowLeft');
    expect(caption(container)).toMatch(/^\$10,100\.00 \+\$200\.00 \(\+1\.98%\) from Nov 16, 2026, 10:00 AM to Nov 16, 2026, 12:00 PM$/);
  });

  it('counts a connection that arrived inside the span only where it is at both ends', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    press('Home', 'ArrowRight', 'Enter');
    for (let i = 0; i < 12; i += 1) press('ArrowRight');
    // 10,100 → 11,300 for Binance; KuCoin's 5,000 is not gain.
    expect(caption(container)).toMatch(/^\$16,300\.00 \+\$1,200\.00 \(\+11\.88%\) from .* · without KuCoin \(added\)$/);
  });

  it('Escape and the Clear comparison button go back to the summary', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    press('Home', 'Enter');
    press('Escape');
    expect(screen.queryByTestId('compare-span')).toBeNull();
    expect(caption(container)).toMatch(/ at Nov 16, 2026, 9:00 AM$/);
    press('Enter');
    fireEvent.click(screen.getByRole('button', { name: 'Clear comparison' }));
    expect(screen.queryByRole('button', { name: 'Clear comparison' })).toBeNull();
    fireEvent.mouseLeave(surface());
    expect(caption(container)).toMatch(/since Nov 16, 2026, 9:00 AM · without KuCoin \(added\) · Low /);
  });

  it('says why there is no figure from a point that does not record its connections', () => {
    const points = [legacyPoint(START, 9_000), ...day().slice(1)];
    const { container } = render(<HistoryChart points={points} fmt={fmt()} />);
    press('Home', 'Enter', 'End');
    expect(caption(container)).toMatch(/^\$17,400\.00 Change not known yet \(older points do not record which exchanges they include\)$/);
  });

  it("masks the amounts and keeps the percentage at privacy's 'amounts' level", () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt(true)} />);
    press('Home', 'ArrowRight', 'Enter', 'ArrowRight', 'ArrowRight');
    expect(caption(container)).toContain('(+1.98%)');
    expect(caption(container)).not.toMatch(/\$\d/);
  });

  it("masks the percentage too at privacy's 'all' level", () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt(true, 'all')} />);
    press('Home', 'ArrowRight', 'Enter', 'ArrowRight', 'ArrowRight');
    expect(caption(container)).not.toMatch(/\d%|\$\d/);
  });
});

describe('a line per exchange', () => {
  const showExchanges = (): void => {
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show each exchange' }));
  };

  it('draws each exchange, with a gap before it was in the total, and names the lines', () => {
    render(<HistoryChart points={day()} fmt={fmt()} />);
    expect(screen.queryAllByTestId('exchange-line')).toHaveLength(0);
    showExchanges();
    const lines = screen.getAllByTestId('exchange-line').map((path) => path.getAttribute('d')!);
    expect(lines).toHaveLength(2);
    // Binance is the larger at the end, so first; KuCoin's line starts at hour 12 (x = 500 of 1000).
    expect(lines[0]).toMatch(/^M0,/);
    expect(lines[1]).toMatch(/^M500,/);
    const legend = within(screen.getByRole('list', { name: 'Lines on the chart' }));
    expect(legend.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Total', 'Binance', 'KuCoin']);
  });

  it('stretches the value axis down to the smallest exchange', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    const lowest = (): string => container.querySelector('.chart-y-axis span')!.textContent!;
    expect(lowest()).toBe('$10K');
    showExchanges();
    expect(lowest()).toBe('$5K');
  });

  it("reads each exchange's value at the cursor, and tables a column per exchange", () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt()} />);
    showExchanges();
    press('Home');
    expect(caption(container)).toMatch(/ at Nov 16, 2026, 9:00 AM · Binance \$10,000\.00$/);
    press('End');
    expect(caption(container)).toMatch(/ · Binance \$12,400\.00 · KuCoin \$5,000\.00$/);
    const table = within(screen.getByRole('table'));
    expect(table.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Time', 'Total', 'Total in BTC', 'Binance', 'KuCoin', 'Exchanges in the total']);
    const firstRow = table.getAllByRole('row')[1]!;
    expect([...firstRow.children].slice(3, 5).map((td) => td.textContent)).toEqual(['$10,000.00', '—']);
  });

  it('masks every exchange figure in privacy mode', () => {
    const { container } = render(<HistoryChart points={day()} fmt={fmt(true)} />);
    showExchanges();
    press('End');
    expect(caption(container)).toContain('Binance •••••');
    expect(container.querySelector('table')!.textContent).not.toMatch(/\$\d/);
  });

  it('offers no exchange lines when no point records its connections', () => {
    render(<HistoryChart points={[legacyPoint(START, 1_000), legacyPoint(START + HOUR, 2_000)]} fmt={fmt()} />);
    expect(screen.queryByRole('checkbox', { name: 'Show each exchange' })).toBeNull();
  });
});
