// One balance call for one connection and what its answer does: an answer
// about another portfolio is refused, a `syncing` portfolio is followed by
// cheap status polls, a `synced` one that was seen syncing is announced once
// (a status that flaps is not a new sync), and a success lifts every block.
import { TallybarError } from '../../../common/tallybar-error';
import type { ConnectionMeta, ExchangeBalance } from '../../../common/types';
import { nextStatusPollDelay } from '../../core/schedule';
import type { ConnectionDeps } from './connection-deps';
import { exchangeNameOf } from './connection-names';
import { notifySynced, saveBalance, showError } from './connection-outcome';
import { connectionError } from './error-policy';
import { handleError } from './error-reaction';
import type { Slot } from './slot';

export async function callBalance(deps: ConnectionDeps, id: string, slot: Slot): Promise<void> {
  const { store } = deps;
  const meta = store.getConnection(id);
  if (!meta) return;
  deps.timers.clear(slot);
  slot.state = 'syncing';
  slot.lastAttemptAt = deps.clock.now();
  deps.changed();
  let answer: ExchangeBalance;
  try {
    const fields = await deps.secrets.getConnectionSecrets(id);
    if (!fields) {
      // No stored credentials: only the user can fix this, by adding keys again.
      slot.blocked = true;
      showError(store, meta, slot, connectionError(null, exchangeNameOf(meta, deps.exchangeName), 'unknown_connection'));
      deps.changed();
      return;
    }
    answer = await deps.client.getExchangeBalance({ connectionId: meta.exchangeId, connectionFields: fields });
  } catch (error) {
    handleError(deps, meta, slot, error, 'balance');
    return;
  }
  acceptBalance(deps, store.getConnection(id) ?? meta, slot, answer);
}

/**
 * A "synced" within this long of the last announcement is the same sync
 * flapping (syncing → synced → syncing…), not a new one worth a notification.
 */
export const SYNCED_QUIET_MS = 15 * 60_000;

/** What one balance answer does to its connection; `replaced` when it came with new keys. */
export function acceptBalance(deps: ConnectionDeps, meta: ConnectionMeta, slot: Slot, answer: ExchangeBalance, replaced = false): void {
  // New keys may well open another portfolio; otherwise a changed id is an answer about something else.
  if (!replaced && meta.portfolioId !== null && answer.portfolio.id !== meta.portfolioId) {
    const answerProblem = { id: 'portfolio_changed', was: meta.portfolioId.slice(-6), now: answer.portfolio.id.slice(-6) } as const;
    handleError(deps, meta, slot, new TallybarError('invalid_response', { answerProblem }), 'balance');
    return;
  }
  const { governor } = deps;
  const now = deps.clock.now();
  deps.account.blockedAll = false;
  slot.blocked = false;
  slot.retryAttempt = 0;
  // A success proves credits are there; a rate limit simply runs out with time.
  if (governor.limited()?.kind === 'out_of_credits') governor.clearLimited();
  saveBalance(deps.store, meta, answer, now);
  slot.lastError = null;
  if (answer.portfolio.status === 'syncing') {
    slot.state = 'syncing';
    slot.sawSyncing = true;
    slot.pollAttempt = 0;
    deps.timers.arm(meta.id, slot, 'poll', nextStatusPollDelay(0, deps.random));
  } else {
    slot.state = 'synced';
    if (slot.sawSyncing) {
      slot.sawSyncing = false;
      if (slot.announcedAt === null || now - slot.announcedAt >= SYNCED_QUIET_MS) {
        slot.announcedAt = now;
        notifySynced(deps, meta, answer);
      }
    }
  }
  deps.changed();
}
