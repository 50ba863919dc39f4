// Privacy on by itself when a display is added or mirrored, if the user asked
// for it: persisted, said in a notice and a notification; never otherwise.
import { describe, expect, it } from 'vitest';
import { AUTO_PRIVACY_NOTICE } from '../../../common/privacy-words';
import { isMirrored, startsPresenting } from '../../../main/core/presenting';
import { useAppHarness } from '../../support/app-harness';

const startApp = useAppHarness();

describe('presenting', () => {
  const at = (x: number, width = 1440) => ({ bounds: { x, y: 0, width, height: 900 } });
  it('two displays with identical bounds are mirrored; side by side or one alone are not', () => {
    expect(isMirrored([at(0)])).toBe(false);
    expect(isMirrored([at(0), at(1440)])).toBe(false);
    expect(isMirrored([at(0), at(0, 1920)])).toBe(false);
    expect(isMirrored([at(0), at(1440), at(0)])).toBe(true);
  });

  it('starts with any added display, or with metrics that made displays mirrored', () => {
    expect(startsPresenting('added', false, false)).toBe(true);
    expect(startsPresenting('metrics', false, true)).toBe(true);
    expect(startsPresenting('metrics', true, true)).toBe(false);
    expect(startsPresenting('metrics', false, false)).toBe(false);
  });
});

describe('privacy on a new or mirrored display', () => {
  it('stays off by default: plugging in a display changes nothing', async () => {
    const h = await startApp();
    h.display.plugIn();
    await h.settle();
    expect(h.app.session().store.getSettings().privacyMode).toBe(false);
    expect(h.app.snapshot().notices).toEqual([]);
  });

  it('turns privacy on (persisted) when a display is added, with a notice and a notification that say why', async () => {
    const h = await startApp({ settings: { privacyOnDisplayChange: true } });
    h.display.plugIn();
    await h.settle();
    expect(h.app.session().store.getSettings().privacyMode).toBe(true);
    expect(h.app.snapshot().settings.privacyMode).toBe(true);
    expect(h.app.snapshot().notices).toContainEqual(AUTO_PRIVACY_NOTICE);
    expect(h.notifier.shown.map((n) => n.body)).toEqual([AUTO_PRIVACY_NOTICE.message]);
  });

  it('turns it on when displays become mirrored, not when an already mirrored setup changes; respects the user turning it off', async () => {
    const h = await startApp({ settings: { privacyOnDisplayChange: true, notifications: false } });
    h.display.plugIn();
    await h.settle();
    // The user turns privacy off again while the second display stays.
    await h.invoke('updateSettings', { privacyMode: false });
    h.display.touchMetrics();
    await h.settle();
    expect(h.app.session().store.getSettings().privacyMode).toBe(false);

    h.display.mirror();
    await h.settle();
    expect(h.app.session().store.getSettings().privacyMode).toBe(true);
    expect(h.notifier.shown).toEqual([]);

    await h.invoke('updateSettings', { privacyMode: false });
    h.display.touchMetrics();
    await h.settle();
    expect(h.app.session().store.getSettings().privacyMode).toBe(false);
  });

  it('shows the notice again after it was dismissed, the next time it happens', async () => {
    const h = await startApp({ settings: { privacyOnDisplayChange: true } });
    h.display.plugIn();
    await h.settle();
    await h.invoke('dismissNotice', { id: AUTO_PRIVACY_NOTICE.id });
    await h.invoke('updateSettings', { privacyMode: false });
    expect(h.app.snapshot().notices).toEqual([]);
    h.display.plugIn();
    await h.settle();
    expect(h.app.snapshot().notices).toContainEqual(AUTO_PRIVACY_NOTICE);
  });
});
