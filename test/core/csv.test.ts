import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { csvCell, holdingsCsv } from '../../main/core/csv';
import { MASK } from '../../common/format';
import { NOTHING_MASKED, privacyMasking } from '../../common/privacy';

const summary = aggregatePortfolio({
  balances: [
    { connectionId: 'c1', fetchedAt: 0, rows: [
      { coinId: 'bitcoin', amount: 1, price: 60_000, priceBtc: 1 },
      { coinId: 'popcat', amount: 0.001, price: 0.25, priceBtc: 0.000002 },
    ] },
    { connectionId: 'c2', fetchedAt: 0, rows: [
      { coinId: 'bitcoin', amount: 0.5, price: 60_000, priceBtc: 1 },
      { coinId: 'evil', amount: 100, price: 1, priceBtc: 0.00001 },
    ] },
  ],
  coins: { evil: { id: 'evil', name: '=HYPERLINK("http://x","click")', symbol: '@EVIL', icon: null, priceChange1d: null, price: null, priceBtc: null } },
  dustThresholdUsd: 1,
});
const names = { c1: 'Binance, main', c2: 'Kraken "savings"' };

/** Minimal RFC 4180 parser, enough to read our own output back. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

describe('holdingsCsv', () => {
  it('writes a total row per coin then one per exchange, dust coins last and marked, with CRLF and quoting', () => {
    const csv = holdingsCsv({ summary, connectionNames: names, currency: 'EUR', rates: { EUR: 0.5 }, masking: NOTHING_MASKED });
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv);
    expect(rows[0]).toEqual(['Scope', 'Coin', 'Symbol', 'Exchange', 'Amount', 'Price (EUR)', 'Value (EUR)', 'Value (BTC)', 'Share (%)', 'Dust']);
    expect(rows[1]!.slice(0, 8)).toEqual(['total', 'Bitcoin', 'bitcoin', 'All', '1.5', '30000', '45000', '1.5']);
    expect(Number(rows[1]![8])).toBeCloseTo((90_000 / 90_100.00025) * 100, 12);
    expect(rows[2]!.slice(0, 1).concat(rows[2]!.slice(3, 8))).toEqual(['exchange', 'Binance, main', '1', '30000', '30000', '1']);
    expect(rows[3]!.slice(0, 1).concat(rows[3]!.slice(3, 8))).toEqual(['exchange', 'Kraken "savings"', '0.5', '30000', '15000', '0.5']);
    expect(rows[4]!.slice(0, 5)).toEqual(['total', `'=HYPERLINK("http://x","click")`, "'@EVIL", 'All', '100']);
    for (const row of rows.slice(1, 6)) expect(row[9]).toBe('');
    // The dust coin is written like any other, with its split, marked in the Dust column.
    expect(rows[6]).toEqual(['total', 'Popcat', 'popcat', 'All', '0.001', '0.125', '0.000125', '0.000000002', expect.any(String), 'yes']);
    expect(Number(rows[6]![8])).toBeCloseTo((0.00025 / 90_100.00025) * 100, 16);
    expect(rows[7]!.slice(3, 7)).toEqual(['Binance, main', '0.001', '0.125', '0.000125']);
    expect(rows[7]![9]).toBe('yes');
    expect(rows).toHaveLength(8);
    expect(rows.flat().some((cell) => cell.startsWith('Dust ('))).toBe(false);
  });

  it('never double-counts: the total rows and the exchange rows each sum to the portfolio, shares to 100 %', () => {
    const rows = parse(holdingsCsv({ summary, connectionNames: names, currency: 'USD', rates: {}, masking: NOTHING_MASKED })).slice(1);
    const sum = (scope: string, column: number): number =>
      rows.filter((row) => row[0] === scope).reduce((acc, row) => acc + Number(row[column]), 0);
    for (const scope of ['total', 'exchange']) {
      expect(sum(scope, 6), scope).toBeCloseTo(summary.totalUsd, 6);
      expect(sum(scope, 8), scope).toBeCloseTo(100, 9);
    }
    expect(rows.every((row) => row[0] === 'total' || row[0] === 'exchange')).toBe(true);
  });

  it("masks amounts and values at the 'amounts' level but keeps prices and shares", () => {
    const masking = privacyMasking({ privacyMode: true, privacyLevel: 'amounts' });
    const rows = parse(holdingsCsv({ summary, connectionNames: names, currency: 'USD', rates: {}, masking }));
    for (const row of rows.slice(1)) {
      for (const i of [6, 7]) expect(row[i]).toBe(MASK);
      expect(Number(row[8])).toBeGreaterThan(0);
    }
    for (const row of rows.slice(1)) expect(row[4]).toBe(MASK);
    expect(rows.at(-1)![9]).toBe('yes');
    expect(rows[1]![4]).toBe(MASK);
    expect(rows[1]![5]).toBe('60000');
    expect(rows.flat().join()).not.toContain('90000');
  });

  it("masks shares too at the 'all' level, and still keeps prices", () => {
    const masking = privacyMasking({ privacyMode: true, privacyLevel: 'all' });
    const rows = parse(holdingsCsv({ summary, connectionNames: names, currency: 'USD', rates: {}, masking }));
    for (const row of rows.slice(1)) for (const i of [4, 6, 7, 8]) expect(row[i]).toBe(MASK);
    expect(rows[1]![5]).toBe('60000');
    expect(rows.flat().join()).not.toMatch(/99\.8|90000/);
  });

  it('falls back to USD headers when the currency has no rate, and can add a BOM', () => {
    const csv = holdingsCsv({ summary, connectionNames: {}, currency: 'GBP', rates: {}, masking: NOTHING_MASKED, bom: true });
    expect(csv.startsWith('\uFEFFScope,Coin,')).toBe(true);
    expect(csv).toContain('Price (USD)');
    expect(csv).toContain(',c1,'); // unknown connection name → its id
  });

  it('round-trips any text cell and never lets a formula start a cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const cell = csvCell(s);
        const [[back]] = parse(`${cell}\r\n`) as [[string]];
        expect(/^[=+\-@\t\r]/.test(back)).toBe(false);
        expect(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).toBe(back);
      }),
    );
  });
});
