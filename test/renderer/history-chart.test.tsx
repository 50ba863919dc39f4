import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../common/types';
import { timeTicks } from '../../renderer/src/details/chart-time-ticks';
import { valueScale } from '../../renderer/src/details/chart-value-ticks';
import { HistoryChart } from '../../renderer/src/details/history-chart';
import { makeFormatters } from '../../renderer/src/shared/formatters';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = new Date(2026, 10, 18, 10, 57).getTime(); // local time: tick labels are local

/** One connection, Binance, throughout: the change is the total's. */
function week(): HistoryPoint[] {
  return Array.from({ length: 7 * 24 + 1 }, (_, i) => {
    const totalUsd = 74_000 + i * 60;
    return { t: START + i * HOUR, totalUsd, totalBtc: 0.8, connections: { 'c-binance': { name: 'Binance', usd: totalUsd } } };
  });
}

describe('value axis ticks', () => {
  it('brackets the data with 3–4 round figures', () => {
    expect(valueScale(74_007.57, 84_152.75)).toEqual({ lo: 70_000, hi: 85_000, ticks: [70_000, 75_000, 80_000, 85_000] });
    expect(valueScale(0.1, 0.3).ticks).toEqual([0.1, 0.2, 0.3]);
    for (const [min, max] of [[1, 2], [123, 98_765], [20_000, 20_001], [5e6, 5.5e6], [0, 0.004], [83_804, 83_804]] as const) {
      const { lo, hi, ticks } = valueScale(min, max);
      expect(ticks.length, `${min}..${max}`).toBeGreaterThanOrEqual(3);
      expect(ticks.length, `${min}..${max}`).toBeLessThanOrEqual(4);
      expect(lo).toBeLessThanOrEqual(min);
      expect(hi).toBeGreaterThanOrEqual(max);
      expect(lo).toBeLessThan(hi);
    }
  });
});

describe('time axis ticks', () => {
  it('labels hours across a day, weekdays across a week, dates across a month and months beyond', () => {
    const day = timeTicks(START, START + DAY, 'en-US');
    expect(day.length).toBeGreaterThanOrEqual(3);
    expect(day.map((t) => t.label)).toEqual(['12:00 PM', '6:00 PM', 'Thu', '6:00 AM']);

    expect(timeTicks(START, START + 7 * DAY, 'en-US').map((t) => t.label)).toEqual(['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']);

    const month = timeTicks(START, START + 30 * DAY, 'en-US').map((t) => t.label);
    expect(month[0]).toBe('Nov 19');
    expect(month.length).toBeLessThanOrEqual(7);

    const year = timeTicks(START, START + 365 * DAY, 'en-US').map((t) => t.label);
    // Every other month from January, which names its year.
    expect(year).toEqual(['Jan 2027', 'Mar', 'May', 'Jul', 'Sep', 'Nov']);
  });
});

describe('history chart', () => {
  afterEach(cleanup);
  const fmt = (privacy = false) => makeFormatters({ locale: 'en-US', currency: 'USD', rates: {}, privacy });

  it('shows the change over the range and labels both axes', () => {
    const { container } = render(<HistoryChart points={week()} fmt={fmt()} />);
    expect(container.querySelector('figcaption')!.textContent).toMatch(/^\$84,080\.00 \+\$10,080\.00 \(\+13\.62%\) since Nov 18, 2026/);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/\. Change since Nov 18, 2026, 10:57 AM: \+\$10,080\.00 \(\+13\.62%\)\.$/);
    expect([...container.querySelectorAll('.chart-y-axis span')].map((s) => s.textContent)).toEqual(['$70K', '$75K', '$80K', '$85K']);
    expect([...container.querySelectorAll('.chart-x-axis span')].map((s) => s.textContent)).toEqual(['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']);
  });

  it("masks the value axis and the amounts in privacy mode, keeping the percentage at the 'amounts' level", () => {
    const amountsOnly = makeFormatters({ locale: 'en-US', currency: 'USD', rates: {}, privacy: true, privacyLevel: 'amounts' });
    const { container } = render(<HistoryChart points={week()} fmt={amountsOnly} />);
    const labels = [...container.querySelectorAll('.chart-y-axis span')].map((s) => s.textContent);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.every((l) => l === '•••••')).toBe(true);
    const caption = container.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('(+13.62%)');
    expect(caption).not.toMatch(/\$\d/);
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/\$\d/);
  });

  it("masks the percentage too at the 'all' level", () => {
    const { container } = render(<HistoryChart points={week()} fmt={fmt(true)} />);
    const caption = container.querySelector('figcaption')!.textContent!;
    expect(caption).not.toMatch(/\d%/);
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/\d%|\$\d/);
  });

  it('explains an empty chart below two points', () => {
    render(<HistoryChart points={week().slice(0, 1)} fmt={fmt()} />);
    expect(screen.getByText('Not enough history yet — Tallybar records a point after every refresh.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
