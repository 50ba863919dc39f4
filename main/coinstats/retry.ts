// Waiting between attempts of one call: only failures that heal by waiting
// are retried, a bounded number of times, with jittered exponential delays.
// A rate limit waits at the client's storm gate instead (rate-limit-storm.ts),
// so many calls back off together, but within the same retry limit.
import type { CoinStatsError, CoinStatsErrorCode } from './errors';
import { abortableSleep } from './pacer';

export interface RetryOptions {
  limit: number;
  baseDelayMs: number;
}

/**
 * Only these heal by waiting. Timeouts are not retried: a slow CoinStats stays
 * slow for a while, and a timed-out balance call may already have been
 * charged; nor is an answer cut short, which was (its status arrived), so the
 * sync engine's slower schedule tries again. A redirect or an oversized
 * answer is the same on every try.
 */
const HEAL_BY_WAITING: ReadonlySet<CoinStatsErrorCode> = new Set(['network', 'connection_reset', 'rate_limited']);

function isRetriable(error: CoinStatsError): boolean {
  if (HEAL_BY_WAITING.has(error.code)) return true;
  return error.code === 'unavailable' && (error.status === 502 || error.status === 503 || error.status === 504);
}

/** "Equal jitter": never less than half of `ms`, never in lockstep with other clients. */
export function equalJitter(ms: number): number {
  return ms / 2 + Math.random() * (ms / 2);
}

/** One call's retry budget. */
export interface Backoff {
  /** Sleeps before the next attempt, or throws `error` when there is to be none. */
  wait(error: CoinStatsError): Promise<void>;
}

/** `rateLimitPause`: how long the storm gate asks a call to wait, or null when it is shut for longer than a call waits. */
export function startBackoff(retry: RetryOptions, signal: AbortSignal | undefined, rateLimitPause: () => number | null): Backoff {
  let retries = 0;
  return {
    async wait(error) {
      if (!isRetriable(error) || retries >= retry.limit || signal?.aborted) throw error;
      retries += 1;
      const delay = error.code === 'rate_limited' ? rateLimitPause() : equalJitter(retry.baseDelayMs * 2 ** (retries - 1));
      if (delay === null) throw error;
      await abortableSleep(delay, signal).catch(() => {
        throw error;
      });
    },
  };
}
