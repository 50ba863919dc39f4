// What each CoinStats call costs in credits (the table in coinstats-api.md).
// Main charges by it; Settings estimates a schedule's monthly cost with it.

export type CostEndpoint = 'balance' | 'support' | 'status' | 'sync' | 'coins' | 'coin' | 'currencies' | 'credits';

export const CREDIT_COSTS: Readonly<Record<CostEndpoint, number>> = {
  balance: 10,
  support: 1,
  status: 3,
  sync: 20,
  coins: 2,
  coin: 1,
  currencies: 1,
  credits: 0,
};
