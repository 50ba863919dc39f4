// What an error does to one connection: the policy's reaction (block, back
// off, retry, wait) carried out on its slot, its timer and the governor, and
// the error shown. The first block of a kind tells the user; repeats do not.
import type { ConnectionMeta } from '../../../common/types';
import { backoffDelay, nextStatusPollDelay } from '../../core/schedule';
import type { ConnectionDeps } from './connection-deps';
import { connectionName, exchangeNameOf } from './connection-names';
import { showError } from './connection-outcome';
import { connectionError, type Reaction, reactionTo } from './error-policy';
import type { Slot } from './slot';
import { creditsLowNotice, keyRejectedNotice } from './sync-notice';

/** Retries after a transient failure (503, timeout, network) before waiting for the next schedule. */
export const MAX_TRANSIENT_RETRIES = 3;
const TRANSIENT_BACKOFF = { baseMs: 30_000, capMs: 10 * 60_000 };
const RATE_BACKOFF = { baseMs: 2_000, capMs: 2 * 60_000 };
const MIN_RATE_PAUSE_MS = 1_000;

/** Which call failed: a balance call shows its error, a status poll may not. */
export type FailedCall = 'balance' | 'poll';

type ReactionDeps = Pick<ConnectionDeps, 'clock' | 'governor' | 'random' | 'notify' | 'exchangeName' | 'account' | 'timers'>;

export function handleError(
  deps: ReactionDeps & Pick<ConnectionDeps, 'store' | 'changed'>,
  meta: ConnectionMeta,
  slot: Slot,
  error: unknown,
  during: FailedCall,
): void {
  const plain = connectionError(error, exchangeNameOf(meta, deps.exchangeName));
  react(deps, meta, slot, reactionTo(plain.code), during);
  // A poll that failed leaves the connection syncing (its data did not get worse); a balance call shows the error.
  if (during === 'balance' || slot.state !== 'syncing') showError(deps.store, meta, slot, plain);
  else slot.lastError = plain;
  deps.changed();
}

function react(deps: ReactionDeps, meta: ConnectionMeta, slot: Slot, reaction: Reaction, during: FailedCall): void {
  const { account, governor, timers } = deps;
  switch (reaction) {
    case 'block_connection':
      if (!slot.blocked) deps.notify(keyRejectedNotice(connectionName(meta, deps.exchangeName), meta.id));
      slot.blocked = true;
      timers.clear(slot);
      break;
    case 'block_all':
      if (!account.blockedAll) deps.notify(keyRejectedNotice(null));
      account.blockedAll = true;
      timers.clear(slot);
      break;
    case 'out_of_credits':
      if (governor.limited()?.kind !== 'out_of_credits') deps.notify(creditsLowNotice());
      governor.markLimited('out_of_credits', null);
      timers.clear(slot);
      break;
    case 'rate_limited': {
      const pause = Math.max(MIN_RATE_PAUSE_MS, backoffDelay(slot.retryAttempt + 1, deps.random, RATE_BACKOFF));
      governor.markLimited('rate_limited', deps.clock.now() + pause);
      timers.arm(meta.id, slot, during === 'poll' ? 'poll' : 'retry', pause);
      break;
    }
    case 'transient':
      if (during === 'poll') timers.arm(meta.id, slot, 'poll', nextStatusPollDelay(++slot.pollAttempt, deps.random));
      else if (slot.retryAttempt < MAX_TRANSIENT_RETRIES) {
        timers.arm(meta.id, slot, 'retry', Math.max(1_000, backoffDelay(slot.retryAttempt + 1, deps.random, TRANSIENT_BACKOFF)));
      }
      break;
    case 'wait':
      break;
  }
}
