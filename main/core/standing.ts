// How much of the total is known and how old it is, read from the connections
// once for the tray and every window. The number on screen is only as fresh as
// the oldest successful sync in it, whatever refreshes were tried since; a
// connection whose first sync is running is not in it yet (it is not zero);
// and a failure every connection shares is one problem, not a "partial" total.
import type { ErrorCode } from '../../common/error-codes';
import { TallybarError } from '../../common/tallybar-error';
import type { ConnectionView, CreditView, PlainError, Standing } from '../../common/types';

type Shown = Pick<ConnectionView, 'id' | 'name' | 'state' | 'lastSyncAt' | 'lastError' | 'flagged' | 'countInTotal'>;

const leavesOut = (c: Shown): boolean => c.flagged.some((row) => !row.kept);

/** Failures of the account itself: one connection having one means all have it. */
const ACCOUNT_WIDE: ReadonlySet<ErrorCode> = new Set(['coinstats_key_invalid', 'no_api_key', 'out_of_credits']);

/** Failures on the way to CoinStats: everyone's problem when every connection has one. */
const ON_THE_WAY: ReadonlySet<ErrorCode> = new Set([
  'network',
  'timeout',
  'unavailable',
  'rate_limited',
  'connection_reset',
  'answer_cut_short',
  'redirected',
  'answer_too_large',
]);

/** Whether a connection's balance counts in the total: only once it has synced completely. */
export const inTotal = (connection: Pick<ConnectionView, 'lastSyncAt'>): boolean => connection.lastSyncAt !== null;

/** Oldest last successful sync over the connections: the age of the number on screen; null before any. */
export function syncedAtOf(connections: readonly Pick<ConnectionView, 'lastSyncAt'>[]): number | null {
  let oldest: number | null = null;
  for (const c of connections) if (c.lastSyncAt !== null) oldest = oldest === null ? c.lastSyncAt : Math.min(oldest, c.lastSyncAt);
  return oldest;
}

/**
 * The total's standing is read from the connections counted in it: one the
 * user left out cannot make it partial, stale or failing; it is named apart.
 */
export function standingOf(all: readonly Shown[], credits: Pick<CreditView, 'limited'>): Standing {
  const connections = all.filter((c) => c.countInTotal);
  const failing = connections.filter((c) => c.state === 'error');
  const problem = sharedProblem(connections, failing, credits);
  return {
    syncedAt: syncedAtOf(connections),
    firstSync: connections.filter((c) => !inTotal(c) && c.state !== 'error').map((c) => c.name),
    failing: problem ? [] : failing.map((c) => c.name),
    leftOut: connections.filter((c) => inTotal(c) && leavesOut(c)).map((c) => c.name),
    notCounted: all.filter((c) => !c.countInTotal).map((c) => c.name),
    problem,
  };
}

/** Ids of connections the total is missing or holds only old values of: while any is, it is partial. */
export function incompleteIds(all: readonly Shown[], standing: Standing): string[] {
  if (standing.problem) return [];
  const connections = all.filter((c) => c.countInTotal);
  const anyInTotal = connections.some(inTotal);
  return connections.filter((c) => c.state === 'error' || (anyInTotal && !inTotal(c)) || (inTotal(c) && leavesOut(c))).map((c) => c.id);
}

function sharedProblem(connections: readonly Shown[], failing: readonly Shown[], credits: Pick<CreditView, 'limited'>): PlainError | null {
  const wide = failing.find((c) => c.lastError && ACCOUNT_WIDE.has(c.lastError.code));
  if (wide?.lastError) return wide.lastError;
  if (credits.limited?.kind === 'out_of_credits') return new TallybarError('out_of_credits').toPlain();
  // Nothing works: one problem, not "partial", when every connection fails the same way or on the way to CoinStats.
  const errors = failing.map((c) => c.lastError).filter((e): e is PlainError => e !== null);
  if (errors.length === 0 || failing.length !== connections.length || errors.length !== failing.length) return null;
  const [first] = errors;
  const shared = errors.every((e) => ON_THE_WAY.has(e.code)) || errors.every((e) => e.code === first?.code);
  return shared ? (first ?? null) : null;
}
