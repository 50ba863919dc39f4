// The CoinStats double for the client's own tests (test/main/coinstats/*):
// on 127.0.0.1 for the whole file, or for one test when it needs other
// options; clients against it built as the session builds its client; and,
// after every test, proof that no error the test provoked (captureError)
// carries a secret. Reads like:
//   const coinstats = useCoinStats();
//   const { client, costs } = coinstats.client({ timeoutMs: 150 });
//   coinstats.double.setFault('balance', { kind: 'slow', ms: 1_000 });
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { CoinStatsClientOptions } from '../../main/coinstats/client';
import type { CoinStatsDouble, DoubleOptions } from '../../main/double/server';
import { CoinStatsError } from '../../main/coinstats/errors';
import { type TestClient, captureError, leakedSecrets, makeClient, producedErrors, startTestDouble } from './double-helpers';

export interface CoinStatsFixture {
  /** The file's double (see `startTestDouble`); its faults are cleared after each test. */
  readonly double: CoinStatsDouble;
  /** A double of the test's own, for options the file's double lacks; stopped after the test (closing it sooner is fine). */
  start(options?: DoubleOptions): Promise<CoinStatsDouble>;
  /** A client as `makeClient` builds it, against the file's double unless `double` says another; its calls are cancelled after the test. */
  client(options?: Partial<CoinStatsClientOptions> & { double?: CoinStatsDouble }): TestClient;
}

export interface CoinStatsFixtureOptions {
  /** Options for the file's double, or false when every test starts its own. Default: a double for the file. */
  fileDouble?: DoubleOptions | false;
}

/** Call at the top of a test file. */
export function useCoinStats({ fileDouble = {} }: CoinStatsFixtureOptions = {}): CoinStatsFixture {
  let shared: CoinStatsDouble | null = null;
  const stops: Array<() => Promise<void>> = [];
  // The session's abort signal: aborted after each test as the session's close() aborts it.
  let session = new AbortController();

  if (fileDouble) {
    beforeAll(async () => {
      shared = await startTestDouble(fileDouble);
    });
    afterAll(async () => {
      await shared?.close();
      shared = null;
    });
  }
  // Only this test's errors: one leak fails the test that caused it, not every test after it.
  let firstError = 0;
  beforeEach(() => {
    firstError = producedErrors.length;
  });
  afterEach(async () => {
    session.abort();
    session = new AbortController();
    shared?.clearFaults();
    await Promise.all(stops.splice(0).map((stop) => stop()));
    expect(leakedSecrets(producedErrors.slice(firstError)), 'secrets in the errors this test provoked').toEqual([]);
  });

  const fixture: CoinStatsFixture = {
    get double() {
      if (!shared) throw new Error('useCoinStats(): no double for the file (fileDouble: false, or used outside a test)');
      return shared;
    },
    async start(options) {
      const double = await startTestDouble(options);
      let closing: Promise<void> | null = null;
      const close = (): Promise<void> => (closing ??= double.close());
      stops.push(close);
      return { ...double, close };
    },
    client({ double, ...options } = {}) {
      return makeClient(double ?? fixture.double, { signal: session.signal, ...options });
    },
  };
  return fixture;
}

/** The CoinStatsError a client call fails with (kept for the leak check, as `captureError` keeps it). */
export async function clientFailure(promise: Promise<unknown>): Promise<CoinStatsError> {
  const error = await captureError(promise);
  expect(error).toBeInstanceOf(CoinStatsError);
  return error as CoinStatsError;
}
