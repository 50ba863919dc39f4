// A 429 storm as the whole client sees it. Each 429 used to cost a free
// `/usage/credits` probe, doubling the requests while CoinStats was already
// refusing them (issue 9). Now one probe explains a storm and later 429s
// reuse its answer; every 429 shuts the client's gate for longer
// (exponential with equal jitter, at least what Retry-After asks, at most a
// minute), and no call starts while it is shut; the first answer to any call
// other than the probe's own ends the storm.
import type { CostEndpoint } from './costs';
import { rateLimited } from './error-map';
import type { CoinStatsError } from './errors';
import { abortableSleep } from './pacer';
import { type CreditsProbe, explain429 } from './probes';
import { equalJitter } from './retry';

/** The gate is never shut longer, whatever a Retry-After says: a broken or hostile server cannot silence Tallybar. */
export const MAX_RATE_LIMIT_PAUSE_MS = 60_000;

/**
 * The longest a call waits at the gate. Past it the call fails at once with
 * the storm's verdict and no request, and its caller (the sync engine) tries
 * again on its own schedule: a refresh is not held for a minute.
 */
const MAX_CALL_WAIT_MS = 5_000;

export interface RateLimitStorm {
  /** A 429 on `endpoint`: rate limit or no credits, told by the storm's one probe (`probe` is made only if none was). */
  explain(endpoint: CostEndpoint, error: CoinStatsError, message: string | null, retryAfterMs: number | null, probe: CreditsProbe): Promise<CoinStatsError>;
  /** CoinStats answered a call: the storm is over. */
  calm(): void;
  /** How long a call should wait before its next attempt: 0 when the gate is open, null when it stays shut longer than a call waits. */
  pauseForCall(): number | null;
  /** Before a call's first attempt: waits at the gate, or throws the storm's verdict without asking. */
  admit(signal: AbortSignal | undefined): Promise<void>;
}

export interface RateLimitStormOptions {
  /** The first 429 shuts the gate for about twice this; each further one doubles it. */
  baseDelayMs: number;
  /** Milliseconds, monotonic. Injected by tests. */
  now?: () => number;
}

export function createRateLimitStorm({ baseDelayMs, now = () => performance.now() }: RateLimitStormOptions): RateLimitStorm {
  let strikes = 0;
  let shutUntil = Number.NEGATIVE_INFINITY;
  let verdict: ReturnType<CreditsProbe> | null = null;
  let lastMessage: string | null = null;

  function strike(retryAfterMs: number | null): void {
    strikes += 1;
    // 2 ** 30 already dwarfs the cap; bounding the exponent keeps it finite.
    const backoff = equalJitter(Math.min(MAX_RATE_LIMIT_PAUSE_MS, baseDelayMs * 2 ** Math.min(strikes, 30)));
    const asked = Math.min(MAX_RATE_LIMIT_PAUSE_MS, retryAfterMs ?? 0);
    shutUntil = Math.max(shutUntil, now() + Math.max(backoff, asked));
  }

  function pauseForCall(): number | null {
    const wait = shutUntil - now();
    if (wait <= 0) return 0;
    return wait > MAX_CALL_WAIT_MS ? null : wait;
  }

  return {
    async explain(endpoint, error, message, retryAfterMs, probe) {
      // A 429 from the credits call itself needs no probe: it is the rate limit.
      const explained = endpoint === 'credits' ? error : await explain429(() => (verdict ??= probe()), endpoint, error, message);
      if (explained.code === 'rate_limited') {
        lastMessage = message;
        strike(retryAfterMs);
      } else {
        // No credits is no storm: waiting does not help, and the next 429 asks again.
        verdict = null;
      }
      return explained;
    },
    calm() {
      strikes = 0;
      shutUntil = Number.NEGATIVE_INFINITY;
      verdict = null;
    },
    pauseForCall,
    async admit(signal) {
      const wait = pauseForCall();
      if (wait === null) throw rateLimited({ status: 429, requestId: null }, lastMessage);
      if (wait > 0) await abortableSleep(wait, signal);
    },
  };
}
