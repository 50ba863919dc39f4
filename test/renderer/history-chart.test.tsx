import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../common/types';
import { chartGeometry } from '../../renderer/src/details/history-geometry';
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

/** Two points `span` apart from START, at `lo` and `hi` USD: what the axes must bracket. */
const span = (ms: number, lo: number, hi: number): HistoryPoint[] => [
  { t: START, totalUsd: lo, totalBtc: 1 },
  { t: START + ms, totalUsd: hi, totalBtc: 1 },
];

describe('value axis', () => {
  it('puts 3–5 gridlines on round figures that bracket the data, lowest first', () => {
    const values = (lo: number, hi: number, rate = 1) => chartGeometry(span(DAY, lo, hi), rate, 'en-US')!.valueTicks.map((t) => t.value * rate);
    expect(values(74_007.57, 84_152.75)).toEqual([70_000, 75_000, 80_000, 85_000]);
    expect(values(0.1, 0.3)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    for (const [min, max] of [[1, 2], [123, 98_765], [20_000, 20_001], [5e6, 5.5e6], [0, 0.004], [83_804, 83_804]] as const) {
      const ticks = values(min, max);
      expect(ticks.length, `${min}..${max}`).toBeGreaterThanOrEqual(3);
      expect(ticks.length, `${min}..${max}`).toBeLessThanOrEqual(5);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    }
  });

  it('rounds in the currency shown, not in USD', () => {
    // €68,087–€77,420 at 0.92 per dollar: gridlines on whole €5K, which are odd dollar figures.
    const ticks = chartGeometry(span(DAY, 74_007.57, 84_152.75), 0.92, 'en-US')!.valueTicks;
    expect(ticks.map((t) => Math.round(t.value * 0.92))).toEqual([65_000, 70_000, 75_000, 80_000]);
  });

  it('keeps a flat line inside the chart, off its floor and ceiling', () => {
    const g = chartGeometry(span(DAY, 83_804, 83_804), 1, 'en-US')!;
    expect(g.y(83_804)).toBeGreaterThan(g.y(g.valueTicks.at(-1)!.value));
    expect(g.y(83_804)).toBeLessThan(g.y(g.valueTicks[0]!.value));
  });
});

describe('time axis', () => {
  const labels = (ms: number, locale = 'en-US') => chartGeometry(span(ms, 1, 2), 1, locale)!.timeTicks.map((t) => t.value);

  it('labels hours across a day (the weekday at midnight), weekdays across a week, dates across a month and months beyond', () => {
    expect(labels(DAY)).toEqual(['12:00 PM', '6:00 PM', 'Thu', '6:00 AM']);
    expect(labels(7 * DAY)).toEqual(['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed']);
    expect(labels(30 * DAY)).toEqual(['Nov 22', 'Nov 29', 'Dec 6', 'Dec 13']);
    // A new year names itself.
    expect(labels(365 * DAY)).toEqual(['Jan 2027', 'Apr', 'Jul', 'Oct']);
  });

  it("speaks the user's locale", () => {
    expect(labels(DAY, 'de-DE')).toEqual(['12:00', '18:00', 'Do', '6:00']);
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
