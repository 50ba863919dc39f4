import { describe, expect, it } from 'vitest';
import { refreshingText } from '../../renderer/src/popover/popover-header';

describe('refreshingText', () => {
  it('counts exchanges while several refresh, and stays plain for one', () => {
    expect(refreshingText(null)).toBe('Refreshing…');
    expect(refreshingText({ done: 0, total: 1 })).toBe('Refreshing…');
    expect(refreshingText({ done: 0, total: 3 })).toBe('Refreshing 1 of 3…');
    expect(refreshingText({ done: 2, total: 3 })).toBe('Refreshing 3 of 3…');
    expect(refreshingText({ done: 3, total: 3 })).toBe('Refreshing 3 of 3…');
  });
});
