// The double's credit meter: what the real service charges per call and the
// monthly quota. Kept apart from the client's own table on purpose, so a test
// comparing the client's ledger with this meter checks one against the other.
import type { DoubleRoute } from './faults';

export const ROUTE_COSTS: Readonly<Record<DoubleRoute, number>> = {
  balance: 10,
  support: 1,
  status: 3,
  coins: 2,
  currencies: 1,
  credits: 0,
};

export class CreditMeter {
  used = 0;
  constructor(readonly quota: number) {}

  /** Would this call overrun the quota? A free call never does. */
  wouldExceed(route: DoubleRoute): boolean {
    const cost = ROUTE_COSTS[route];
    return cost > 0 && this.used + cost > this.quota;
  }

  /** Assumption: only answered (2xx) calls are charged; rejected ones cost nothing. */
  charge(route: DoubleRoute): void {
    this.used += ROUTE_COSTS[route];
  }

  usage(): { totalCredits: number; usedCredits: number; remainingCredits: number; subscription: string } {
    return {
      totalCredits: this.quota,
      usedCredits: this.used,
      remainingCredits: Math.max(0, this.quota - this.used),
      subscription: 'free',
    };
  }
}
