// Response schemas. Every answer is checked before anyone uses it: a malformed
// one becomes an `invalid_response` naming the offending field (and coin),
// never a wrong total; in a balance answer a bad row is set aside and named
// while the good rows are used. Unknown extra fields are tolerated (dropped),
// and so are numbers sent as numeric strings ("0.5") and a status in another
// case; anything else that is not a finite number, negative amounts or
// prices, a value that overflows, and coin ids that are unbounded or carry
// invisible characters are not.
import { z } from 'zod';
import { markInvisible } from '../../common/visible-text';
import { EXPECTATIONS, type AnswerProblem, type Expectation, type Found } from '../../common/answer-words';
import type { BalanceRow, CoinMeta, CreditUsage, CurrencyRates, ExchangeBalance, PortfolioSyncStatus, RejectedRow, SupportedExchange } from '../../common/types';

/** A schema's message is what it expects, as a code: issueProblem() turns it into an AnswerProblem. */
const expect = (expectation: Expectation) => ({ error: expectation });
const NON_NEGATIVE = expect('number_at_least_0');
/** The refine over all rows of a balance answer: its own message, not an Expectation. */
const ROWS_TOTAL = 'rows_total';

/** A number, or a string that is one ("0.5", "1e-8"): harmless drift. "abc", "" and "NaN" are not. */
const NUMERIC_STRING = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const numeric = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && NUMERIC_STRING.test(v.trim()) ? Number(v.trim()) : v), schema);

/** zod 4's number already refuses NaN and ±Infinity. */
const nonNegative = numeric(z.number(NON_NEGATIVE).min(0, NON_NEGATIVE));
const finite = numeric(z.number(expect('number')));
const text = z.string(expect('text'));
const nonEmpty = text.min(1, expect('non_empty_text'));
/** A name that reaches the screen: any invisible control in it is shown, not obeyed. */
const name = text.transform(markInvisible);

/**
 * Coin ids are slugs ("bitcoin", "usd-coin"): bounded, and made of letters,
 * digits and - _ . : only, so one cannot fill the disk, every state push and
 * the /coins URL, nor reorder or hide text on screen (bidi overrides,
 * zero-width characters).
 */
export const COIN_ID_MAX_LENGTH = 128;
const COIN_ID = /^[\p{L}\p{N}._:-]+$/u;
const coinId = nonEmpty
  .max(COIN_ID_MAX_LENGTH, expect('coin_id_length'))
  .regex(COIN_ID, expect('coin_id_characters'));

const balanceRow = z.object({
  coinId,
  amount: nonNegative,
  price: nonNegative,
  priceBtc: nonNegative,
}, expect('object'));

const OBJECT = expect('object');
const ARRAY = expect('array');

/**
 * The docs know "syncing" and "synced". "SYNCED" is the same word; any other
 * status ("pending", "queued"…) does not say the portfolio is complete, so it
 * is read as still syncing: the last-known balance stays, nothing is
 * announced, and cheap status polls follow it at growing intervals.
 */
const syncStatus = text.transform((v): PortfolioSyncStatus => (v.trim().toLowerCase() === 'synced' ? 'synced' : 'syncing'));

/**
 * One bad row (a null price, a negative amount, an amount × price that
 * overflows) must not throw the whole answer away: the good rows are used and
 * the bad ones named, so the connection keeps that coin's last-known value.
 */
function splitRows(rows: unknown[]): { balances: BalanceRow[]; rejected: RejectedRow[] } {
  const balances: BalanceRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const raw of rows) {
    const parsed = balanceRow.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const id = coinId.safeParse((raw as { coinId?: unknown } | null)?.coinId);
      rejected.push({ coinId: id.success ? id.data : null, problem: issue ? issueProblem(issue, raw) : { id: 'not_a_row' } });
      continue;
    }
    const row = parsed.data;
    if (!Number.isFinite(row.amount * row.price) || !Number.isFinite(row.amount * row.priceBtc)) {
      rejected.push({ coinId: row.coinId, problem: { id: 'row_value' } });
      continue;
    }
    balances.push(row);
  }
  return { balances, rejected };
}

/** Every good row is finite; their sum must be too: 1e308 + 1e308 is not a total. */
function finiteTotal(rows: readonly BalanceRow[]): boolean {
  let usd = 0;
  let btc = 0;
  for (const row of rows) {
    usd += row.amount * row.price;
    btc += row.amount * row.priceBtc;
  }
  return Number.isFinite(usd) && Number.isFinite(btc);
}

export const exchangeBalanceSchema = z.object({
  balances: z.array(z.unknown(), ARRAY)
    .transform(splitRows)
    .refine((split) => finiteTotal(split.balances), { error: ROWS_TOTAL }),
  portfolio: z.object({
    id: nonEmpty,
    status: syncStatus,
    connectionId: text,
    name: name.nullish(),
  }, OBJECT),
}, OBJECT).transform((v): ExchangeBalance => ({
  balances: v.balances.balances,
  rejected: v.balances.rejected,
  portfolio: {
    id: v.portfolio.id,
    status: v.portfolio.status,
    connectionId: v.portfolio.connectionId,
    ...(v.portfolio.name ? { name: v.portfolio.name } : {}),
  },
}));

export const supportedExchangesSchema = z.array(z.object({
  connectionId: text,
  name,
  icon: text,
  connectionFields: z.array(z.object({ name, key: nonEmpty }, OBJECT), ARRAY),
}, OBJECT), ARRAY).transform((list): SupportedExchange[] => list);

export const exchangeStatusSchema = z.object({ status: syncStatus }, OBJECT);

export const coinsSchema = z.object({
  result: z.array(z.object({
    id: coinId,
    name,
    symbol: name,
    icon: text.nullish(),
    price: nonNegative.nullish(),
    priceBtc: nonNegative.nullish(),
    priceChange1d: finite.nullish(),
  }, OBJECT), ARRAY),
}, OBJECT).transform((v): CoinMeta[] => v.result.map((c) => ({
  id: c.id,
  name: c.name,
  symbol: c.symbol,
  icon: c.icon ?? null,
  priceChange1d: c.priceChange1d ?? null,
  price: c.price ?? null,
  priceBtc: c.priceBtc ?? null,
})));

const POSITIVE_RATE = expect('number_above_0');

export const currenciesSchema = z.object({
  result: z.record(z.string(), numeric(z.number(POSITIVE_RATE).gt(0, POSITIVE_RATE)), OBJECT),
}, OBJECT).transform((v): CurrencyRates => v.result);

export const creditUsageSchema = z.object({
  totalCredits: nonNegative,
  usedCredits: nonNegative,
  // Overdrafts could in principle make this negative; it is a count, not money.
  remainingCredits: finite,
  subscription: text.nullish(),
}, OBJECT).transform((v): CreditUsage => ({ ...v, subscription: v.subscription ?? null }));

/** `balances[3].price`, from a zod issue path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** What was found at the path (see Found): numbers and numeric text as they are, other text only by its length. */
function describeFound(data: unknown, path: ReadonlyArray<PropertyKey>): Found {
  let value: unknown = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return { kind: 'nothing' };
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  if (value === undefined) return { kind: 'missing' };
  // Quote only what looks like a number: any other text could be something
  // the server echoed from a request, and error messages travel far.
  if (typeof value === 'string') {
    return /^[-+0-9.eE]{1,24}$/.test(value) ? { kind: 'numeric_text', text: value } : { kind: 'text', length: value.length };
  }
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (value === null) return { kind: 'null' };
  return Array.isArray(value) ? { kind: 'array' } : typeof value === 'object' ? { kind: 'object' } : { kind: 'other' };
}

const EXPECTED: ReadonlySet<string> = new Set(EXPECTATIONS);

/** A zod issue as an AnswerProblem: each of our schemas names what it expects; anything else is "not the documented shape". */
function issueProblem(issue: z.core.$ZodIssue, data: unknown): AnswerProblem {
  const path = formatPath(issue.path);
  if (issue.code === 'custom' && issue.message === ROWS_TOTAL) return { id: 'rows_total', path };
  if (!EXPECTED.has(issue.message)) return { id: 'shape', path };
  const expected = issue.message as Expectation;
  const found = describeFound(data, issue.path);
  return expected === 'coin_id_length' ? { id: 'field', path, expected, found, max: COIN_ID_MAX_LENGTH } : { id: 'field', path, expected, found };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: AnswerProblem };

export function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: issue ? issueProblem(issue, data) : { id: 'shape' } };
}
