// A sliding-window limit like the real API's (about 2 requests per second).
// Only accepted requests take a slot, so a client that backs off recovers.

/**
 * Arrival times jitter by a few milliseconds against the client's start times
 * (event loop, TCP), so a client spacing its starts exactly at the limit would
 * otherwise flap. The window is shortened by this much to absorb that.
 */
const ARRIVAL_SLACK_MS = 30;

export class RateLimiter {
  private readonly accepted: number[] = [];

  constructor(private readonly limit: { requests: number; perMs: number } | null) {}

  /** True if the request may go ahead (and records it); false means 429. */
  tryAcquire(now: number): boolean {
    if (!this.limit) return true;
    const windowStart = now - this.limit.perMs + ARRIVAL_SLACK_MS;
    while (this.accepted.length > 0 && (this.accepted[0] ?? 0) <= windowStart) this.accepted.shift();
    if (this.accepted.length >= this.limit.requests) return false;
    this.accepted.push(now);
    return true;
  }
}
