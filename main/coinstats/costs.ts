// What each CoinStats call costs in credits (table in coinstats-api.md), and
// which outcomes we count as charged. CoinStats does not document charging
// for failed calls, so these are our assumptions, chosen so the credit
// governor errs towards spending less, never more:
// - an answered call (2xx) is charged, even if its body fails our schema;
// - an HTTP error answer (3xx/4xx/5xx) was refused before any work: 0 credits;
// - an answer whose body then broke off, ran too long or too large is
//   charged by its status, like one that arrived whole;
// - a timeout or a connection dropped mid-request may have been processed
//   and charged: counted at full cost;
// - a connection that was never made (refused, DNS) costs 0.

import { CREDIT_COSTS, type CostEndpoint } from '../../common/credit-costs';

export type { CostEndpoint };

export type CallOutcome = 'answered' | 'http_error' | 'maybe_processed' | 'not_sent';

export function chargedCredits(endpoint: CostEndpoint, outcome: CallOutcome): number {
  return outcome === 'answered' || outcome === 'maybe_processed' ? CREDIT_COSTS[endpoint] : 0;
}
