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
import type { BalanceRow, CoinMeta, CreditUsage, CurrencyRates, ExchangeBalance, PortfolioSyncStatus, RejectedRow, SupportedExchange } from '../../common/types';

const NON_NEGATIVE = 'expected a finite number ≥ 0';
const FINITE = 'expected a finite number';

/** A number, or a string that is one ("0.5", "1e-8"): harmless drift. "abc", "" and "NaN" are not. */
const NUMERIC_STRING = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const numeric = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && NUMERIC_STRING.test(v.trim()) ? Number(v.trim()) : v), schema);

/** zod 4's number already refuses NaN and ±Infinity; the messages say so plainly. */
const nonNegative = numeric(z.number({ error: NON_NEGATIVE }).min(0, { error: NON_NEGATIVE }));
const finite = numeric(z.number({ error: FINITE }));
const text = z.string({ error: 'expected a string' });
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
const coinId = text
  .min(1, { error: 'expected a non-empty string' })
  .max(COIN_ID_MAX_LENGTH, { error: `expected a coin id of at most ${COIN_ID_MAX_LENGTH} characters` })
  .regex(COIN_ID, { error: 'expected a coin id of letters, digits and - _ . : only' });

const balanceRow = z.object({
  coinId,
  amount: nonNegative,
  price: nonNegative,
  priceBtc: nonNegative,
}, { error: 'expected an object' });

const OBJECT = { error: 'expected an object' };

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
      rejected.push({
        coinId: id.success ? id.data : null,
        problem: issue ? `${formatPath(issue.path)}: ${issue.message}, got ${describeFound(raw, issue.path)}` : 'not a balance row',
      });
      continue;
    }
    const row = parsed.data;
    if (!Number.isFinite(row.amount * row.price) || !Number.isFinite(row.amount * row.priceBtc)) {
      rejected.push({ coinId: row.coinId, problem: 'amount × price is not a finite number' });
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
  balances: z.array(z.unknown(), { error: 'expected an array' })
    .transform(splitRows)
    .refine((split) => finiteTotal(split.balances), { error: 'the total of all rows is not a finite number' }),
  portfolio: z.object({
    id: text.min(1, { error: 'expected a non-empty string' }),
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
  connectionFields: z.array(z.object({ name, key: text.min(1, { error: 'expected a non-empty string' }) }, OBJECT), { error: 'expected an array' }),
}, OBJECT), { error: 'expected an array' }).transform((list): SupportedExchange[] => list);

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
  }, OBJECT), { error: 'expected an array' }),
}, OBJECT).transform((v): CoinMeta[] => v.result.map((c) => ({
  id: c.id,
  name: c.name,
  symbol: c.symbol,
  icon: c.icon ?? null,
  priceChange1d: c.priceChange1d ?? null,
  price: c.price ?? null,
  priceBtc: c.priceBtc ?? null,
})));

const POSITIVE_RATE = 'expected a finite number > 0';

export const currenciesSchema = z.object({
  result: z.record(z.string(), numeric(z.number({ error: POSITIVE_RATE }).gt(0, { error: POSITIVE_RATE })), OBJECT),
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

/** What was found at the path, briefly: enough to debug, too short to leak much. */
function describeFound(data: unknown, path: ReadonlyArray<PropertyKey>): string {
  let value: unknown = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return 'nothing';
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  if (value === undefined) return 'nothing: the field is missing';
  // Quote only what looks like a number: any other text could be something
  // the server echoed from a request, and error messages travel far.
  if (typeof value === 'string') {
    return /^[-+0-9.eE]{1,24}$/.test(value) ? `the string ${JSON.stringify(value)}` : `a string of ${value.length} characters`;
  }
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, problem: 'the answer does not match the documented shape' };
  // Our own checks across fields say what was wrong themselves.
  if (issue.code === 'custom') return { ok: false, problem: `${formatPath(issue.path)}: ${issue.message}` };
  return { ok: false, problem: `${formatPath(issue.path)}: ${issue.message}, got ${describeFound(data, issue.path)}` };
}
