// Waiting between attempts of one call: only failures that heal by waiting
// are retried, a bounded number of times, with jittered exponential delays.
import type { CoinStatsError } from './errors';
import { abortableSleep } from './pacer';

export interface RetryOptions {
  limit: number;
  baseDelayMs: number;
}

/**
 * Only these heal by waiting. Timeouts are not retried: a slow CoinStats stays
 * slow for a while, and a timed-out balance call may already have been charged.
 */
function isRetriable(error: CoinStatsError): boolean {
  if (error.code === 'network' || error.code === 'rate_limited') return true;
  return error.code === 'unavailable' && (error.status === 502 || error.status === 503 || error.status === 504);
}

/** One call's retry budget. */
export interface Backoff {
  /** Sleeps before the next attempt, or throws `error` when there is to be none. */
  wait(error: CoinStatsError): Promise<void>;
}

export function startBackoff(retry: RetryOptions, signal: AbortSignal | undefined): Backoff {
  let retries = 0;
  return {
    async wait(error) {
      if (!isRetriable(error) || retries >= retry.limit || signal?.aborted) throw error;
      retries += 1;
      const delay = retry.baseDelayMs * 2 ** (retries - 1);
      // "Equal jitter": never less than half the backoff, never in lockstep with other clients.
      await abortableSleep(delay / 2 + Math.random() * (delay / 2), signal).catch(() => {
        throw error;
      });
    },
  };
}
