// A status poll for a `syncing` portfolio: cheap, so it follows the sync at
// growing intervals; once the portfolio is done, one balance call fetches what
// it found. The governor may refuse either; the next refresh picks it up.
import { CREDIT_COSTS } from '../../../common/credit-costs';
import type { PortfolioSyncStatus } from '../../../common/types';
import { nextStatusPollDelay } from '../../core/schedule';
import type { ConnectionDeps } from './connection-deps';
import { handleError } from './error-reaction';
import type { Slot } from './slot';

export async function pollStatus(deps: ConnectionDeps, id: string, slot: Slot): Promise<void> {
  const { governor } = deps;
  const meta = deps.store.getConnection(id);
  if (!meta?.portfolioId || slot.blocked || deps.account.blockedAll) return;
  // Not allowed now: the connection stays `syncing` and the next refresh picks it up.
  if (!governor.allow(CREDIT_COSTS.status, { userInitiated: false })) return;
  const release = governor.reserve(CREDIT_COSTS.status);
  let status: PortfolioSyncStatus;
  try {
    const answer = await deps.client.getExchangeStatus(meta.portfolioId);
    status = typeof answer === 'string' ? answer : answer.status;
  } catch (error) {
    handleError(deps, meta, slot, error, 'poll');
    return;
  } finally {
    release();
  }
  if (status === 'syncing') {
    deps.timers.arm(id, slot, 'poll', nextStatusPollDelay(++slot.pollAttempt, deps.random));
    return;
  }
  if (governor.allow(CREDIT_COSTS.balance, { userInitiated: false })) await deps.startBalance(id, slot);
}
