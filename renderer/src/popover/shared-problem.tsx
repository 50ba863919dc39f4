// A failure every exchange shares (the CoinStats key rejected, credits used
// up, CoinStats out of reach), said once at the top with the fix, instead of
// "Partial: Binance failed" and the reason below the fold.
import type { DetailsTab } from '../../../common/contract';
import type { ErrorCode } from '../../../common/error-codes';
import { t, type MessageId } from '../../../common/i18n';
import type { PlainError } from '../../../common/types';
import { openDetails } from './open-details';

/** Where each fixable problem is fixed; the others heal on their own and say so. */
const FIXES: Partial<Record<ErrorCode, { label: MessageId; tab: DetailsTab }>> = {
  coinstats_key_invalid: { label: 'popover.fix.replaceKey', tab: 'settings' },
  no_api_key: { label: 'popover.fix.addKey', tab: 'settings' },
  out_of_credits: { label: 'popover.fix.credits', tab: 'settings' },
};

export function SharedProblem({ problem }: { problem: PlainError | null }) {
  if (!problem) return null;
  const fix = FIXES[problem.code];
  return (
    <div className="shared-problem" role="alert" data-testid="shared-problem">
      <p className="shared-problem-message">{problem.message}</p>
      {problem.action && <p className="shared-problem-action muted">{problem.action}</p>}
      {fix && (
        <button type="button" className="link-button" onClick={() => openDetails(fix.tab)}>
          {t(fix.label)}
        </button>
      )}
    </div>
  );
}
