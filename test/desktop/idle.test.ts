// Idle costs nothing (issue 9 §6): the built main process, onboarded and then
// left alone — the user away, the popover hidden, nothing due — over an hour
// of simulated time (the launch's timers on virtual-time.ts; Chromium's pages
// keep real time). Main wakes a bounded number of times, only for what is
// due: a look at whether the user is back (powerMonitor and net have no
// events for that in the main process), and the tray's redraw when the data
// turns stale. Nothing is pushed to the hidden popover, whose page is hidden
// as Electron hides it; when the user comes back the app wakes up again.
import { describe, expect, it } from 'vitest';
import { describeRun, spendIdleHour } from '../support/electron-double/idle-hour';
import type { PlatformId } from '../support/electron-double/platforms';
import { useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();
const MIN = 60_000;
/** Issue 9's target for main_wakeups_per_idle_hour. */
const MAX_WAKEUPS_PER_IDLE_HOUR = 60;

describe.each<PlatformId>(['macos', 'windows', 'linux-x11'])('an idle hour on %s', (id) => {
  it('wakes main at most 60 times, redraws the tray when the data turns stale, pushes nothing to the hidden popover, and wakes up when the user is back', async () => {
    const d = await launch({ platform: id });
    const hour = await spendIdleHour(d);

    expect(hour.runs.length, hour.runs.map(describeRun).join('\n')).toBeLessThanOrEqual(MAX_WAKEUPS_PER_IDLE_HOUR);
    expect(hour.runs.filter((r) => r.kind === 'interval'), 'no timer that repeats whether or not anything is due').toEqual([]);
    expect(hour.trayIcon.fresh, 'about 20 min after the sync').not.toContain('stale');
    expect(hour.trayIcon.later, 'about 70 min after the sync').toContain('stale');
    expect(hour.popoverPushes).toBe(0);
    expect(hour.popoverVisibility).toEqual({ before: 'hidden', after: 'hidden' });

    // Back at the computer: noticed at the next look (at most 5 min), and the stale data is refreshed.
    d.world.userInput();
    await d.watch.time.advance(5 * MIN);
    d.watch.time.thaw();
    await d.until(() => !d.tray().image.path.includes('stale'), 'the background refresh after the user came back', 20_000);
    expect(d.watch.unhandled).toEqual([]);
  });
});

describe.each<PlatformId>(['macos', 'linux-x11'])('an hour locked on %s', (id) => {
  it('looks for the user only where the OS will not say when the screen unlocks', async () => {
    const d = await launch({ platform: id });
    const hour = await spendIdleHour(d, 'lock');
    const looks = hour.runs.filter((r) => /\blook\b/.test(describeRun(r)));
    // power-monitor.md: lock-screen / unlock-screen are macOS and Windows only.
    if (d.platform.lockEvents) expect(looks, looks.map(describeRun).join('\n')).toEqual([]);
    else expect(looks.length).toBeGreaterThan(0);
    expect(hour.runs.length).toBeLessThanOrEqual(MAX_WAKEUPS_PER_IDLE_HOUR);
    expect(hour.trayIcon.later).toContain('stale');

    d.electron.powerMonitor.unlock();
    d.world.userInput();
    await d.watch.time.advance(5 * MIN);
    d.watch.time.thaw();
    await d.until(() => !d.tray().image.path.includes('stale'), 'the refresh after unlocking', 20_000);
  });
});
