import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_POLL_CAP_MS, backoffDelay, isStale, nextStatusPollDelay } from '../../main/core/schedule';

describe('isStale', () => {
  it('compares age with the freshness target', () => {
    const now = 1_000_000_000;
    expect(isStale(null, now, 15)).toBe(true);
    expect(isStale(now - 14 * 60_000, now, 15)).toBe(false);
    expect(isStale(now - 15 * 60_000, now, 15)).toBe(true);
    expect(isStale(now, now, 0)).toBe(true);
  });
});

describe('nextStatusPollDelay', () => {
  it('doubles from 5 s and caps at 10 min', () => {
    expect([0, 1, 2, 3, 4].map((a) => nextStatusPollDelay(a))).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
    expect(nextStatusPollDelay(7)).toBe(STATUS_POLL_CAP_MS);
    expect(nextStatusPollDelay(10_000)).toBe(STATUS_POLL_CAP_MS);
    expect(nextStatusPollDelay(-3)).toBe(5_000);
  });

  it('is non-decreasing without jitter and within ±10 % (never over the cap) with it', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const base = nextStatusPollDelay(attempt);
        expect(nextStatusPollDelay(attempt + 1)).toBeGreaterThanOrEqual(base);
        const jittered = nextStatusPollDelay(attempt, () => r);
        expect(jittered).toBeGreaterThanOrEqual(Math.floor(base * 0.9));
        expect(jittered).toBeLessThanOrEqual(Math.min(STATUS_POLL_CAP_MS, Math.ceil(base * 1.1)));
      }),
    );
  });
});

describe('backoffDelay', () => {
  it('is full jitter: rng × min(cap, base·2^attempt)', () => {
    expect(backoffDelay(0, () => 0.5)).toBe(500);
    expect(backoffDelay(3, () => 0.5)).toBe(4_000);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(50, () => 0.5)).toBe(150_000);
    expect(backoffDelay(2, () => 0.5, { baseMs: 100, capMs: 300 })).toBe(150);
  });

  it('stays in [0, cap) for any attempt and any rng output', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 2_000 }), fc.double(), (attempt, r) => {
        const d = backoffDelay(attempt, () => r);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(5 * 60_000);
      }),
    );
  });
});
