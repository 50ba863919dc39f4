// Holdings export. It receives only the portfolio summary and connection
// display names, so no secret can reach it.
//
// Layout: one "total" row per coin (Exchange "All"), followed by one
// "exchange" row per exchange holding it; then the dust coins the same way,
// marked "yes" in the Dust column. The Scope column comes first because a
// coin's exchange rows repeat its total: summing a whole Value column counts
// everything twice, summing Scope = total (or Scope = exchange) does not.
// Dust is written coin by coin rather than folded: a spreadsheet is where
// people go to see every last satoshi. Split rows rather than one column per
// exchange keep the column set fixed however many exchanges are connected.
// Headers and words in cells (scope, "All", "yes") are in the user's language
// at export time; numbers stay locale-free so every spreadsheet parses them.
import { convertUsd } from '../../common/currency';
import { t } from '../../common/i18n';
import { amountText, percentText, type Masking } from '../../common/privacy';
import type { CurrencyRates, HoldingRow, PortfolioSummary } from '../../common/types';

export interface HoldingsCsvInput {
  summary: PortfolioSummary;
  /** connectionId → the name the user sees. Unknown ids fall back to the id. */
  connectionNames: Record<string, string>;
  currency: string;
  rates: CurrencyRates;
  /**
   * What privacy mode hides (common/privacy.ts): amounts and values, and at
   * the 'all' level shares too. Names and prices stay: a coin's price is
   * public and says nothing of what the user holds.
   */
  masking: Masking;
  /** Prefix a UTF-8 byte-order mark so Excel reads non-ASCII names correctly. */
  bom?: boolean;
}

/** Spreadsheet apps run cells starting with these as formulas (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting plus formula neutralising: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: string[]): string {
  return cells.map(csvCell).join(',');
}

// Plain, locale-free numbers so every spreadsheet parses them; no exponent
// notation (1e-7 would be read as text by some importers).
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

function num(value: number): string {
  return Number.isFinite(value) ? plain.format(value) : '';
}

export function holdingsCsv(input: HoldingsCsvInput): string {
  const { summary, masking } = input;
  const rate = convertUsd(1, input.currency, input.rates);
  const code = rate.currency;
  const total = summary.totalUsd;
  const hide = (text: string): string => amountText(masking, () => text);
  const money = (usd: number): string => hide(num(usd * rate.rate));
  // In percent, as every window shows shares (14.37, not 0.1437).
  const share = (usd: number): string => percentText(masking, () => num(total > 0 ? (usd / total) * 100 : 0));

  const lines: string[] = [
    csvLine([
      t('csv.scope'),
      t('csv.coin'),
      t('csv.symbol'),
      t('csv.exchange'),
      t('csv.amount'),
      t('csv.price', { currency: code }),
      t('csv.value', { currency: code }),
      t('csv.valueBtc'),
      t('csv.share'),
      t('csv.dust'),
    ]),
  ];
  // What a row counts: a coin over every exchange, or one exchange's part of it.
  const scopeTotal = t('csv.scopeTotal');
  const scopeExchange = t('csv.scopeExchange');
  const allExchanges = t('csv.allExchanges');
  const writeCoin = (row: HoldingRow, dust: string): void => {
    lines.push(
      csvLine([
        scopeTotal,
        row.name,
        row.symbol,
        allExchanges,
        hide(num(row.amount)),
        num(row.priceUsd * rate.rate),
        money(row.valueUsd),
        hide(num(row.valueBtc)),
        share(row.valueUsd),
        dust,
      ]),
    );
    for (const split of row.split) {
      lines.push(
        csvLine([
          scopeExchange,
          row.name,
          row.symbol,
          input.connectionNames[split.connectionId] ?? split.connectionId,
          hide(num(split.amount)),
          num((split.amount > 0 ? split.valueUsd / split.amount : row.priceUsd) * rate.rate),
          money(split.valueUsd),
          hide(num(splitBtc(row, split.valueUsd, split.amount))),
          share(split.valueUsd),
          dust,
        ]),
      );
    }
  };
  for (const row of summary.rows) writeCoin(row, '');
  for (const row of summary.dust.rows) writeCoin(row, t('csv.dustYes'));
  return (input.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/**
 * A split carries no BTC value of its own; derive it from the row's BTC/USD
 * ratio (exact when the exchanges agree on the price, which the API's shared
 * price feed makes the normal case).
 */
function splitBtc(row: HoldingRow, valueUsd: number, amount: number): number {
  if (row.valueUsd > 0) return (row.valueBtc * valueUsd) / row.valueUsd;
  return row.amount > 0 ? (row.valueBtc * amount) / row.amount : 0;
}
