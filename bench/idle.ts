// Idle costs nothing (issue 9 §6): what an hour away costs main, and what a
// hidden popover renders.
//
// main_wakeups_per_idle_hour — timers of the main process that fired during
// an hour with the user away, the popover hidden and nothing due; the worst of
// macOS, Windows and Linux (X11).
//   Real: the built main bundle (out/main/index.js), started the way Electron
//   starts it, so main/index.ts wires the real create-app, lifecycle, system
//   adapter, sync engine, stores on disk and the CoinStats client, talking to
//   the CoinStats double over real HTTP; onboarding through the real popover
//   (built renderer, real preload) in Chromium.
//   Simulated: Electron itself, by the platform double (test/support/
//   electron-double), whose powerMonitor answers idle state and idle time from
//   the user's last input as Chromium computes them, and whose net answers
//   online; the hour, by moving the launch's timers onto simulated time
//   (virtual-time.ts) and Date.now() with them — every timer the app arms is
//   counted, whichever module armed it, but the OS's own wake-ups (Chromium's
//   message loop, I/O) are not. The hour starts ten minutes after the user
//   walks away: five for the OS to call them idle, and the app's next look.
//
// hidden_popover_renders_per_min — React commits of the built popover in a
// real Chromium while its page is hidden by Chromium itself (the window
// minimised over CDP: document.visibilityState is 'hidden', as after
// BrowserWindow.hide() in Electron), over a minute of the page's clock
// (Playwright's page.clock, so the minute passes at once). The same count
// while visible is printed beside it, to show the probe sees renders at all.
import { type IdleHour, describeRun, spendIdleHour } from '../test/support/electron-double/idle-hour';
import { discardMachine, launchDesktop } from '../test/support/electron-double/desktop';
import type { PlatformId } from '../test/support/electron-double/platforms';
import { openHideablePage } from '../test/support/e2e/hideable-page';
import { ensureAppBuilt } from './renderer/ensure-app-built';
import { KEEP_NAMES_SHIM } from './renderer/paint-probe';
import { benchLine } from './renderer/report';
import { popoverSnapshot } from './renderer/snapshots';
import { launchChromium } from './renderer/app-page';

const PLATFORMS: PlatformId[] = ['macos', 'windows', 'linux-x11'];
const MIN = 60_000;

async function idleHourOn(platform: PlatformId): Promise<IdleHour> {
  const browser = await launchChromium();
  try {
    const d = await launchDesktop({ browser, platform, initScripts: [KEEP_NAMES_SHIM] });
    try {
      return await spendIdleHour(d);
    } finally {
      d.watch.time.thaw();
      await d.close();
      await discardMachine(d.machine).catch(() => undefined);
    }
  } finally {
    await browser.close();
  }
}

/** Commits during a minute of the page's clock, visible and then hidden. */
async function popoverRendersPerMinute(): Promise<{ visible: number; hidden: number }> {
  const p = await openHideablePage({ page: 'popover', state: popoverSnapshot(0), initScripts: [KEEP_NAMES_SHIM] });
  try {
    await p.page.waitForSelector('[data-testid="popover-total"]');
    const minute = async (): Promise<number> => {
      const before = await p.commits();
      await p.page.clock.runFor(MIN);
      // React's scheduler runs on a MessageChannel, which page.clock leaves real.
      await p.page.waitForTimeout(200);
      return (await p.commits()) - before;
    };
    const visible = await minute();
    await p.hide();
    if ((await p.visibility()) !== 'hidden') throw new Error('bench: Chromium did not hide the popover page');
    return { visible, hidden: await minute() };
  } finally {
    await p.close();
  }
}

ensureAppBuilt();
let worst = 0;
for (const platform of PLATFORMS) {
  const hour = await idleHourOn(platform);
  const staleShown = hour.trayIcon.later.includes('stale') && !hour.trayIcon.fresh.includes('stale');
  console.log(`${platform}: ${hour.runs.length} wake-ups in the idle hour; tray turned stale: ${staleShown ? 'yes' : 'NO'}; pushes to the hidden popover: ${hour.popoverPushes}`);
  const byCause = new Map<string, number>();
  for (const run of hour.runs) byCause.set(describeRun(run), (byCause.get(describeRun(run)) ?? 0) + 1);
  for (const [cause, count] of byCause) console.log(`  ${count} × ${cause}`);
  worst = Math.max(worst, hour.runs.length);
}
console.log(benchLine('main_wakeups_per_idle_hour', worst, 'wakeups', '<= 60'));

const renders = await popoverRendersPerMinute();
console.log(`popover React commits per minute of its clock: ${renders.visible} visible, ${renders.hidden} hidden`);
console.log(benchLine('hidden_popover_renders_per_min', renders.hidden, 'renders', '= 0'));
