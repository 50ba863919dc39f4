// One simulated idle hour of a launch, shared by the desktop scenario
// (test/desktop/idle.test.ts) and the bench (bench/idle.ts) so both measure the
// same thing: onboarded through the real popover (the CoinStats key, then
// Binance, synced), the popover hidden by a click elsewhere, the user walking
// away; ten minutes for the OS to call them idle (five) and the app to notice;
// then the hour, on the launch's simulated time (virtual-time.ts).
import type { Page } from 'playwright-core';
import { BINANCE_FIELDS, TEST_API_KEY } from '../double-helpers';
import { chipTexts, fillExchangeForm, submitApiKey, submitExchangeForm, supportedExchanges } from '../e2e/scenario-helpers';
import type { Desktop } from './desktop';
import type { TimerRun } from './process-watch';

const MIN = 60_000;
/** Time from walking away until the hour starts: the OS's five minutes, and the app's next look. */
export const SETTLE_AWAY_MS = 10 * MIN;
export const HOUR_MS = 60 * MIN;

export interface IdleHour {
  /** Runs of the app's timers during the hour: its wake-ups. */
  runs: TimerRun[];
  /** State pushes main sent the hidden popover during the hour. */
  popoverPushes: number;
  /** The tray icon's file, 20 min and 70 min after the sync (the default freshness makes it stale at 30). */
  trayIcon: { fresh: string; later: string };
  /** document.visibilityState of the popover's page, as its scripts read it, before and after. */
  popoverVisibility: { before: string; after: string };
}

/** Onboarding through the popover with the user's steps; waits for Binance to read Synced. */
async function onboard(d: Desktop, page: Page): Promise<void> {
  d.tray().userClick('left');
  if (d.platform.trayClick === 'menu-only') d.pickTrayMenuItem('open');
  await d.until(() => d.popover().isVisible(), 'the popover to show');
  await submitApiKey(page, TEST_API_KEY);
  const binance = (await supportedExchanges({ double: d.coinstats })).find((e) => e.connectionId === 'binance');
  if (!binance) throw new Error('The double does not list Binance');
  await fillExchangeForm(page, binance, BINANCE_FIELDS);
  await submitExchangeForm(page, 'Binance');
  await d.until(async () => (await chipTexts(page)).join() === 'Synced', 'Binance to read Synced', 20_000);
}

const pushesTo = (d: Desktop, windowId: number): number =>
  d.electron.ipcMain.loopback.log.filter((e) => e.kind === 'push' && e.windowId === windowId).length;

/**
 * `leave`: how the user leaves — walking away ('away'), or locking the screen
 * first ('lock'). Leaves the launch's time frozen at the end of the hour: the
 * caller advances or thaws it.
 */
export async function spendIdleHour(d: Desktop, leave: 'away' | 'lock' = 'away'): Promise<IdleHour> {
  const page = await d.popoverPage();
  await page.locator('main, h1, h2').first().waitFor();
  await onboard(d, page);
  d.clickElsewhere();
  await d.until(() => !d.popover().isVisible(), 'the popover to hide on blur');
  // Enrichment and its push may still be on the way; let them land before time is taken over.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const before = await d.popover().pageVisibility();

  d.watch.freezeTime();
  d.world.userAwayFor(0);
  if (leave === 'lock') d.electron.powerMonitor.lock();
  await d.watch.time.advance(SETTLE_AWAY_MS);
  const start = Date.now();
  const pushes = pushesTo(d, d.popover().id);
  await d.watch.time.advance(10 * MIN);
  const fresh = d.tray().image.path;
  await d.watch.time.advance(HOUR_MS - 10 * MIN);
  return {
    runs: d.watch.runsSince(start),
    popoverPushes: pushesTo(d, d.popover().id) - pushes,
    trayIcon: { fresh, later: d.tray().image.path },
    popoverVisibility: { before, after: await d.popover().pageVisibility() },
  };
}

/** The clock's own frames (services/clock.ts): what armed the timer is the caller below them. */
const CLOCK_FRAMES = new Set(['arm', 'setTimeout']);

/** "timeout 300000 ms, look (index.js:421)": what woke main, for messages and the bench's breakdown. */
export function describeRun(run: TimerRun): string {
  const frames = [...run.where.matchAll(/at (?:Object\.)?(\S+) \((?:file:\/\/)?[^?)]*\/([^/?)]+)[^:]*:(\d+)/g)];
  const caller = frames.find((f) => !CLOCK_FRAMES.has(f[1]!));
  return `${run.kind} ${run.ms} ms, ${caller ? `${caller[1]} (${caller[2]}:${caller[3]})` : run.where}`;
}
