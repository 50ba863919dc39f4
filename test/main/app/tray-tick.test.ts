// The tray must keep telling the truth while nothing changes: offline or
// asleep, no state push happens, yet "Updated N min ago" has to move on and
// the stale icon has to appear at twice the freshness target.
import { describe, expect, it } from 'vitest';
import { TRAY_TICK_MS } from '../../../main/app/lifecycle';
import { BINANCE_FIELDS, TEST_API_KEY } from '../../support/double-helpers';
import { useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

describe('tray tick', () => {
  it('re-renders the tray every minute so age and staleness move while offline', async () => {
    const h = await startApp({ double: { syncPolls: 0 } });
    expect((await h.invoke('setApiKey', { key: TEST_API_KEY })).ok).toBe(true);
    expect((await h.invoke('addConnection', { exchangeId: 'binance', fields: BINANCE_FIELDS })).ok).toBe(true);
    await h.settle();
    expect(h.tray.image()).not.toContain('stale');
    const freshTooltip = h.tray.toolTip()!;
    expect(freshTooltip).toMatch(/Updated just now|Updated 0 min ago|Updated less/i);

    h.system.emitPower('offline');
    const freshness = h.app.snapshot().settings.freshnessMinutes;
    await h.clock.advance((2 * freshness + 1) * 60_000);

    expect(h.tray.image()).toContain('stale');
    const staleTooltip = h.tray.toolTip()!;
    expect(staleTooltip).not.toBe(freshTooltip);
    expect(staleTooltip).toContain(`Updated ${2 * freshness + 1} min ago`);
  });

  it('stops ticking once the app stops', async () => {
    const h = await startApp();
    await h.app.stop();
    const tooltips = () => h.tray.calls.filter((c) => c.method === 'setToolTip');
    const renders = tooltips().length;
    await h.clock.advance(5 * TRAY_TICK_MS);
    expect(tooltips()).toHaveLength(renders);
  });
});
