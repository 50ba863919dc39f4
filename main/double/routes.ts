// Which documented route a request is for, under either path prefix, and the
// handler that answers it.
import type { DoubleRoute } from './faults';
import * as handlers from './handlers';

const ROUTES: Record<string, DoubleRoute> = {
  'POST /exchange/balance': 'balance',
  'GET /exchange/support': 'support',
  'GET /exchange/status': 'status',
  'GET /coins': 'coins',
  'GET /currencies': 'currencies',
  'GET /usage/credits': 'credits',
};

export function routeOf(prefixes: ReadonlyArray<'/v1' | ''>, method: string, pathname: string): DoubleRoute | null {
  for (const prefix of prefixes) {
    if (prefix && !pathname.startsWith(`${prefix}/`)) continue;
    const route = ROUTES[`${method} ${pathname.slice(prefix.length)}`];
    if (route) return route;
  }
  return null;
}

export function answerFor(state: handlers.DoubleState, route: DoubleRoute, body: unknown, query: URLSearchParams): handlers.Answer {
  switch (route) {
    case 'balance': return handlers.handleBalance(state, body);
    case 'status': return handlers.handleStatus(state, query);
    case 'support': return handlers.handleSupport(state);
    case 'coins': return handlers.handleCoins(state, query);
    case 'currencies': return handlers.handleCurrencies();
    case 'credits': return handlers.handleCredits(state);
  }
}
