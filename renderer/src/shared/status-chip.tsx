import { t, type MessageId } from '../../../common/i18n';
import type { ConnectionView } from '../../../common/types';

const LABELS: Record<ConnectionView['state'], MessageId> = {
  idle: 'shared.stateIdle',
  syncing: 'shared.stateSyncing',
  synced: 'shared.stateSynced',
  error: 'shared.stateError',
};

/**
 * Synced / syncing / error chip; an error carries its reason so colour is never the only signal.
 * `reasonShownElsewhere`: the caller prints the reason in full next to the chip (the narrow
 * popover row would cut it off), so the chip keeps only its label and the tooltip.
 */
export function StatusChip({
  connection,
  reasonShownElsewhere = false,
}: {
  connection: Pick<ConnectionView, 'state' | 'lastError'>;
  reasonShownElsewhere?: boolean;
}) {
  const reason = connection.state === 'error' ? connection.lastError?.message : undefined;
  return (
    <span className={`chip chip-${connection.state}`} data-testid="status-chip" title={reason}>
      {connection.state === 'syncing' && <span className="spinner spinner-small" aria-hidden="true" />}
      {t(LABELS[connection.state])}
      {reason && !reasonShownElsewhere && <span className="chip-reason">{t('shared.chipReason', { reason })}</span>}
    </span>
  );
}
