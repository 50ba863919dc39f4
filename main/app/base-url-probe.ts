// Before a new CoinStats base URL is saved, one free call (`/usage/credits`)
// proves it answers like CoinStats. Otherwise a typo would silently turn every
// later refresh into a network error, far from the settings field that caused it.
import { createCoinStatsClient } from '../coinstats/client';
import { CoinStatsError } from '../coinstats/errors';
import { AppError } from './handlers';

export interface ProbeOptions {
  url: string;
  /** The stored CoinStats key, or null when none is set yet. */
  apiKey: string | null;
  timeoutMs?: number;
}

/** Sent when no key is stored: a 401 from the server still proves it is CoinStats and reachable. */
const NO_KEY_PLACEHOLDER = 'tallybar-reachability-probe';

export async function probeBaseUrl({ url, apiKey, timeoutMs = 10_000 }: ProbeOptions): Promise<void> {
  // A throwaway client: its own pacer, no ledger (the call is free), no retries
  // (the user is waiting on the settings form).
  const client = createCoinStatsClient({
    baseUrl: url,
    getApiKey: async () => apiKey,
    retry: { limit: 0, baseDelayMs: 0 },
    timeoutMs,
  });
  try {
    await client.getCreditUsage({ apiKey: apiKey ?? NO_KEY_PLACEHOLDER });
  } catch (error) {
    if (!(error instanceof CoinStatsError)) throw error;
    if (apiKey === null && error.code === 'coinstats_key_invalid') return;
    // With the probe's own facts, error-words says what went wrong after naming the address.
    throw new AppError(error.code, { ...error.facts, baseUrl: url });
  }
}
