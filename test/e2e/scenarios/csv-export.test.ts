// Scenario 8: "Export CSV" in Holdings. The OS save dialog (the system
// recorder) answers a path in the Downloads folder; the file there has the
// header, one "total" row per held coin with the double's amounts (dust coins
// included, marked in the Dust column) and one "exchange" row per holding, so
// summing either scope gives the total once; shares in percent; no secret;
// masked amounts and values once privacy mode is on. The Holdings tab says
// where the file went, and "Show in folder" reveals that file.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ALL_SECRETS, BINANCE_FIELDS } from '../../support/double-helpers';
import { onboardWithBinance, settleAll } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const HEADER = ['Scope', 'Coin', 'Symbol', 'Exchange', 'Amount', 'Price (USD)', 'Value (USD)', 'Value (BTC)', 'Share (%)', 'Dust'];
/** Column indexes, in HEADER's order. */
const [SCOPE, SYMBOL, EXCHANGE, AMOUNT, VALUE, VALUE_BTC, SHARE, DUST] = [0, 2, 3, 4, 6, 7, 8, 9] as const;

/** RFC 4180 lines → cells (quoted cells may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') {
          quoted = !quoted;
        } else if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else {
          cell += ch;
        }
      }
      cells.push(cell);
      return cells;
    });
}

async function exportCsv(e: E2E, page: Page): Promise<{ path: string; rows: string[][]; text: string }> {
  const before = e.system.calls.length;
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect.poll(() => page.locator('[aria-live]').allInnerTexts().then((t) => t.join(' ')), { timeout: 10_000 }).toMatch(/Holdings exported/);
  const call = e.system.calls.slice(before).find((c) => c.method === 'showSaveDialog');
  if (call?.method !== 'showSaveDialog' || !call.answered) throw new Error('main never asked the OS where to save the CSV');
  expect(call.answered.startsWith(e.downloadsDir)).toBe(true);
  expect(call.answered).toMatch(/tallybar-holdings-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(call.answered, 'utf8');
  return { path: call.answered, rows: parseCsv(text), text };
}

it('CSV export: header, a row per held coin with the double’s amounts, no secrets, masked in privacy mode', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  await h.popover.getByRole('button', { name: 'Open details' }).click();
  const page = (await h.details()).page;
  await page.getByTestId('holdings-row').first().waitFor();

  const plain = await exportCsv(h, page);
  expect(plain.rows[0]).toEqual(HEADER);
  for (const secret of ALL_SECRETS) expect(plain.text).not.toContain(secret);

  // Every coin the double says Binance holds, dust included, has an "All" row with its amount.
  const portfolio = h.app.snapshot().portfolio;
  const listed = [...portfolio.rows, ...portfolio.dust.rows];
  const allRows = plain.rows.filter((row) => row[SCOPE] === 'total');
  expect(allRows.every((row) => row[EXCHANGE] === 'All')).toBe(true);
  const expectedAmount = new Map<string, number>();
  for (const row of h.double.expectedBalance('binance', BINANCE_FIELDS)) {
    // Zero amounts are not holdings (the aggregation drops them).
    if (row.amount > 0) expectedAmount.set(row.coinId, (expectedAmount.get(row.coinId) ?? 0) + row.amount);
  }
  expect(portfolio.dust.count).toBeGreaterThan(0); // the double's data has dust: this test covers it
  expect(new Set(listed.map((row) => row.coinId))).toEqual(new Set(expectedAmount.keys()));
  expect(allRows).toHaveLength(expectedAmount.size);
  // Rows are in the portfolio's order, listed coins then dust coins.
  listed.forEach((row, i) => {
    const csvRow = allRows[i];
    const expected = expectedAmount.get(row.coinId) ?? Number.NaN;
    expect(csvRow?.[SYMBOL], row.coinId).toBe(row.symbol);
    // The CSV keeps 15 significant digits.
    expect(Math.abs(Number(csvRow?.[AMOUNT]) - expected), row.symbol).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
    expect(csvRow?.[DUST], `${row.symbol} Dust column`).toBe(i >= portfolio.rows.length ? 'yes' : '');
    // Shares in percent, as the windows show them.
    expect(Number(csvRow?.[SHARE]), `${row.symbol} share`).toBeCloseTo(row.share * 100, 9);
  });
  expect(portfolio.rows.length).toBeGreaterThan(10);
  // Each coin is followed by its Binance split row; no folded "Dust (n coins)" line remains.
  const exchangeRows = plain.rows.filter((row) => row[SCOPE] === 'exchange');
  expect(exchangeRows.filter((row) => row[EXCHANGE] === 'Binance')).toHaveLength(allRows.length);
  expect(plain.rows.some((row) => row[1]?.startsWith('Dust ('))).toBe(false);
  // Each scope sums to the portfolio once: neither double-counts.
  const sum = (rows: string[][]): number => rows.reduce((acc, row) => acc + Number(row[VALUE]), 0);
  expect(sum(allRows)).toBeCloseTo(portfolio.totalUsd, 4);
  expect(sum(exchangeRows)).toBeCloseTo(portfolio.totalUsd, 4);

  // The tab says where the file went, and reveals that very file (main's path, not one the page names).
  const status = page.getByTestId('holdings-toolbar-status');
  await expect.poll(() => status.innerText()).toContain(plain.path);
  await status.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => h.system.calls.filter((c) => c.method === 'showItemInFolder')).toEqual([{ method: 'showItemInFolder', path: plain.path }]);

  // Privacy on: the same rows, with amounts and values masked.
  h.tray.clickMenuItem('privacy');
  await expect.poll(() => h.app.snapshot().settings.privacyMode).toBe(true);
  await settleAll(h);
  const masked = await exportCsv(h, page);
  expect(masked.rows[0]).toEqual(HEADER);
  expect(masked.rows.map((row) => row[SYMBOL])).toEqual(plain.rows.map((row) => row[SYMBOL]));
  for (const row of masked.rows.slice(1)) {
    for (const column of [AMOUNT!, VALUE!, VALUE_BTC]) expect(row[column] ?? '', `${row[SYMBOL]} column ${HEADER[column]}`).not.toMatch(/\d/);
  }
  for (const secret of ALL_SECRETS) expect(masked.text).not.toContain(secret);

  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
});
