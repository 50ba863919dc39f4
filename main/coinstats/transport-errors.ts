// Failures below HTTP: timeouts, connections that could not be made or broke,
// and bodies that broke off or ran too long. ky's errors carry the request
// (with X-API-KEY); we read only the error kind and the socket error code,
// and build a fresh CoinStatsError that references neither. Each kind has its
// own code, as the user acts differently on each: offline means check the
// connection, a reset or a cut-short answer passes by itself.
import { isNetworkError, isTimeoutError } from 'ky';
import { type BodyRead, MAX_ANSWER_BYTES } from './body-reader';
import type { CallOutcome } from './costs';
import type { TransportFailure } from '../../common/error-facts';
import { CoinStatsError } from './errors';

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A connection that was made and then broke: CoinStats, or something in between, was there. */
const BROKEN = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

/** What each socket error means to the user; error-words.ts words each. */
const FAILURES: Record<string, TransportFailure> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'unresolved',
  EAI_AGAIN: 'unresolved',
  ETIMEDOUT: 'timed_out',
  UND_ERR_CONNECT_TIMEOUT: 'timed_out',
  EHOSTUNREACH: 'host_unreachable',
  ENETUNREACH: 'network_unreachable',
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

const timedOut = (timeoutMs: number): CoinStatsError => new CoinStatsError({ code: 'timeout', timeoutSeconds: timeoutMs / 1000 });

/** A failure before the answer's status arrived. */
export function mapTransportError(error: unknown, timeoutMs: number): { error: CoinStatsError; outcome: CallOutcome } {
  if (isTimeoutError(error)) return { outcome: 'maybe_processed', error: timedOut(timeoutMs) };
  if (isNetworkError(error) || error instanceof TypeError) {
    const code = socketCode(isNetworkError(error) ? error.cause : error);
    if (code && BROKEN.has(code)) return { outcome: 'maybe_processed', error: new CoinStatsError({ code: 'connection_reset' }) };
    const failure: TransportFailure = (code && Object.hasOwn(FAILURES, code) ? FAILURES[code] : undefined) ?? 'failed';
    return {
      outcome: code && NEVER_SENT.has(code) ? 'not_sent' : 'maybe_processed',
      error: new CoinStatsError({ code: 'network', transport: failure }),
    };
  }
  // Anything else is unexpected; its message might quote the request, so only its name is kept.
  const name = error instanceof Error ? error.name : typeof error;
  return {
    outcome: 'maybe_processed',
    error: new CoinStatsError({ code: 'network', transport: 'unexpected', transportError: name }),
  };
}

/** A body that did not arrive whole, after an answer with `status` did. */
export function mapBodyFailure(read: Extract<BodyRead, { ok: false }>, status: number, timeoutMs: number): CoinStatsError {
  switch (read.failure) {
    case 'timeout':
      return timedOut(timeoutMs);
    case 'too_large':
      return new CoinStatsError({ code: 'answer_too_large', status, sizeLimitMb: MAX_ANSWER_BYTES / 1024 / 1024, bytesReceived: read.received });
    case 'cut_short':
      return new CoinStatsError({ code: 'answer_cut_short', status, bytesReceived: read.received, bytesExpected: read.expected });
  }
}
