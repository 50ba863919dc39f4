// The credit arithmetic behind the refresh policy: what a schedule costs per
// month, and how far the governor must stretch the background interval to stay
// inside a budget. Pure, so Settings can show a live estimate as the user types.
import { CREDIT_COSTS } from './credit-costs';
import type { Settings } from './settings';

export const DAY_MS = 24 * 60 * 60_000;
const MINUTE_MS = 60_000;
const AVERAGE_DAYS_PER_MONTH = 30.44;

/**
 * How the user uses the machine. The default is the person the benchmark
 * simulates (issue 3 §5): at the computer on weekdays 09:00–18:00, opening the
 * popover ~20 times a day then, asleep 23:00–07:00, away otherwise.
 */
export interface UsageModel {
  /** Days a week the user is at the computer. */
  activeDaysPerWeek: number;
  /** Hours at the computer on such a day. */
  activeHoursPerActiveDay: number;
  /** Popover openings on such a day, at random moments in those hours. */
  popoverOpensPerActiveDay: number;
  /** Wake-ups (resume, unlock, coming back) a day that find data stale. */
  wakesPerDay: number;
}

export const DEFAULT_USAGE_MODEL: UsageModel = {
  activeDaysPerWeek: 5,
  activeHoursPerActiveDay: 9,
  popoverOpensPerActiveDay: 20,
  wakesPerDay: 1,
};

/**
 * While the user is at the computer the menu-bar total is on screen, so the
 * engine keeps it within twice the freshness target (and never waits longer
 * than the background interval). An opening then finds data younger than the
 * target most of the time, which refresh-on-open alone cannot give: the age at
 * an opening is measured before the refresh it triggers. While the user is
 * away, asleep, locked or offline nothing refreshes in the background; coming
 * back refreshes if the data is stale. That is what makes the default schedule
 * fit the free plan.
 */
export const ACTIVE_FRESHNESS_FACTOR = 2;

export function activeIntervalMinutes(settings: Pick<Settings, 'backgroundMinutes' | 'freshnessMinutes'>): number {
  const background = positive(settings.backgroundMinutes, 60);
  const freshness = positive(settings.freshnessMinutes, 15);
  return Math.min(background, ACTIVE_FRESHNESS_FACTOR * freshness);
}

/**
 * Expected minutes between refreshes while the user is active, with opens as a
 * Poisson process of rate λ per minute: after a refresh the next one comes at
 * the first opening after the freshness target F, or at the interval I,
 * whichever is first: F + E[min(Exp(λ), I − F)] = F + (1 − e^{−λ(I−F)}) / λ.
 */
export function expectedCycleMinutes(intervalMin: number, freshnessMin: number, opensPerMinute: number): number {
  if (intervalMin <= freshnessMin || opensPerMinute <= 0) return intervalMin;
  const window = intervalMin - freshnessMin;
  return freshnessMin + (1 - Math.exp(-opensPerMinute * window)) / opensPerMinute;
}

export interface EstimateInput {
  settings: Pick<Settings, 'backgroundMinutes' | 'freshnessMinutes'>;
  connectionCount: number;
  usage?: UsageModel;
  /** Overrides the active interval (the governor passes its stretched one). */
  intervalMinutes?: number;
}

/** Expected automatic refreshes of all connections per average day. */
export function refreshesPerDay(input: EstimateInput): number {
  const usage = input.usage ?? DEFAULT_USAGE_MODEL;
  const interval = input.intervalMinutes ?? activeIntervalMinutes(input.settings);
  const freshness = positive(input.settings.freshnessMinutes, 15);
  const activeMinutes = Math.max(0, usage.activeHoursPerActiveDay) * 60;
  const opensPerMinute = activeMinutes > 0 ? Math.max(0, usage.popoverOpensPerActiveDay) / activeMinutes : 0;
  const cycle = expectedCycleMinutes(interval, freshness, opensPerMinute);
  const activeDayFraction = clamp(usage.activeDaysPerWeek, 0, 7) / 7;
  // Coming to the computer refreshes once (stale after the night), then cycles.
  const perActiveDay = activeMinutes > 0 ? 1 + activeMinutes / cycle : 0;
  return activeDayFraction * perActiveDay + Math.max(0, usage.wakesPerDay);
}

/** Enrichment: `/coins` (2) and `/currencies` (1) once a day; `/exchange/support` (1) daily too. */
export const ENRICHMENT_CREDITS_PER_DAY = CREDIT_COSTS.coins + CREDIT_COSTS.currencies + CREDIT_COSTS.support;

export function creditsPerDay(input: EstimateInput): number {
  const connections = Math.max(0, Math.floor(input.connectionCount));
  if (connections === 0) return 0;
  return refreshesPerDay(input) * connections * CREDIT_COSTS.balance + ENRICHMENT_CREDITS_PER_DAY;
}

/** The live estimate Settings shows: credits a month at this schedule. */
export function estimateMonthlyCredits(
  settings: Pick<Settings, 'backgroundMinutes' | 'freshnessMinutes'>,
  connectionCount: number,
  usage: UsageModel = DEFAULT_USAGE_MODEL,
): number {
  return Math.round(creditsPerDay({ settings, connectionCount, usage }) * AVERAGE_DAYS_PER_MONTH);
}

export interface MonthWindow {
  start: number;
  end: number;
}

/** The local calendar month containing `now`: CoinStats plans are monthly. */
export function monthWindow(now: number): MonthWindow {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  const end = new Date(d.getFullYear(), d.getMonth() + 1, 1).getTime();
  return { start, end };
}

export interface ProjectionInput extends EstimateInput {
  now: number;
  spentThisMonth: number;
}

/** Spent so far plus the expected cost of the rest of the month at this schedule. */
export function projectMonth(input: ProjectionInput): number {
  const { end } = monthWindow(input.now);
  const daysLeft = Math.max(0, end - input.now) / DAY_MS;
  return Math.round(input.spentThisMonth + creditsPerDay(input) * daysLeft);
}

/** The longest interval the governor will stretch to; beyond it, only openings and wakes refresh. */
export const MAX_STRETCH_MINUTES = 24 * 60;

/**
 * The shortest active interval, at least the policy's own, whose projection
 * stays within `budget`. If even the longest does not fit, the longest:
 * the governor's hard stop (`allow`) then guards the rest.
 */
export function stretchedIntervalMinutes(input: ProjectionInput & { budget: number }): number {
  const base = input.intervalMinutes ?? activeIntervalMinutes(input.settings);
  if (projectMonth({ ...input, intervalMinutes: base }) <= input.budget) return base;
  if (projectMonth({ ...input, intervalMinutes: MAX_STRETCH_MINUTES }) > input.budget) return MAX_STRETCH_MINUTES;
  // The projection falls as the interval grows, so bisect on whole minutes.
  let lo = base;
  let hi = MAX_STRETCH_MINUTES;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (projectMonth({ ...input, intervalMinutes: mid }) <= input.budget) hi = mid;
    else lo = mid;
  }
  return hi;
}

export const minutesToMs = (m: number): number => m * MINUTE_MS;

function positive(n: number, fallback: number): number {
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

/**
 * The freshness choices Settings offers as one control ("Keep data fresh:
 * every 15 min"). Each sets the background interval to four times the target,
 * the ratio of the defaults (15 / 60): while active the engine then refreshes
 * every ACTIVE_FRESHNESS_FACTOR × target, and the background interval only
 * matters when the governor stretches it.
 */
export const FRESHNESS_PRESETS = [5, 15, 30, 60, 240] as const;
const BACKGROUND_PER_FRESHNESS = 4;

/** The schedule a freshness preset stands for. */
export function presetPolicy(freshnessMinutes: number): Pick<Settings, 'freshnessMinutes' | 'backgroundMinutes'> {
  return { freshnessMinutes, backgroundMinutes: freshnessMinutes * BACKGROUND_PER_FRESHNESS };
}

/** The preset a schedule matches, or null when the exact numbers were set by hand. */
export function matchingPreset(settings: Pick<Settings, 'freshnessMinutes' | 'backgroundMinutes'>): number | null {
  const match = FRESHNESS_PRESETS.find((f) => {
    const preset = presetPolicy(f);
    return preset.freshnessMinutes === settings.freshnessMinutes && preset.backgroundMinutes === settings.backgroundMinutes;
  });
  return match ?? null;
}
