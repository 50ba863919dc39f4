// Pure timing decisions for the sync engine. No timers here: the engine owns
// the clock and asks these functions how long to wait.

const MINUTE = 60_000;

/** A random source in [0, 1); injected so tests are deterministic. */
export type Rng = () => number;

/** True when data last synced at `lastSyncAt` has reached the freshness target. Never synced → stale. */
export function isStale(lastSyncAt: number | null, now: number, freshnessMinutes: number): boolean {
  if (lastSyncAt === null || !Number.isFinite(lastSyncAt)) return true;
  const target = Math.max(0, Number.isFinite(freshnessMinutes) ? freshnessMinutes : 0) * MINUTE;
  return now - lastSyncAt >= target;
}

export const STATUS_POLL_BASE_MS = 5_000;
export const STATUS_POLL_CAP_MS = 10 * MINUTE;

function cleanAttempt(attempt: number): number {
  return Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
}

function exponential(attempt: number, baseMs: number, capMs: number): number {
  // 2 ** 60 already dwarfs any cap; bounding the exponent keeps it finite.
  return Math.min(capMs, baseMs * 2 ** Math.min(cleanAttempt(attempt), 60));
}

/**
 * Delay before the next `GET /exchange/status` poll (3 credits each) of a
 * syncing portfolio: 5 s, 10 s, 20 s, 40 s … capped at 10 min. Exchanges
 * usually sync within a minute, so early polls are cheap and quick, and a slow
 * sync costs a bounded number of credits.
 *
 * `jitter`, when given, spreads polls of several connections by ±10 % so they
 * do not hit the rate limit in lockstep; the result never exceeds the cap.
 */
export function nextStatusPollDelay(attempt: number, jitter?: Rng): number {
  const base = exponential(attempt, STATUS_POLL_BASE_MS, STATUS_POLL_CAP_MS);
  if (!jitter) return base;
  const factor = 0.9 + 0.2 * clampUnit(jitter());
  return Math.round(Math.min(STATUS_POLL_CAP_MS, base * factor));
}

export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
}

/**
 * "Full jitter" backoff (AWS Architecture Blog, "Exponential Backoff And
 * Jitter"): uniformly random in [0, min(cap, base·2^attempt)). It spreads
 * retries best when many callers back off at once, as after a 429.
 */
export function backoffDelay(attempt: number, rng: Rng, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? 1_000;
  const capMs = options.capMs ?? 5 * MINUTE;
  return Math.floor(clampUnit(rng()) * exponential(attempt, baseMs, capMs));
}

function clampUnit(x: number): number {
  if (!Number.isFinite(x) || x < 0) return 0;
  return x >= 1 ? 1 - Number.EPSILON : x;
}
