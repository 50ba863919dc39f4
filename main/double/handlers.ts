// The double's endpoints: given a parsed request, the answer the real API
// would give. No HTTP here; server.ts does the plumbing.
import type { BalanceRow } from '../../common/types';
import { checkBalanceRequest } from './auth';
import { CURRENCIES, EXCHANGES, type Universe } from './catalog';
import { generateBalances, partialRows, portfolioIdFor } from './balances';
import type { CreditMeter } from './credits';

export interface Answer {
  status: number;
  body: unknown;
}

export interface DoubleState {
  seed: number;
  syncPolls: number;
  universe: Universe;
  meter: CreditMeter;
  /** Status polls each portfolio has had; a portfolio is known once in here. */
  polls: Map<string, number>;
  /** Base of icon URLs: the double serves its own icons so demo mode works offline. */
  iconBase: () => string;
}

const error = (status: number, message: string): Answer => ({ status, body: { message } });

export function handleBalance(state: DoubleState, body: unknown): Answer {
  const checked = checkBalanceRequest(body);
  if (!checked.ok) return error(checked.status, checked.message);
  const { exchange, fields, name } = checked.value;
  const id = portfolioIdFor(exchange.connectionId, fields);
  const polls = state.polls.get(id) ?? 0;
  state.polls.set(id, polls);
  const all = generateBalances(state.seed, state.universe, exchange.connectionId, fields);
  const synced = polls >= state.syncPolls;
  const balances: BalanceRow[] = synced ? all : partialRows(all, polls, state.syncPolls);
  return {
    status: 200,
    body: {
      balances,
      portfolio: { id, status: synced ? 'synced' : 'syncing', connectionId: exchange.connectionId, ...(name ? { name } : {}) },
    },
  };
}

export function handleStatus(state: DoubleState, query: URLSearchParams): Answer {
  const portfolioId = query.get('portfolioId');
  if (!portfolioId) return error(400, 'portfolioId is required.');
  const polls = state.polls.get(portfolioId);
  if (polls === undefined) return error(404, `Portfolio ${portfolioId} not found.`);
  // The answer reflects the polls before this one: `syncPolls` polls say syncing.
  state.polls.set(portfolioId, polls + 1);
  return { status: 200, body: { status: polls >= state.syncPolls ? 'synced' : 'syncing' } };
}

export function handleSupport(state: DoubleState): Answer {
  return {
    status: 200,
    body: EXCHANGES.map((e) => ({
      connectionId: e.connectionId,
      name: e.name,
      icon: `${state.iconBase()}/icons/exchanges/${e.connectionId}.svg`,
      connectionFields: e.connectionFields.map((f) => ({ name: f.name, key: f.key })),
    })),
  };
}

export function handleCoins(state: DoubleState, query: URLSearchParams): Answer {
  const ids = (query.get('coinIds') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) return error(400, 'coinIds is required (comma-separated coin ids).');
  const btc = state.universe.btcPrice;
  const result = ids.flatMap((id) => {
    const coin = state.universe.coins.get(id);
    if (!coin) return [];
    return [{
      id: coin.id, name: coin.name, symbol: coin.symbol,
      icon: `${state.iconBase()}/icons/coins/${coin.id}.svg`,
      price: coin.price, priceBtc: coin.price / btc, priceChange1d: coin.priceChange1d, rank: coin.rank,
    }];
  });
  return {
    status: 200,
    body: {
      meta: { page: 1, limit: ids.length, itemCount: result.length, pageCount: 1, hasPreviousPage: false, hasNextPage: false },
      result,
    },
  };
}

export function handleCurrencies(): Answer {
  return { status: 200, body: { result: { ...CURRENCIES } } };
}

export function handleCredits(state: DoubleState): Answer {
  return { status: 200, body: state.meter.usage() };
}

export function expectedRows(state: DoubleState, exchangeId: string, fields: Record<string, string>): BalanceRow[] {
  return generateBalances(state.seed, state.universe, exchangeId, fields);
}
