// Shared set-up for tests that run the CoinStats client against the double.
import { inspect } from 'node:util';
import { type CoinStatsClient, type CoinStatsClientOptions, type CostEntry, createCoinStatsClient } from '../../main/coinstats/client';
import { createPacer } from '../../main/coinstats/pacer';
import { type CoinStatsDouble, type DoubleOptions, startDouble } from '../../main/double/server';

/** Distinctive so a leak is unmistakable; `demo` prefixes so the double accepts them. */
export const TEST_API_KEY = 'demo-key-S3CRET-cs-7f3a9c';
export const BINANCE_FIELDS = { apiKey: 'demoKEY-binance-41d8e2', apiSecret: 'demoSECRET-binance-c0ffee99' };
export const KUCOIN_FIELDS = { apiKey: 'demoKEY-kucoin-5a5a5a', apiSecret: 'demoSECRET-kucoin-beef1234', passphrase: 'demoPASS-kucoin-0451' };
/** Refused by the double (no `demo` prefix), still secret. */
export const REJECTED_FIELDS = { apiKey: 'liveKEY-binance-9e9e9e', apiSecret: 'liveSECRET-binance-abad1dea' };

export const ALL_SECRETS = [
  TEST_API_KEY,
  ...Object.values(BINANCE_FIELDS),
  ...Object.values(KUCOIN_FIELDS),
  ...Object.values(REJECTED_FIELDS),
];

/** A double for tests where spacing is not the subject: no rate limit, instant sync. */
export function startTestDouble(opts: DoubleOptions = {}): Promise<CoinStatsDouble> {
  return startDouble({ apiKey: TEST_API_KEY, rateLimit: null, syncPolls: 0, ...opts });
}

export interface TestClient {
  client: CoinStatsClient;
  /** Every HTTP attempt the client reported, in order (the session's ledger feed). */
  costs: CostEntry[];
  learned: Array<'/v1' | ''>;
}

/**
 * A client built as the app's session builds it (main/app/session.ts): the
 * CoinStats key from a getter, one pacer on the session's abort signal, every
 * attempt reported to the ledger, the working prefix learned. Only the speeds
 * are the tests': a fast pacer, short retries and timeouts. `opts` overrides
 * any of it; an `onCost` given is called as well as the `costs` record.
 */
export function makeClient(double: CoinStatsDouble, opts: Partial<CoinStatsClientOptions> = {}): TestClient {
  const costs: CostEntry[] = [];
  const learned: Array<'/v1' | ''> = [];
  const { onCost, signal } = opts;
  const client = createCoinStatsClient({
    baseUrl: double.url,
    getApiKey: async () => TEST_API_KEY,
    pacer: createPacer({ ratePerSecond: 1000, ...(signal ? { signal } : {}) }),
    retry: { limit: 2, baseDelayMs: 5 },
    timeoutMs: 2_000,
    onPrefixLearned: (prefix) => learned.push(prefix),
    ...opts,
    onCost: (entry) => {
      costs.push(entry);
      onCost?.(entry);
    },
  });
  return { client, costs, learned };
}

/** Every error a test provoked, so the file can prove none of them leaks a secret. */
export const producedErrors: unknown[] = [];

export async function captureError(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    producedErrors.push(error);
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Every way an error can end up in a log, a crash report or an IPC reply. */
export function serialiseEverything(error: unknown): string {
  const parts = [
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    JSON.stringify(error),
    String(error),
    error instanceof Error ? `${error.stack ?? ''} ${String(error.cause ?? '')}` : '',
    typeof (error as { toPlain?: unknown }).toPlain === 'function' ? JSON.stringify((error as { toPlain: () => unknown }).toPlain()) : '',
  ];
  return parts.join('\n');
}

export function leakedSecrets(errors: readonly unknown[], secrets: readonly string[] = ALL_SECRETS): string[] {
  const leaks: string[] = [];
  for (const error of errors) {
    const text = serialiseEverything(error);
    for (const secret of secrets) if (text.includes(secret)) leaks.push(secret);
  }
  return leaks;
}
