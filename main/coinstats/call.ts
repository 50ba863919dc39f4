// The shapes the client's parts pass between them: what one CoinStats call is,
// what one attempt at it gives back, and what each attempt costs.
import type { z } from 'zod';
import type { CostEndpoint } from './costs';
import type { CoinStatsError } from './errors';
import { creditUsageSchema } from './schemas';

export type ApiPrefix = '/v1' | '';

export interface CostEntry {
  endpoint: CostEndpoint;
  credits: number;
  at: number;
  ok: boolean;
}

/** What goes on the wire. */
export interface CallRequest {
  method: 'GET' | 'POST';
  path: string;
  json?: unknown;
  searchParams?: Record<string, string>;
}

export interface Call<T> extends CallRequest {
  endpoint: CostEndpoint;
  schema: z.ZodType<T>;
  /** Values to scrub from anything the server echoes back. */
  secrets?: string[];
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: CoinStatsError; noRoute?: boolean };

/** One attempt at `call` under `prefix`, sending `apiKey`. */
export type AttemptCall = <T>(call: Call<T>, prefix: ApiPrefix, apiKey: string) => Promise<Attempt<T>>;

/** The free call: whether the key works and how many credits are left. */
export const CREDITS_CALL = { endpoint: 'credits', method: 'GET', path: '/usage/credits', schema: creditUsageSchema } satisfies Call<unknown>;
