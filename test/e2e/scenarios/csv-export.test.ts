// Scenario 8: "Export CSV" in Holdings. The OS save dialog (the system
// recorder) answers a path in the Downloads folder; the file there has the
// header, one "All" row per held coin with the double's amounts (dust coins
// included, marked in the Dust column), no secret, and masked amounts and
// values once privacy mode is on.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ALL_SECRETS, BINANCE_FIELDS } from '../../support/double-helpers';
import { onboardWithBinance, settleAll } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const HEADER = ['Coin', 'Symbol', 'Exchange', 'Amount', 'Price (USD)', 'Value (USD)', 'Value (BTC)', 'Share', 'Dust'];

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
  const allRows = plain.rows.filter((row) => row[2] === 'All');
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
    expect(csvRow?.[1], row.coinId).toBe(row.symbol);
    // The CSV keeps 15 significant digits.
    expect(Math.abs(Number(csvRow?.[3]) - expected), row.symbol).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
    expect(csvRow?.[8], `${row.symbol} Dust column`).toBe(i >= portfolio.rows.length ? 'yes' : '');
  });
  expect(portfolio.rows.length).toBeGreaterThan(10);
  // Each coin is followed by its Binance split row; no folded "Dust (n coins)" line remains.
  expect(plain.rows.filter((row) => row[2] === 'Binance')).toHaveLength(allRows.length);
  expect(plain.rows.some((row) => row[0]?.startsWith('Dust ('))).toBe(false);

  // Privacy on: the same rows, with amounts and values masked.
  h.tray.clickMenuItem('privacy');
  await expect.poll(() => h.app.snapshot().settings.privacyMode).toBe(true);
  await settleAll(h);
  const masked = await exportCsv(h, page);
  expect(masked.rows[0]).toEqual(HEADER);
  expect(masked.rows.map((row) => row[1])).toEqual(plain.rows.map((row) => row[1]));
  for (const row of masked.rows.slice(1)) {
    for (const column of [3, 5, 6]) expect(row[column] ?? '', `${row[1]} column ${HEADER[column]}`).not.toMatch(/\d/);
  }
  for (const secret of ALL_SECRETS) expect(masked.text).not.toContain(secret);

  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
});
