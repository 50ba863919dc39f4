import { describe, expect, it } from 'vitest';
import { TallybarError } from '../../common/tallybar-error';
import type { ConnectionView, CreditView } from '../../common/types';
import { incompleteIds, standingOf } from '../../main/core/standing';

const now = Date.UTC(2026, 11, 2, 9);
type Shown = Pick<ConnectionView, 'id' | 'name' | 'state' | 'lastSyncAt' | 'lastError' | 'flagged' | 'countInTotal'>;
const conn = (id: string, over: Partial<Shown> = {}): Shown => ({ id, name: id, state: 'synced', lastSyncAt: now - 60_000, lastError: null, flagged: [], countInTotal: true, ...over });
const fine: Pick<CreditView, 'limited'> = { limited: null };
const error = (code: ConstructorParameters<typeof TallybarError>[0]) => ({ state: 'error' as const, lastError: new TallybarError(code).toPlain() });

describe('standingOf', () => {
  it('dates the total by its oldest successful sync, not by what was tried since', () => {
    const s = standingOf([conn('Binance', { lastSyncAt: now - 3 * 3_600_000, ...error('timeout') }), conn('Kraken')], fine);
    expect(s.syncedAt).toBe(now - 3 * 3_600_000);
    expect(s.failing).toEqual(['Binance']);
    expect(s.problem).toBeNull();
  });

  it('has no date and names the first syncs before anything synced', () => {
    const s = standingOf([conn('Binance', { state: 'syncing', lastSyncAt: null })], fine);
    expect(s).toEqual({ syncedAt: null, firstSync: ['Binance'], failing: [], leftOut: [], notCounted: [], problem: null });
    expect(incompleteIds([conn('Binance', { state: 'syncing', lastSyncAt: null })], s)).toEqual([]);
  });

  it('counts a first sync beside a known total as missing from it', () => {
    const list = [conn('Binance'), conn('KuCoin', { state: 'syncing', lastSyncAt: null })];
    expect(incompleteIds(list, standingOf(list, fine))).toEqual(['KuCoin']);
  });

  it('counts a coin left out of a connection as partial, a coin shown at its last-known value as not', () => {
    const problem = { id: 'field', path: 'price', expected: 'number_at_least_0', found: { kind: 'null' } } as const;
    const list = [conn('Binance', { flagged: [{ coinId: 'ethereum', problem, kept: false }] }), conn('Kraken', { flagged: [{ coinId: 'bitcoin', problem, kept: true }] })];
    const s = standingOf(list, fine);
    expect(s.leftOut).toEqual(['Binance']);
    expect(incompleteIds(list, s)).toEqual(['Binance']);
  });

  it('makes one shared problem of an account-wide failure, even on one connection', () => {
    const list = [conn('Binance', error('coinstats_key_invalid')), conn('Kraken')];
    const s = standingOf(list, fine);
    expect(s.problem?.code).toBe('coinstats_key_invalid');
    expect(s.failing).toEqual([]);
    expect(incompleteIds(list, s)).toEqual([]);
  });

  it('makes one problem of a road failure only when every connection has one', () => {
    const all = [conn('Binance', error('network')), conn('Kraken', error('timeout'))];
    expect(standingOf(all, fine).problem?.code).toBe('network');
    const one = [conn('Binance', error('network')), conn('Kraken')];
    expect(standingOf(one, fine).problem).toBeNull();
    expect(standingOf(one, fine).failing).toEqual(['Binance']);
  });

  it('makes one problem of every connection failing the same way, and names each when they fail differently', () => {
    expect(standingOf([conn('Binance', error('invalid_response'))], fine).problem?.code).toBe('invalid_response');
    const same = [conn('Binance', error('exchange_rejected')), conn('Kraken', error('exchange_rejected'))];
    expect(standingOf(same, fine).problem?.code).toBe('exchange_rejected');
    const different = [conn('Binance', error('exchange_rejected')), conn('Kraken', error('invalid_response'))];
    expect(standingOf(different, fine)).toMatchObject({ problem: null, failing: ['Binance', 'Kraken'] });
  });

  it('says credits are used up when the governor knows it, before any connection failed', () => {
    const s = standingOf([conn('Binance')], { limited: { kind: 'out_of_credits', until: null } });
    expect(s.problem?.code).toBe('out_of_credits');
    expect(standingOf([conn('Binance')], { limited: { kind: 'rate_limited', until: now } }).problem).toBeNull();
  });
});

describe('a connection the user left out of the total', () => {
  it('is named apart, and neither dates, fails nor makes partial the total it is not in', () => {
    const list = [
      conn('Binance'),
      conn('Friend', { countInTotal: false, lastSyncAt: now - 5 * 3_600_000, ...error('exchange_rejected') }),
      conn('Test', { countInTotal: false, state: 'syncing', lastSyncAt: null }),
    ];
    const s = standingOf(list, fine);
    expect(s).toEqual({ syncedAt: now - 60_000, firstSync: [], failing: [], leftOut: [], notCounted: ['Friend', 'Test'], problem: null });
    expect(incompleteIds(list, s)).toEqual([]);
  });

  it('does not hide a problem of the connections still counted', () => {
    const list = [conn('Binance', error('timeout')), conn('Kraken'), conn('Friend', { countInTotal: false })];
    expect(standingOf(list, fine).failing).toEqual(['Binance']);
    expect(incompleteIds(list, standingOf(list, fine))).toEqual(['Binance']);
  });
});
