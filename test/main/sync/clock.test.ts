import { describe, expect, it } from 'vitest';
import { createManualClock, createSystemClock } from '../../../main/services/clock';

describe('manual clock', () => {
  it('fires due timers in order, each at its own time, including timers they schedule', async () => {
    const clock = createManualClock(1_000);
    const seen: Array<[string, number]> = [];
    clock.setTimeout(() => seen.push(['b', clock.now()]), 200);
    clock.setTimeout(() => {
      seen.push(['a', clock.now()]);
      clock.setTimeout(() => seen.push(['c', clock.now()]), 50);
    }, 100);
    const dropped = clock.setTimeout(() => seen.push(['never', clock.now()]), 120);
    clock.clearTimeout(dropped);
    await clock.advance(500);
    expect(seen).toEqual([['a', 1_100], ['c', 1_150], ['b', 1_200]]);
    expect(clock.now()).toBe(1_500);
    expect(clock.pending()).toBe(0);
  });

  it('waits for the settle hook after each timer', async () => {
    const clock = createManualClock(0);
    const log: string[] = [];
    clock.setSettle(async () => {
      await new Promise((r) => setTimeout(r, 5));
      log.push(`settled@${clock.now()}`);
    });
    clock.setTimeout(() => log.push('t1'), 10);
    clock.setTimeout(() => log.push('t2'), 20);
    await clock.advance(30);
    expect(log).toEqual(['settled@0', 't1', 'settled@10', 't2', 'settled@20']);
  });
});

describe('system clock', () => {
  it('fires a real timer and can cancel one', async () => {
    const clock = createSystemClock();
    let fired = 0;
    const cancelled = clock.setTimeout(() => (fired += 10), 5);
    clock.clearTimeout(cancelled);
    await new Promise<void>((resolve) => clock.setTimeout(() => resolve(void (fired += 1)), 5));
    await new Promise((r) => setTimeout(r, 15));
    expect(fired).toBe(1);
  });
});
