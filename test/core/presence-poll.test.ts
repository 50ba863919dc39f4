import { describe, expect, it } from 'vitest';
import { AWAY_FIRST_LOOK_MS, AWAY_MAX_LOOK_MS, IDLE_THRESHOLD_S, PRESENT_LOOK_MS, hasLockEvents, isPresent, nextLookMs } from '../../main/core/presence-poll';

const present = (idleSeconds: number) => ({ state: 'active' as const, idleSeconds });
const HOUR = 3_600_000;

describe('nextLookMs', () => {
  it('while the user is present: every 30 s, or sooner when they could turn idle before that', () => {
    expect(nextLookMs(present(0), { awayLooks: 0, lockEvents: true })).toBe(PRESENT_LOOK_MS);
    expect(nextLookMs(present(IDLE_THRESHOLD_S - 10), { awayLooks: 0, lockEvents: true })).toBe(10_000);
    // Never a busy loop, whatever the OS answers.
    expect(nextLookMs(present(IDLE_THRESHOLD_S + 5), { awayLooks: 0, lockEvents: true })).toBe(1000);
    expect(nextLookMs(present(Number.NaN), { awayLooks: 0, lockEvents: true })).toBe(PRESENT_LOOK_MS);
  });

  it('while the user is away: 1 min, then twice as long each time, up to 5 min — about a dozen looks an hour', () => {
    const away = { state: 'idle' as const, idleSeconds: 600 };
    const waits = [1, 2, 3, 4, 5, 6].map((awayLooks) => nextLookMs(away, { awayLooks, lockEvents: false }));
    expect(waits).toEqual([AWAY_FIRST_LOOK_MS, 2 * AWAY_FIRST_LOOK_MS, 4 * AWAY_FIRST_LOOK_MS, AWAY_MAX_LOOK_MS, AWAY_MAX_LOOK_MS, AWAY_MAX_LOOK_MS]);
    let looks = 0;
    for (let t = 0; t < HOUR; looks++) t += nextLookMs(away, { awayLooks: looks + 1, lockEvents: false })!;
    expect(looks).toBeLessThanOrEqual(15);
    expect(nextLookMs(away, { awayLooks: 10_000, lockEvents: false })).toBe(AWAY_MAX_LOOK_MS);
  });

  it('locked: no look where unlock-screen will say so (macOS, Windows); looks on Linux, which has no lock events', () => {
    const locked = { state: 'locked' as const, idleSeconds: 0 };
    expect(nextLookMs(locked, { awayLooks: 1, lockEvents: hasLockEvents('darwin') })).toBeNull();
    expect(nextLookMs(locked, { awayLooks: 1, lockEvents: hasLockEvents('win32') })).toBeNull();
    expect(nextLookMs(locked, { awayLooks: 1, lockEvents: hasLockEvents('linux') })).toBe(AWAY_FIRST_LOOK_MS);
  });

  it("treats 'unknown' as present (not knowing must not stop background refresh), looked at as rarely as away", () => {
    expect(isPresent('unknown')).toBe(true);
    expect(isPresent('idle')).toBe(false);
    expect(isPresent('locked')).toBe(false);
    expect(nextLookMs({ state: 'unknown', idleSeconds: 0 }, { awayLooks: 1, lockEvents: true })).toBe(AWAY_FIRST_LOOK_MS);
  });
});
