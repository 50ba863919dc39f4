// A 429 storm: for a while every request is refused as rate limited, across
// every route (the free credits call too, unless spared), as a plan limit or
// an overloaded gateway does. The real API sends no Retry-After; a storm may.
import type { DoubleRoute } from './faults';

export interface StormOptions {
  /** How long the storm lasts, from now. */
  ms: number;
  /** Spare `/usage/credits`, as a service that exempts the free call would. Default false. */
  spareCredits?: boolean;
  /** Sent as Retry-After with each 429. Default: none. */
  retryAfterSeconds?: number;
}

export class Storm {
  private until = Number.NEGATIVE_INFINITY;
  private options: StormOptions | null = null;

  /** `now` in the request log's time (ms since the epoch); null ends the storm. */
  start(options: StormOptions | null, now: number): void {
    this.options = options;
    this.until = options ? now + options.ms : Number.NEGATIVE_INFINITY;
  }

  refuses(route: DoubleRoute, now: number): boolean {
    if (!this.options || now >= this.until) return false;
    return !(route === 'credits' && this.options.spareCredits);
  }

  headers(): Record<string, string> {
    const seconds = this.options?.retryAfterSeconds;
    return seconds === undefined ? {} : { 'retry-after': String(seconds) };
  }
}
