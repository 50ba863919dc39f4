// A sliding-window limit like the real API's (about 2 requests per second).
// Only accepted requests take a slot, so a client that backs off recovers.

/**
 * The double sees arrivals, a client paces starts, and the two differ by a
 * few to tens of milliseconds (a fresh TCP connection, a busy event loop on a
 * loaded CI machine). A client spacing starts exactly at the limit must not
 * flap, so the window is shortened by a fifth of the per-request interval
 * (100 ms at 2 per second). A client going 2.5/s or faster still gets 429s.
 */
const ARRIVAL_SLACK = 0.2;

export class RateLimiter {
  private readonly accepted: number[] = [];

  constructor(private readonly limit: { requests: number; perMs: number } | null) {}

  /** True if the request may go ahead (and records it); false means 429. */
  tryAcquire(now: number): boolean {
    if (!this.limit) return true;
    const slack = (this.limit.perMs / this.limit.requests) * ARRIVAL_SLACK;
    const windowStart = now - this.limit.perMs + slack;
    while (this.accepted.length > 0 && (this.accepted[0] ?? 0) <= windowStart) this.accepted.shift();
    if (this.accepted.length >= this.limit.requests) return false;
    this.accepted.push(now);
    return true;
  }
}
