// While the user is away the background refresh is not armed at all — not
// merely skipped when it comes due — so an idle hour holds no timer of its
// own: every re-plan while away (a setting changed, a refresh ending, a
// network flap) leaves it unarmed, and coming back arms it again.
import { describe, expect, it } from 'vitest';
import { BINANCE_FIELDS, MIN, useSyncHarness } from './harness';

const startHarness = useSyncHarness();

describe('sync engine: the background timer while the user is away', () => {
  it('is disarmed when the user goes idle and stays so through every re-plan, until they are back', async () => {
    const h = await startHarness();
    await h.connect('binance', BINANCE_FIELDS);
    await h.engine.start();
    await h.clock.advance(0);
    const armed = h.clock.pending();

    h.engine.setUserActive(false);
    const away = h.clock.pending();
    expect(away).toBe(armed - 1);
    h.engine.settingsChanged();
    expect(h.clock.pending()).toBe(away);
    await h.engine.refreshAll({ userInitiated: true });
    await h.clock.advance(0);
    expect(h.clock.pending()).toBe(away);
    h.engine.setOnline(false);
    h.engine.setOnline(true);
    await h.clock.advance(4 * 60 * MIN);
    expect(h.clock.pending()).toBe(away);

    h.engine.setUserActive(true);
    await h.clock.advance(0);
    expect(h.clock.pending()).toBe(armed);
  });
});
