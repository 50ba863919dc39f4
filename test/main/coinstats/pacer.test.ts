// The shared pacer: call starts at least 1000/rate ms apart, across callers.
import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../main/coinstats/pacer';
import { useCoinStats } from '../../support/coinstats-fixture';
import { BINANCE_FIELDS } from '../../support/double-helpers';

// The double's own rate limit (2 per second) is what the pacer must respect.
const coinstats = useCoinStats({ fileDouble: false });
const NO_RETRY = { limit: 0, baseDelayMs: 1 };

describe('createPacer', () => {
  it('spaces starts with an injected clock, in call order', async () => {
    let clock = 1_000;
    const starts: Array<[string, number]> = [];
    const pacer = createPacer({
      ratePerSecond: 4,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => pacer.schedule(async () => starts.push([name, clock]))));
    expect(starts).toEqual([['a', 1_000], ['b', 1_250], ['c', 1_500], ['d', 1_750]]);
  });

  it('does not wait when calls are already far apart, and survives a failing call', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const pacer = createPacer({ ratePerSecond: 2, now: () => clock, sleep: async (ms) => { sleeps.push(ms); clock += ms; } });
    await expect(pacer.schedule(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    clock += 2_000;
    await pacer.schedule(async () => undefined);
    expect(sleeps).toEqual([]);
    await pacer.schedule(async () => undefined);
    expect(sleeps).toEqual([500]);
  });

  it('refuses a nonsensical rate', () => {
    expect(() => createPacer({ ratePerSecond: 0 })).toThrow(/positive/);
  });

  it('keeps real requests to the double ≥ 500 ms apart at the default 2/s, and none is rate-limited', async () => {
    const double = await coinstats.start({ rateLimit: { requests: 2, perMs: 1000 } });
    const pacer = createPacer();
    // Two clients sharing one pacer, as the sync engine and the settings screen would.
    const { client: a } = coinstats.client({ double, pacer, retry: NO_RETRY });
    const { client: b } = coinstats.client({ double, pacer, retry: NO_RETRY });
    await Promise.all([
      a.getExchangeBalance({ connectionId: 'binance', connectionFields: BINANCE_FIELDS }),
      b.getCurrencies(),
      a.getSupportedExchanges(),
      b.getCreditUsage(),
      a.getCoins(['bitcoin']),
    ]);
    const log = double.requests();
    expect(log.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const gaps = log.slice(1).map((r, i) => r.at - (log[i]?.at ?? 0));
    // The pacer spaces starts; the double logs arrivals, which lag starts by
    // a few ms (more for the first, which opens the connection).
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(400);
    expect((log.at(-1)?.at ?? 0) - (log[0]?.at ?? 0)).toBeGreaterThanOrEqual(1_900);
  });

  it('without the pacer the same burst hits the rate limit (the double really enforces it)', async () => {
    const double = await coinstats.start({ rateLimit: { requests: 2, perMs: 1000 } });
    // The test client's own pacer runs at 1000/s: as good as none.
    const { client } = coinstats.client({ double, retry: NO_RETRY });
    const results = await Promise.allSettled([client.getCurrencies(), client.getCurrencies(), client.getCurrencies()]);
    expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
    expect(double.requests().some((r) => r.status === 429)).toBe(true);
  });
});
