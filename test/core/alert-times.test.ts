// Quiet hours in local time, including a span across midnight, and the
// instants the watcher's timer wakes at.
import { describe, expect, it } from 'vitest';
import { digestDue, inQuietHours, lastLocalMinute, nextLocalMinute, quietEndsAt } from '../../main/core/alert-times';

const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();
const night = { enabled: true, start: 22 * 60, end: 8 * 60 };
const lunch = { enabled: true, start: 12 * 60, end: 13 * 60 + 30 };

describe('alert times', () => {
  it('quiet hours that span midnight hold from the start to the end of the next morning', () => {
    expect(inQuietHours(at(2, 21, 59), night)).toBe(false);
    expect(inQuietHours(at(2, 22, 0), night)).toBe(true);
    expect(inQuietHours(at(3, 0, 30), night)).toBe(true);
    expect(inQuietHours(at(3, 7, 59), night)).toBe(true);
    expect(inQuietHours(at(3, 8, 0), night)).toBe(false);
    expect(quietEndsAt(at(2, 23), night)).toBe(at(3, 8));
    expect(quietEndsAt(at(3, 3), night)).toBe(at(3, 8));
    expect(quietEndsAt(at(3, 9), night)).toBeNull();
  });

  it('quiet hours within a day, turned off, or of no length hold nothing outside them', () => {
    expect(inQuietHours(at(2, 12, 45), lunch)).toBe(true);
    expect(inQuietHours(at(2, 13, 30), lunch)).toBe(false);
    expect(inQuietHours(at(2, 23), { ...night, enabled: false })).toBe(false);
    expect(inQuietHours(at(2, 23), { enabled: true, start: 600, end: 600 })).toBe(false);
  });

  it('finds the next and the last instant of a local time of day', () => {
    expect(nextLocalMinute(at(2, 8), 9 * 60)).toBe(at(2, 9));
    expect(nextLocalMinute(at(2, 9), 9 * 60)).toBe(at(3, 9));
    expect(lastLocalMinute(at(2, 8), 9 * 60)).toBe(at(1, 9));
    expect(lastLocalMinute(at(2, 9), 9 * 60)).toBe(at(2, 9));
  });

  it('a digest is due once its time passed since the last one, and never when off', () => {
    const digest = { enabled: true, at: 9 * 60 };
    expect(digestDue(at(2, 9), digest, at(2, 8))).toBe(true);
    expect(digestDue(at(2, 10), digest, at(2, 9))).toBe(false);
    expect(digestDue(at(3, 9), digest, at(2, 9))).toBe(true);
    expect(digestDue(at(3, 9), { ...digest, enabled: false }, 0)).toBe(false);
  });
});
