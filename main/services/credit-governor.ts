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
  /**
   * False for an attempt that failed. Absent, a charged call counts as
   * answered: only calls CoinStats answered or may have processed are charged.
   */
  ok?: boolean;
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
  /** A call succeeded, so whatever limited us is over. (A charged call recorded as answered already ends a rate limit.) */
  clearLimited(): void;
  limited(): CreditView['limited'];
  view(): CreditView;
}

export function createCreditGovernor(options: CreditGovernorOptions): CreditGovernor {
  const { store, clock } = options;
  const usageModel = options.usage ?? DEFAULT_USAGE_MODEL;
  const limits = createLimits(clock);
  // A new month brings new credits.
  const spend = createMonthSpend(store, clock, limits.creditsBack);
  const probe = createUsageProbe(clock, options, (usage) => {
    if (usage.remainingCredits > 0) limits.creditsBack();
  });
  const reservations = createReservations();

  function projectionInput(settings: Settings) {
    return {
      settings,
      connectionCount: options.connectionCount(),
      usage: usageModel,
      now: clock.now(),
      spentThisMonth: spend.current(),
    };
  }

  function effectiveBackgroundMinutes(): number {
    const settings = store.getSettings();
    return stretchedIntervalMinutes({ ...projectionInput(settings), budget: settings.monthlyCreditBudget });
  }

  return {
    record(cost) {
      if (!Number.isFinite(cost.credits) || cost.credits <= 0) return;
      // CoinStats served a charged call, so the rate limit is over: the credits view stops saying so at once.
      if (cost.ok !== false) limits.served();
      // The governor's clock, not the client's wall-clock stamp: they agree in
      // the app, and simulated months (tests, benchmarks) must count in simulated time.
      const t = clock.now();
      store.appendLedger({ endpoint: cost.endpoint, credits: cost.credits, t });
      spend.add(t, cost.credits);
      probe.spent(cost.credits);
    },

    refreshUsage: probe.refresh,
    start: probe.start,
    stop: probe.stop,
    spentThisMonth: spend.current,
    effectiveBackgroundMinutes,

    allow(cost, { userInitiated }) {
      if (userInitiated) return true;
      if (limits.active()) return false;
      const budget = store.getSettings().monthlyCreditBudget;
      if (spend.current() + reservations.held() + cost > budget) return false;
      const remaining = probe.remaining();
      return remaining === null || remaining - reservations.held() >= cost;
    },

    reserve: reservations.reserve,

    markLimited: limits.mark,
    clearLimited: limits.clear,
    limited: limits.active,

    view() {
      const settings = store.getSettings();
      const interval = effectiveBackgroundMinutes();
      const input = projectionInput(settings);
      const remaining = probe.remaining();
      return {
        remaining: remaining === null ? null : Math.max(0, remaining),
        total: probe.usage()?.totalCredits ?? null,
        spentThisMonth: input.spentThisMonth,
        projectedMonth: projectMonth({ ...input, intervalMinutes: interval }),
        budget: settings.monthlyCreditBudget,
        effectiveBackgroundMinutes: interval,
        limited: limits.active(),
      };
    },
  };
}

/** What holds automatic calls back: a rate limit until a time, or no credits until they come back. */
function createLimits(clock: Clock) {
  let limit: CreditView['limited'] = null;
  return {
    active(): CreditView['limited'] {
      if (limit && limit.until !== null && clock.now() >= limit.until) limit = null;
      return limit;
    },
    mark(kind: LimitKind, until: number | null): void {
      // Credits come back with the next month at the latest; the daily probe may see them sooner.
      limit = { kind, until: kind === 'out_of_credits' ? (until ?? monthWindow(clock.now()).end) : until };
    },
    clear(): void {
      limit = null;
    },
    /** Credits are there again: an out-of-credits limit is over (a rate limit is not). */
    creditsBack(): void {
      if (limit?.kind === 'out_of_credits') limit = null;
    },
    /** A charged call was answered: a rate limit is over (no credits is not: a cheaper call may pass while a balance cannot). */
    served(): void {
      if (limit?.kind === 'rate_limited') limit = null;
    },
  };
}

/**
 * The month's spend, kept in memory and re-read from the ledger when the
 * month changes.
 */
function createMonthSpend(store: GovernorStore, clock: Clock, onNewMonth: () => void) {
  let month = monthWindow(clock.now());
  let spent = sumSince(month.start);

  function sumSince(since: number): number {
    let total = 0;
    for (const e of store.ledgerSince(since)) total += e.credits;
    return total;
  }

  function current(): number {
    const now = clock.now();
    if (now >= month.end || now < month.start) {
      month = monthWindow(now);
      spent = sumSince(month.start);
      onNewMonth();
    }
    return spent;
  }

  return {
    current,
    /** A call at `t` cost `credits` (already in the ledger). */
    add(t: number, credits: number): void {
      current();
      if (t >= month.start && t < month.end) spent += credits;
    },
  };
}

/** Credits held for calls started but not yet answered (see `reserve`). */
function createReservations() {
  let reserved = 0;
  return {
    held: (): number => reserved,
    reserve(cost: number): () => void {
      let held = Math.max(0, cost);
      reserved += held;
      return () => {
        reserved -= held;
        held = 0;
      };
    },
  };
}

/**
 * What `/usage/credits` (free) last said is left, kept current between probes
 * with what the ledger recorded since; probed at start and then daily.
 */
function createUsageProbe(
  clock: Clock,
  source: Pick<CreditGovernorOptions, 'getCreditUsage'>,
  onUsage: (usage: CreditUsage) => void,
) {
  let usage: CreditUsage | null = null;
  /** Ledger spend recorded after the last usage answer, to keep `remaining` current between probes. */
  let spentSinceUsage = 0;
  let dailyTimer: TimerHandle | null = null;

  async function refresh(): Promise<CreditUsage | null> {
    if (!source.getCreditUsage) return usage;
    try {
      usage = await source.getCreditUsage();
      spentSinceUsage = 0;
      onUsage(usage);
    } catch {
      // The probe is best effort: the ledger still bounds what we spend.
    }
    return usage;
  }

  return {
    refresh,
    usage: () => usage,
    remaining: (): number | null => (usage ? usage.remainingCredits - spentSinceUsage : null),
    spent(credits: number): void {
      if (usage) spentSinceUsage += credits;
    },
    start(): void {
      if (dailyTimer) return;
      const tick = (): void => {
        void refresh();
        dailyTimer = clock.setTimeout(tick, DAY_MS);
      };
      tick();
    },
    stop(): void {
      if (dailyTimer) clock.clearTimeout(dailyTimer);
      dailyTimer = null;
    },
  };
}

/** The interval the policy asks for before any stretching, for display next to the effective one. */
export const requestedBackgroundMinutes = activeIntervalMinutes;
