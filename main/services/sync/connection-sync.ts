// One connection's life in the sync engine: a balance call, following a
// `syncing` portfolio with cheap status polls at growing intervals, one balance
// call and one notification when it turns `synced`, and the reaction to each
// error. Every connection has its own slot, so one failing never blocks,
// delays or zeroes another.
import { CREDIT_COSTS } from '../../../common/credit-estimate';
import { backoffDelay, nextStatusPollDelay } from '../../core/schedule';
import type { ConnectionMeta, ExchangeBalance, PlainError, PortfolioSyncStatus } from '../../../common/types';
import type { TimerHandle } from '../clock';
import { connectionError, reactionTo } from './error-policy';
import { creditsLowNotice, keyRejectedNotice, syncedNotice } from './sync-notice';
import type { ConnectionRuntime, RefreshOptions, SyncDeps, SyncNotification } from './types';

/** Retries after a transient failure (503, timeout, network) before waiting for the next schedule. */
export const MAX_TRANSIENT_RETRIES = 3;
const TRANSIENT_BACKOFF = { baseMs: 30_000, capMs: 10 * 60_000 };
const RATE_BACKOFF = { baseMs: 2_000, capMs: 2 * 60_000 };
const MIN_RATE_PAUSE_MS = 1_000;

export interface EngineContext {
  deps: SyncDeps;
  random: () => number;
  locale: string;
  isPaused(): boolean;
  /** CoinStats refused our key: nothing automatic until the key changes. */
  blockedAll: boolean;
  /** Registers work so `whenIdle()` can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
  changed(): void;
}

interface Slot extends ConnectionRuntime {
  inFlight: Promise<void> | null;
  timer: TimerHandle | null;
  /** What the timer will do; kept when it fires while paused, to run on wake. */
  pending: 'poll' | 'retry' | null;
  deferred: boolean;
  pollAttempt: number;
  retryAttempt: number;
  /** Seen `syncing` since the last notification: the next `synced` is a transition. */
  sawSyncing: boolean;
  /** The exchange refused this connection's key: nothing automatic until it changes. */
  blocked: boolean;
  lastAttemptAt: number | null;
}

export interface ConnectionSync {
  refresh(id: string, opts: RefreshOptions): Promise<void>;
  runtime(id: string): ConnectionRuntime;
  /** When this connection last had data or was last tried, whichever is later. */
  lastTouchedAt(meta: ConnectionMeta): number | null;
  isBlocked(id: string): boolean;
  /** Runs polls and retries that fell due while paused. */
  resumeDeferred(): void;
  keysChanged(id: string): void;
  forget(id: string): void;
  stopAll(): void;
}

export function createConnectionSync(ctx: EngineContext): ConnectionSync {
  const { deps } = ctx;
  const { clock, store, governor } = deps;
  const slots = new Map<string, Slot>();

  function slotOf(id: string): Slot {
    let slot = slots.get(id);
    if (!slot) {
      const meta = store.getConnection(id);
      slot = {
        state: meta?.lastError ? 'error' : meta?.lastSyncAt ? 'synced' : 'idle',
        lastError: meta?.lastError ?? null,
        inFlight: null,
        timer: null,
        pending: null,
        deferred: false,
        pollAttempt: 0,
        retryAttempt: 0,
        sawSyncing: false,
        blocked: false,
        lastAttemptAt: null,
      };
      slots.set(id, slot);
    }
    return slot;
  }

  const nameOf = (meta: ConnectionMeta): string => meta.name || deps.exchangeName?.(meta.exchangeId) || meta.exchangeId;
  const exchangeNameOf = (meta: ConnectionMeta): string => deps.exchangeName?.(meta.exchangeId) ?? nameOf(meta);

  // Whether notifications are on is the app's decision (create-app's notify): a
  // synced transition still matters to it (enrichment) when they are off.
  const notify = (n: SyncNotification): void => deps.notify(n);

  function clearTimer(slot: Slot): void {
    if (slot.timer) clock.clearTimeout(slot.timer);
    slot.timer = null;
    slot.pending = null;
    slot.deferred = false;
  }

  function arm(id: string, slot: Slot, kind: 'poll' | 'retry', delay: number): void {
    clearTimer(slot);
    slot.pending = kind;
    slot.timer = clock.setTimeout(() => {
      slot.timer = null;
      if (ctx.isPaused()) {
        // Asleep, locked or offline: do it on wake rather than into the void.
        slot.deferred = true;
        return;
      }
      fire(id, slot);
    }, delay);
  }

  function fire(id: string, slot: Slot): void {
    const kind = slot.pending;
    slot.pending = null;
    slot.deferred = false;
    if (kind === 'poll') void ctx.track(poll(id, slot));
    if (kind === 'retry') {
      slot.retryAttempt += 1;
      void refresh(id, { userInitiated: false });
    }
  }

  function setError(meta: ConnectionMeta, slot: Slot, plain: PlainError): void {
    slot.state = 'error';
    slot.lastError = plain;
    store.setConnectionStatus(meta.id, { lastError: plain });
  }

  function handleError(meta: ConnectionMeta, slot: Slot, error: unknown, during: 'balance' | 'poll'): void {
    const plain = connectionError(error, exchangeNameOf(meta));
    const now = clock.now();
    switch (reactionTo(plain.code)) {
      case 'block_connection':
        if (!slot.blocked) notify(keyRejectedNotice(nameOf(meta), meta.id));
        slot.blocked = true;
        clearTimer(slot);
        break;
      case 'block_all':
        if (!ctx.blockedAll) notify(keyRejectedNotice(null));
        ctx.blockedAll = true;
        clearTimer(slot);
        break;
      case 'out_of_credits':
        if (governor.limited()?.kind !== 'out_of_credits') notify(creditsLowNotice());
        governor.markLimited('out_of_credits', null);
        clearTimer(slot);
        break;
      case 'rate_limited': {
        const pause = Math.max(MIN_RATE_PAUSE_MS, backoffDelay(slot.retryAttempt + 1, ctx.random, RATE_BACKOFF));
        governor.markLimited('rate_limited', now + pause);
        arm(meta.id, slot, during === 'poll' ? 'poll' : 'retry', pause);
        break;
      }
      case 'transient':
        if (during === 'poll') arm(meta.id, slot, 'poll', nextStatusPollDelay(++slot.pollAttempt, ctx.random));
        else if (slot.retryAttempt < MAX_TRANSIENT_RETRIES) {
          arm(meta.id, slot, 'retry', Math.max(1_000, backoffDelay(slot.retryAttempt + 1, ctx.random, TRANSIENT_BACKOFF)));
        }
        break;
      case 'wait':
        break;
    }
    // A poll that failed leaves the connection syncing (its data did not get worse); a balance call shows the error.
    if (during === 'balance' || slot.state !== 'syncing') setError(meta, slot, plain);
    else slot.lastError = plain;
    ctx.changed();
  }

  function onBalance(meta: ConnectionMeta, slot: Slot, answer: ExchangeBalance): void {
    const now = clock.now();
    const status = answer.portfolio.status;
    ctx.blockedAll = false;
    slot.blocked = false;
    slot.retryAttempt = 0;
    // A success proves credits are there; a rate limit simply runs out with time.
    if (governor.limited()?.kind === 'out_of_credits') governor.clearLimited();
    const previous = store.getBalances()[meta.id];
    // A portfolio that synced before and is re-syncing answers with part of
    // its rows: keep the complete last-known balance instead of a lower one.
    const keepComplete = status === 'syncing' && meta.lastSyncAt !== null && (previous?.rows.length ?? 0) > 0;
    if (!keepComplete) store.setBalances({ connectionId: meta.id, fetchedAt: now, rows: answer.balances }, status);
    store.setConnectionStatus(meta.id, {
      portfolioId: answer.portfolio.id,
      lastError: null,
      ...(status === 'synced' ? { lastSyncAt: now } : {}),
    });
    slot.lastError = null;
    if (status === 'syncing') {
      slot.state = 'syncing';
      slot.sawSyncing = true;
      slot.pollAttempt = 0;
      arm(meta.id, slot, 'poll', nextStatusPollDelay(0, ctx.random));
    } else {
      slot.state = 'synced';
      if (slot.sawSyncing) {
        slot.sawSyncing = false;
        const settings = store.getSettings();
        notify(syncedNotice({
          connectionId: meta.id,
          name: nameOf(meta),
          rows: answer.balances,
          settings,
          rates: store.getRates().value,
          locale: ctx.locale,
        }));
      }
    }
    ctx.changed();
  }

  async function balance(id: string, slot: Slot): Promise<void> {
    const meta = store.getConnection(id);
    if (!meta) return;
    clearTimer(slot);
    slot.state = 'syncing';
    slot.lastAttemptAt = clock.now();
    ctx.changed();
    let answer: ExchangeBalance;
    try {
      const fields = await deps.secrets.getConnectionSecrets(id);
      if (!fields) {
        // No stored credentials: only the user can fix this, by adding keys again.
        slot.blocked = true;
        setError(meta, slot, connectionError(null, exchangeNameOf(meta), 'unknown_connection'));
        ctx.changed();
        return;
      }
      answer = await deps.client.getExchangeBalance({ connectionId: meta.exchangeId, connectionFields: fields });
    } catch (error) {
      handleError(meta, slot, error, 'balance');
      return;
    }
    onBalance(store.getConnection(id) ?? meta, slot, answer);
  }

  async function poll(id: string, slot: Slot): Promise<void> {
    const meta = store.getConnection(id);
    if (!meta?.portfolioId || slot.blocked || ctx.blockedAll) return;
    // Not allowed now: the connection stays `syncing` and the next refresh picks it up.
    if (!governor.allow(CREDIT_COSTS.status, { userInitiated: false })) return;
    const release = governor.reserve(CREDIT_COSTS.status);
    let status: PortfolioSyncStatus;
    try {
      const answer = await deps.client.getExchangeStatus(meta.portfolioId);
      status = typeof answer === 'string' ? answer : answer.status;
    } catch (error) {
      handleError(meta, slot, error, 'poll');
      return;
    } finally {
      release();
    }
    if (status === 'syncing') {
      arm(id, slot, 'poll', nextStatusPollDelay(++slot.pollAttempt, ctx.random));
      return;
    }
    if (governor.allow(CREDIT_COSTS.balance, { userInitiated: false })) await start(id, slot);
  }

  function start(id: string, slot: Slot): Promise<void> {
    if (slot.inFlight) return slot.inFlight;
    const release = governor.reserve(CREDIT_COSTS.balance);
    slot.inFlight = ctx.track(balance(id, slot)).finally(() => {
      release();
      slot.inFlight = null;
    });
    return slot.inFlight;
  }

  function refresh(id: string, opts: RefreshOptions): Promise<void> {
    const slot = slotOf(id);
    if (slot.inFlight) return slot.inFlight;
    if (!opts.userInitiated) {
      if (ctx.blockedAll || slot.blocked || ctx.isPaused()) return Promise.resolve();
      // A syncing portfolio is already followed by cheap status polls.
      if (slot.pending === 'poll' || (slot.deferred && slot.state === 'syncing')) return Promise.resolve();
      if (!governor.allow(CREDIT_COSTS.balance, opts)) return Promise.resolve();
    } else {
      // The user acting is the signal to try again after a block.
      slot.retryAttempt = 0;
    }
    return start(id, slot);
  }

  return {
    refresh,
    runtime: (id) => {
      const slot = slotOf(id);
      return { state: slot.state, lastError: slot.lastError };
    },
    lastTouchedAt(meta) {
      const attempt = slots.get(meta.id)?.lastAttemptAt ?? null;
      if (meta.lastSyncAt === null) return attempt;
      return attempt === null ? meta.lastSyncAt : Math.max(meta.lastSyncAt, attempt);
    },
    isBlocked: (id) => slots.get(id)?.blocked ?? false,
    resumeDeferred() {
      for (const [id, slot] of slots) if (slot.deferred) fire(id, slot);
    },
    keysChanged(id) {
      const slot = slotOf(id);
      slot.blocked = false;
      slot.retryAttempt = 0;
    },
    forget(id) {
      const slot = slots.get(id);
      if (slot) clearTimer(slot);
      slots.delete(id);
    },
    stopAll() {
      for (const slot of slots.values()) clearTimer(slot);
    },
  };
}
