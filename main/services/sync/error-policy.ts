// What the engine does about each error a sync can end in. The client already
// retried what is safe to retry; what reaches here is a verdict.
import { isTallybarError, TallybarError } from '../../../common/tallybar-error';
import type { ErrorCode } from '../../../common/error-codes';
import type { ErrorFacts } from '../../../common/error-facts';
import type { PlainError } from '../../../common/types';

export type Reaction =
  /** The exchange refused this connection's key: stop until its keys change. */
  | 'block_connection'
  /** CoinStats refused our key: stop everything until the key changes. */
  | 'block_all'
  /** Out of credits: no automatic call until the month resets or the user acts. */
  | 'out_of_credits'
  /** Too fast: back off briefly with jitter, then retry. */
  | 'rate_limited'
  /** CoinStats or the network hiccuped: retry a few times with backoff. */
  | 'transient'
  /** Anything else: show it, try again at the next scheduled refresh. */
  | 'wait';

const REACTIONS: Partial<Record<ErrorCode, Reaction>> = {
  exchange_rejected: 'block_connection',
  bad_request: 'block_connection',
  coinstats_key_invalid: 'block_all',
  no_api_key: 'block_all',
  out_of_credits: 'out_of_credits',
  rate_limited: 'rate_limited',
  unavailable: 'transient',
  timeout: 'transient',
  network: 'transient',
  connection_reset: 'transient',
  answer_cut_short: 'transient',
};

export function reactionTo(code: ErrorCode): Reaction {
  return REACTIONS[code] ?? 'wait';
}

/**
 * A connection's error for the UI: our own wording (naming the exchange) and
 * next step, plus CoinStats' requestId for support. Only facts Tallybar wrote
 * itself are kept (the status, what was wrong with an answer, what failed
 * below HTTP, the credit figures); a server's own words may echo request
 * details and are dropped.
 */
export function connectionError(error: unknown, exchangeName: string | null, code?: ErrorCode): PlainError {
  const known = isTallybarError(error) ? error : null;
  const facts = known?.facts ?? {};
  const own: ErrorFacts = {};
  for (const key of OWN_FACTS) if (facts[key] !== undefined) Object.assign(own, { [key]: facts[key] });
  return new TallybarError(code ?? known?.code ?? 'internal', { ...own, exchangeName, requestId: known?.requestId ?? null }).toStored();
}

/** The facts Tallybar words itself, safe to keep with a connection's error. */
const OWN_FACTS = [
  'status',
  'answerProblem',
  'transport',
  'transportError',
  'timeoutSeconds',
  'usage',
  'request',
  'at',
  'location',
  'bytesReceived',
  'bytesExpected',
  'sizeLimitMb',
] as const satisfies readonly (keyof ErrorFacts)[];
