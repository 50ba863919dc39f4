import type { ConnectionView } from '../../../main/core/types';

const LABELS: Record<ConnectionView['state'], string> = {
  idle: 'Waiting',
  syncing: 'Syncing',
  synced: 'Synced',
  error: 'Error',
};

/** Synced / syncing / error chip; an error carries its reason so colour is never the only signal. */
export function StatusChip({ connection }: { connection: Pick<ConnectionView, 'state' | 'lastError'> }) {
  const reason = connection.state === 'error' ? connection.lastError?.message : undefined;
  return (
    <span className={`chip chip-${connection.state}`} data-testid="status-chip" title={reason}>
      {connection.state === 'syncing' && <span className="spinner spinner-small" aria-hidden="true" />}
      {LABELS[connection.state]}
      {reason && <span className="chip-reason">: {reason}</span>}
    </span>
  );
}
