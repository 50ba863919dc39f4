// The tray must keep telling the truth while nothing changes — offline or
// away, no state push happens, yet "Updated N min. ago" has to move on and the
// stale icon has to appear at twice the freshness target — and it must not
// wake main for anything else: no redraw where the tray would look the same.
import { describe, expect, it } from 'vitest';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { type AppHarness, useAppHarness } from '../../support/app-harness';
import { MIN } from '../../support/test-time';

const startApp = useAppHarness();
const HOUR = 60 * MIN;

async function synced(): Promise<AppHarness> {
  const h = await startApp({ double: { syncPolls: 0 } });
  expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
  expect((await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS })).ok).toBe(true);
  await h.settle();
  expect(h.tray.image()).not.toContain('stale');
  return h;
}

const redraws = (h: AppHarness): number => h.tray.calls.filter((c) => c.method === 'setToolTip').length;

describe('tray redraws between state changes', () => {
  it('moves the age on and turns the icon stale at 2× freshness while offline, the user at the computer', async () => {
    const h = await synced();
    const freshTooltip = h.tray.toolTip()!;
    expect(freshTooltip).toMatch(/Updated just now/);

    h.system.emitPower('offline');
    const freshness = h.app.snapshot().settings.freshnessMinutes;
    await h.clock.advance((2 * freshness + 1) * MIN);

    expect(h.tray.image()).toContain('stale');
    expect(h.tray.toolTip()).toContain(`Updated ${2 * freshness + 1} min. ago`);
  });

  it('while the user is away: one redraw when the icon turns stale, no per-minute ticks, and the tooltip is current the moment they are back', async () => {
    const h = await synced();
    const syncedAt = h.app.snapshot().standing.syncedAt!;
    const staleAt = syncedAt + 2 * h.app.snapshot().settings.freshnessMinutes * MIN;
    h.system.emitPower('user-idle');
    const before = redraws(h);

    await h.clock.advanceTo(staleAt - 1);
    expect(redraws(h), 'nothing on the tray changed before the stale moment').toBe(before);
    expect(h.tray.image()).not.toContain('stale');
    await h.clock.advanceTo(staleAt);
    expect(h.tray.image()).toContain('stale');
    expect(redraws(h)).toBe(before + 1);

    // Ten minutes more away: the tooltip's age is not ticked for nobody…
    const away = h.tray.toolTip()!;
    await h.clock.advance(10 * MIN);
    expect(h.tray.toolTip()).toBe(away);
    // …and is right the moment the user is back (offline, so no refresh's own push redraws it instead).
    h.system.emitPower('offline');
    h.system.emitPower('user-active');
    expect(h.tray.toolTip()).toContain(`Updated ${Math.round((h.clock.now() - syncedAt) / MIN)} min. ago`);
    expect(h.tray.toolTip()).not.toBe(away);

    // Away for a whole hour: at most a look every 2× freshness, for a sync the lifecycle was not told of.
    h.system.emitPower('user-idle');
    const idleHour = redraws(h);
    await h.clock.advance(HOUR);
    expect(redraws(h) - idleHour).toBeLessThanOrEqual(2);
  });

  it('a sync while the icon is stale is followed by the icon turning stale again on time', async () => {
    const h = await synced();
    h.system.emitPower('user-idle');
    const freshness = h.app.snapshot().settings.freshnessMinutes;
    await h.clock.advance((2 * freshness + 1) * MIN);
    expect(h.tray.image()).toContain('stale');

    // Not through any event the lifecycle hears: a command from a window (a retry or status poll would do the same).
    expect((await h.invoke('refreshAll')).ok).toBe(true);
    await h.settle();
    expect(h.tray.image()).not.toContain('stale');
    const staleAgain = h.app.snapshot().standing.syncedAt! + 2 * freshness * MIN;
    await h.clock.advanceTo(staleAgain);
    expect(h.tray.image()).toContain('stale');
  });

  it('stops redrawing once the app stops', async () => {
    const h = await synced();
    await h.app.stop();
    const renders = redraws(h);
    await h.clock.advance(5 * HOUR);
    expect(redraws(h)).toBe(renders);
  });
});
