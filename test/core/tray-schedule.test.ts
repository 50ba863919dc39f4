import { ageText } from '../../common/i18n';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { firstChangeAfter, nextTrayChangeAt } from '../../main/core/tray-schedule';

const MIN = 60_000;
const HOUR = 60 * MIN;
const SYNCED = 1_700_000_000_000;

describe('nextTrayChangeAt', () => {
  it('nobody reading the tooltip: only the stale icon, at 2× freshness, and nothing once stale', () => {
    const at = (now: number) => nextTrayChangeAt({ syncedAt: SYNCED, now, freshnessMinutes: 15, tooltipRead: false });
    expect(at(SYNCED)).toBe(SYNCED + 30 * MIN);
    expect(at(SYNCED + 29 * MIN)).toBe(SYNCED + 30 * MIN);
    expect(at(SYNCED + 30 * MIN)).toBeNull();
  });

  it('someone at the computer: also each step of "Updated N min. ago" (minutes, then hours, then days)', () => {
    const at = (now: number) => nextTrayChangeAt({ syncedAt: SYNCED, now, freshnessMinutes: 15, tooltipRead: true });
    expect(at(SYNCED)).toBe(SYNCED + MIN);
    expect(at(SYNCED + 5 * MIN + 10)).toBe(SYNCED + 6 * MIN);
    expect(at(SYNCED + 30 * MIN - 1)).toBe(SYNCED + 30 * MIN);
    expect(at(SYNCED + 59 * MIN)).toBe(SYNCED + HOUR);
    expect(at(SYNCED + HOUR)).toBe(SYNCED + 2 * HOUR);
    expect(at(SYNCED + 30 * HOUR)).toBe(SYNCED + 2 * 24 * HOUR);
  });

  it('before the first sync nothing moves with time', () => {
    expect(nextTrayChangeAt({ syncedAt: null, now: SYNCED, freshnessMinutes: 15, tooltipRead: true })).toBeNull();
  });
});

describe('firstChangeAfter', () => {
  it('finds, to the millisecond, the first instant ageText reads differently', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 24 * HOUR }), (age) => {
        const now = SYNCED + age;
        const next = firstChangeAfter(now, (t) => ageText(SYNCED, t))!;
        expect(ageText(SYNCED, next)).not.toBe(ageText(SYNCED, now));
        expect(ageText(SYNCED, next - 1)).toBe(ageText(SYNCED, now));
      }),
    );
  });

  it('gives up past its horizon for a value that never changes', () => {
    expect(firstChangeAfter(SYNCED, () => 'same')).toBeNull();
  });
});
