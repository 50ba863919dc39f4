// Failures below HTTP: timeouts and broken connections. ky's errors carry the
// request (with X-API-KEY); we read only the error kind and the socket error
// code, and build a fresh CoinStatsError that references neither.
import { isNetworkError, isTimeoutError } from 'ky';
import type { CallOutcome } from './costs';
import { TallybarError } from '../../common/tallybar-error';
import { CoinStatsError } from './errors';

/** Thrown by our own body-read deadline (ky's timeout covers only the headers). */
export class BodyTimeout extends TallybarError {
  override name = 'BodyTimeout';
  constructor() {
    super('timeout');
  }
}

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

const DESCRIPTIONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  UND_ERR_SOCKET: 'the connection was reset',
  EPIPE: 'the connection was reset',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
};

/** The socket error code under undici's "fetch failed" / "terminated" TypeErrors. */
function socketCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

export function mapTransportError(error: unknown, timeoutMs: number): { error: CoinStatsError; outcome: CallOutcome } {
  if (isTimeoutError(error) || error instanceof BodyTimeout) {
    return {
      outcome: 'maybe_processed',
      error: new CoinStatsError({ code: 'timeout', timeoutSeconds: timeoutMs / 1000 }),
    };
  }
  if (isNetworkError(error) || error instanceof TypeError) {
    const code = socketCode(isNetworkError(error) ? error.cause : error);
    const description = (code && DESCRIPTIONS[code]) ?? 'the connection failed';
    return {
      outcome: code && NEVER_SENT.has(code) ? 'not_sent' : 'maybe_processed',
      error: new CoinStatsError({ code: 'network', transport: description }),
    };
  }
  // Anything else is unexpected; its message might quote the request, so only its name is kept.
  const name = error instanceof Error ? error.name : typeof error;
  return {
    outcome: 'maybe_processed',
    error: new CoinStatsError({ code: 'network', transport: `the request failed unexpectedly (${name})` }),
  };
}
