// The credit governor: Tallybar's accountant. It keeps a ledger of what every
// call cost (fed by the CoinStats client's onCost), learns what is left from
// `/usage/credits` (free), projects the month, stretches the background
// interval so the projection stays inside the user's budget, and refuses any
// automatic call the budget does not allow. A call the user asked for is
// always allowed, and counted like any other.
import {
  DEFAULT_USAGE_MODEL,
  DAY_MS,
  type UsageModel,
  activeIntervalMinutes,
  monthWindow,
  projectMonth,
  stretchedIntervalMinutes,
} from '../../common/credit-estimate';
import type { CreditUsage, CreditView } from '../../common/types';
import type { Settings } from '../../common/settings';
import type { Clock, TimerHandle } from './clock';

/** The slice of the settings store the governor needs. */
export interface GovernorStore {
  getSettings(): Settings;
  appendLedger(entry: { endpoint: string; credits: number; t?: number }): void;
  ledgerSince(since: number): ReadonlyArray<{ t: number; credits: number }>;
}

/** What the CoinStats client reports per call (its `onCost` callback). */
export interface CostReport {
  endpoint: string;
  credits: number;
}

export type LimitKind = 'rate_limited' | 'out_of_credits';

export interface CreditGovernorOptions {
  store: GovernorStore;
  clock: Clock;
  /** How many connections the schedule refreshes (for the projection). */
  connectionCount: () => number;
  /** `client.getCreditUsage`; costs nothing. Absent: remaining stays unknown. */
  getCreditUsage?: () => Promise<CreditUsage>;
  usage?: UsageModel;
}

export interface CreditGovernor {
  /** Wire to the client's `onCost`. */
  record(cost: CostReport): void;
  /** Asks `/usage/credits` now; never throws (a failed probe keeps the last answer). */
  refreshUsage(): Promise<CreditUsage | null>;
  /** Probes usage now and then daily. */
  start(): void;
  stop(): void;
  spentThisMonth(): number;
  /** The background interval while the user is active, stretched to fit the budget. */
  effectiveBackgroundMinutes(): number;
  /** Whether a call costing `cost` may go out now (counting calls reserved but not yet answered). */
  allow(cost: number, opts: { userInitiated: boolean }): boolean;
  /**
   * Holds `cost` against the budget until the returned release is called (after
   * the call's cost was recorded), so calls started together cannot all pass
   * `allow` on the same remaining credits.
   */
  reserve(cost: number): () => void;
  /** A 429 told us to hold back: until `until` (rate) or the month's reset (credits). */
  markLimited(kind: LimitKind, until: number | null): void;
  /** A call succeeded, so whatever limited us is over. */
  clearLimited(): void;
  limited(): CreditView['limited'];
  view(): CreditView;
}

export function createCreditGovernor(options: CreditGovernorOptions): CreditGovernor {
  const { store, clock } = options;
  const usageModel = options.usage ?? DEFAULT_USAGE_MODEL;
  let usage: CreditUsage | null = null;
  /** Ledger spend recorded after the last usage answer, to keep `remaining` current between probes. */
  let spentSinceUsage = 0;
  let limit: CreditView['limited'] = null;
  let reserved = 0;
  let dailyTimer: TimerHandle | null = null;
  // The month's spend is kept in memory and re-read from the ledger when the month changes.
  let month = monthWindow(clock.now());
  let spent = sumSince(month.start);

  function sumSince(since: number): number {
    let total = 0;
    for (const e of store.ledgerSince(since)) total += e.credits;
    return total;
  }

  function currentSpent(): number {
    const now = clock.now();
    if (now >= month.end || now < month.start) {
      month = monthWindow(now);
      spent = sumSince(month.start);
      // A new month brings new credits.
      if (limit?.kind === 'out_of_credits') limit = null;
    }
    return spent;
  }

  function activeLimit(): CreditView['limited'] {
    if (limit && limit.until !== null && clock.now() >= limit.until) limit = null;
    return limit;
  }

  function projectionInput(settings: Settings) {
    return {
      settings,
      connectionCount: options.connectionCount(),
      usage: usageModel,
      now: clock.now(),
      spentThisMonth: currentSpent(),
    };
  }

  function effectiveBackgroundMinutes(): number {
    const settings = store.getSettings();
    return stretchedIntervalMinutes({ ...projectionInput(settings), budget: settings.monthlyCreditBudget });
  }

  async function refreshUsage(): Promise<CreditUsage | null> {
    if (!options.getCreditUsage) return usage;
    try {
      usage = await options.getCreditUsage();
      spentSinceUsage = 0;
      if (usage.remainingCredits > 0 && limit?.kind === 'out_of_credits') limit = null;
    } catch {
      // The probe is best effort: the ledger still bounds what we spend.
    }
    return usage;
  }

  function remainingNow(): number | null {
    return usage ? usage.remainingCredits - spentSinceUsage : null;
  }

  return {
    record(cost) {
      if (!Number.isFinite(cost.credits) || cost.credits <= 0) return;
      // The governor's clock, not the client's wall-clock stamp: they agree in
      // the app, and simulated months (tests, benchmarks) must count in simulated time.
      const t = clock.now();
      store.appendLedger({ endpoint: cost.endpoint, credits: cost.credits, t });
      currentSpent();
      if (t >= month.start && t < month.end) spent += cost.credits;
      if (usage) spentSinceUsage += cost.credits;
    },

    refreshUsage,

    start() {
      if (dailyTimer) return;
      const tick = (): void => {
        void refreshUsage();
        dailyTimer = clock.setTimeout(tick, DAY_MS);
      };
      tick();
    },

    stop() {
      if (dailyTimer) clock.clearTimeout(dailyTimer);
      dailyTimer = null;
    },

    spentThisMonth: currentSpent,
    effectiveBackgroundMinutes,

    allow(cost, { userInitiated }) {
      if (userInitiated) return true;
      if (activeLimit()) return false;
      const budget = store.getSettings().monthlyCreditBudget;
      if (currentSpent() + reserved + cost > budget) return false;
      const remaining = remainingNow();
      return remaining === null || remaining - reserved >= cost;
    },

    reserve(cost) {
      let held = Math.max(0, cost);
      reserved += held;
      return () => {
        reserved -= held;
        held = 0;
      };
    },

    markLimited(kind, until) {
      // Credits come back with the next month at the latest; the daily probe may see them sooner.
      limit = { kind, until: kind === 'out_of_credits' ? (until ?? monthWindow(clock.now()).end) : until };
    },

    clearLimited() {
      limit = null;
    },

    limited: activeLimit,

    view() {
      const settings = store.getSettings();
      const interval = effectiveBackgroundMinutes();
      const input = projectionInput(settings);
      const remaining = remainingNow();
      return {
        remaining: remaining === null ? null : Math.max(0, remaining),
        total: usage?.totalCredits ?? null,
        spentThisMonth: input.spentThisMonth,
        projectedMonth: projectMonth({ ...input, intervalMinutes: interval }),
        budget: settings.monthlyCreditBudget,
        effectiveBackgroundMinutes: interval,
        limited: activeLimit(),
      };
    },
  };
}

/** The interval the policy asks for before any stretching, for display next to the effective one. */
export const requestedBackgroundMinutes = activeIntervalMinutes;
