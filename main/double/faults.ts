// Faults a test switches on per route, to see the client cope with a service
// that misbehaves the ways real ones do. (A 429 storm spans every route: see
// storm.ts.)
import type { BalanceRow } from '../../common/types';

export type DoubleRoute = 'balance' | 'support' | 'status' | 'coins' | 'currencies' | 'credits';

/**
 * In the API's place (before the key, the rate limit and the credits are checked; nothing is charged):
 * - `status`: that status, with `body` (a string is sent as HTML) or the documented error body;
 * - `reset`: the connection is reset (TCP RST) before any answer;
 * - `html`: a CDN's 502 page;
 * - `redirect`: `status` (default 302) with Location `location`, default the request's own path: a redirect loop.
 * After the API answered (charged like the answer), damaging it:
 * - `slow`: the answer waits `ms` first (the request is admitted and will be charged);
 * - `truncated`: complete HTTP, half the JSON (content-length matches what is sent);
 * - `cut-short`: content-length announces the whole answer, half is sent, then the connection closes;
 * - `reset-mid-body`: headers and half the answer, then a TCP reset;
 * - `drift`: one field changed (see DriftVariant);
 * - `large`: a balance answer with `rows` valid synthetic rows;
 * - `oversized`: a `megabytes` JSON body of filler rows, streamed (never held whole by the double);
 * - `gzip-bomb`: content-encoding gzip, about 1 KB per MB on the wire, expanding to `megabytes`
 *   (default 200) of JSON whitespace.
 */
export type Fault =
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'slow'; ms: number }
  | { kind: 'reset' }
  | { kind: 'truncated' }
  | { kind: 'cut-short' }
  | { kind: 'reset-mid-body' }
  | { kind: 'html' }
  | { kind: 'redirect'; location?: string; status?: 301 | 302 | 303 | 307 | 308 }
  | { kind: 'drift'; variant: DriftVariant }
  | { kind: 'large'; rows: number }
  | { kind: 'oversized'; megabytes: number }
  | { kind: 'gzip-bomb'; megabytes?: number };

/**
 * What an unannounced API change, or a hostile server, does to one answer
 * (in a list, to its fourth item; a bad balance row costs only that row):
 * - `missing-field`, `negative`, `not-a-number` (the string "abc" for a number), `null-price`: refused;
 * - `string-number` (a number sent as "61234.5"), `extra-fields`: harmless, accepted;
 * - `overflow` (amount and price 1e308: the value is Infinity): refused, naming the coin;
 * - `foreign-connection` (a balance answer about another exchange): refused;
 * - `other-portfolio` (a balance answer with another portfolio id): refused for a known connection;
 * - `upper-case-status` ("SYNCED"), `unknown-status` ("queued"): read by a rule, not refused;
 * - `still-syncing` (the status says "syncing" once more): a flapping status;
 * - `long-coin-id` (a 1 MB id), `invisible-coin-id` (a bidi override in an id): refused.
 */
export type DriftVariant =
  | 'missing-field'
  | 'string-number'
  | 'extra-fields'
  | 'negative'
  | 'not-a-number'
  | 'overflow'
  | 'foreign-connection'
  | 'long-coin-id'
  | 'invisible-coin-id'
  | 'null-price'
  | 'other-portfolio'
  | 'upper-case-status'
  | 'unknown-status'
  | 'still-syncing';

/** Drift of the portfolio or status object rather than of a row. */
function applyStatusDrift(body: Json, variant: DriftVariant): boolean {
  const status = isObject(body.portfolio) ? body.portfolio : 'status' in body ? body : null;
  if (!status) return false;
  switch (variant) {
    case 'foreign-connection':
      status.connectionId = `not-${String(status.connectionId)}`;
      return true;
    case 'other-portfolio':
      status.id = 'f'.repeat(64);
      return true;
    case 'upper-case-status':
      status.status = String(status.status).toUpperCase();
      return true;
    case 'unknown-status':
      status.status = 'queued';
      return true;
    case 'still-syncing':
      status.status = 'syncing';
      return true;
    default:
      return false;
  }
}

interface Armed {
  fault: Fault;
  /** Requests left before the fault disarms itself; Infinity = until cleared. */
  remaining: number;
}

export class FaultBook {
  private readonly armed = new Map<DoubleRoute, Armed>();

  set(route: DoubleRoute, fault: Fault | null, times?: number): void {
    if (fault === null) {
      this.armed.delete(route);
      return;
    }
    if (times !== undefined && (!Number.isInteger(times) || times < 1)) {
      throw new Error(`setFault: times must be a positive integer, got ${times}`);
    }
    this.armed.set(route, { fault, remaining: times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.armed.clear();
  }

  /** The fault for this request, if any, counting it against `times`. */
  take(route: DoubleRoute): Fault | null {
    const armed = this.armed.get(route);
    if (!armed) return null;
    armed.remaining -= 1;
    if (armed.remaining <= 0) this.armed.delete(route);
    return armed.fault;
  }
}

type Json = Record<string, unknown>;

/** The object a drift fault damages: a row deep in the list, like real drift. */
function driftTarget(body: unknown): Json | null {
  const list = Array.isArray(body)
    ? body
    : isObject(body) && Array.isArray(body.balances)
      ? body.balances
      : isObject(body) && Array.isArray(body.result)
        ? body.result
        : null;
  if (list) {
    const item: unknown = list[Math.min(3, list.length - 1)];
    return isObject(item) ? item : null;
  }
  if (isObject(body) && isObject(body.result)) return body.result;
  return isObject(body) ? body : null;
}

/** Mutates a successful answer the way an unannounced API change would. */
export function applyDrift(body: unknown, variant: DriftVariant): unknown {
  if (isObject(body) && applyStatusDrift(body, variant)) return body;
  const target = driftTarget(body);
  if (!target) return body;
  const numericKey = Object.keys(target).find((k) => typeof target[k] === 'number');
  const key = numericKey ?? Object.keys(target)[0];
  if (key === undefined) return body;
  switch (variant) {
    case 'missing-field':
      delete target[key];
      break;
    case 'string-number':
      target[key] = String(target[key]);
      break;
    case 'negative':
      target[key] = -Math.abs(Number(target[key])) - 1;
      break;
    case 'not-a-number':
      target[key] = 'abc';
      break;
    case 'null-price':
      target['price' in target ? 'price' : key] = null;
      break;
    case 'overflow':
      target.amount = 1e308;
      target.price = 1e308;
      break;
    case 'long-coin-id':
      target['coinId' in target ? 'coinId' : 'id'] = 'x'.repeat(1_000_000);
      break;
    case 'invisible-coin-id':
      target['coinId' in target ? 'coinId' : 'id'] = 'bitcoin\u202Enioctib';
      break;
    case 'extra-fields':
      target.availableAmount = 1;
      target.lockedAmount = 0;
      target.meta = { source: 'drift' };
      if (isObject(body)) body.apiVersion = '1.1';
      break;
  }
  return body;
}

export function withLargeBalances(body: unknown, rows: BalanceRow[]): unknown {
  return isObject(body) && Array.isArray(body.balances) ? { ...body, balances: rows } : body;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
