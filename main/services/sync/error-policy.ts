// What the engine does about each error a sync can end in. The client already
// retried what is safe to retry; what reaches here is a verdict.
import { describeError } from '../../core/error-actions';
import { API_ERROR_CODES, type ApiErrorCode, type ErrorCode, type PlainError } from '../../core/types';

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
};

export function reactionTo(code: ErrorCode): Reaction {
  return REACTIONS[code] ?? 'wait';
}

function codeOf(error: unknown): ErrorCode {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code)
    ? (code as ApiErrorCode)
    : 'internal';
}

/**
 * A plain, secret-free error for the UI: our own wording (naming the
 * exchange) and next step, plus CoinStats' requestId for support. The
 * original message is not kept: it may echo request details.
 */
export function toPlainError(error: unknown, exchangeName: string | null, code: ErrorCode = codeOf(error)): PlainError {
  const described = describeError(code, exchangeName ? { exchangeName } : {});
  const requestId = (error as { requestId?: unknown } | null)?.requestId;
  return {
    code,
    message: described.message,
    ...(described.action ? { action: described.action } : {}),
    ...(typeof requestId === 'string' && requestId ? { requestId } : {}),
  };
}
