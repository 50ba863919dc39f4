import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { csvCell, holdingsCsv } from '../../main/core/csv';
import { MASK } from '../../common/format';

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
  it('writes a row per coin then one per exchange, dust coins last and marked, with CRLF and quoting', () => {
    const csv = holdingsCsv({ summary, connectionNames: names, currency: 'EUR', rates: { EUR: 0.5 }, privacy: false });
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv);
    expect(rows[0]).toEqual(['Coin', 'Symbol', 'Exchange', 'Amount', 'Price (EUR)', 'Value (EUR)', 'Value (BTC)', 'Share', 'Dust']);
    expect(rows[1]!.slice(0, 7)).toEqual(['Bitcoin', 'BITCOIN', 'All', '1.5', '30000', '45000', '1.5']);
    expect(Number(rows[1]![7])).toBeCloseTo(90_000 / 90_100.00025, 14);
    expect(rows[2]!.slice(2, 7)).toEqual(['Binance, main', '1', '30000', '30000', '1']);
    expect(rows[3]!.slice(2, 7)).toEqual(['Kraken "savings"', '0.5', '30000', '15000', '0.5']);
    expect(rows[4]!.slice(0, 4)).toEqual([`'=HYPERLINK("http://x","click")`, "'@EVIL", 'All', '100']);
    for (const row of rows.slice(1, 6)) expect(row[8]).toBe('');
    // The dust coin is written like any other, with its split, marked in the Dust column.
    expect(rows[6]).toEqual(['Popcat', 'POPCAT', 'All', '0.001', '0.125', '0.000125', '0.000000002', expect.any(String), 'yes']);
    expect(Number(rows[6]![7])).toBeCloseTo(0.00025 / 90_100.00025, 18);
    expect(rows[7]!.slice(2, 6)).toEqual(['Binance, main', '0.001', '0.125', '0.000125']);
    expect(rows[7]![8]).toBe('yes');
    expect(rows).toHaveLength(8);
    expect(rows.flat().some((cell) => cell.startsWith('Dust ('))).toBe(false);
  });

  it('masks amounts and values in privacy mode but keeps prices and shares', () => {
    const rows = parse(holdingsCsv({ summary, connectionNames: names, currency: 'USD', rates: {}, privacy: true }));
    for (const row of rows.slice(1)) {
      for (const i of [5, 6]) expect(row[i]).toBe(MASK);
      expect(Number(row[7])).toBeGreaterThan(0);
    }
    for (const row of rows.slice(1)) expect(row[3]).toBe(MASK);
    expect(rows.at(-1)![8]).toBe('yes');
    expect(rows[1]![3]).toBe(MASK);
    expect(rows[1]![4]).toBe('60000');
    expect(rows.flat().join()).not.toContain('90000');
  });

  it('falls back to USD headers when the currency has no rate, and can add a BOM', () => {
    const csv = holdingsCsv({ summary, connectionNames: {}, currency: 'GBP', rates: {}, privacy: false, bom: true });
    expect(csv.startsWith('\uFEFFCoin,')).toBe(true);
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
