// The glance: total in the primary currency and BTC, 24 h change, freshness,
// the partial marker, and the refresh button. A problem every exchange shares
// comes first, with its fix; a total not known yet is never shown as zero.
import { useId } from 'react';
import { firstSyncText, partialText } from '../../../common/standing-words';
import { run, useAppStore, useBusy, useError, useFormatters } from '../shared/app-store';
import { DemoBadge } from '../shared/demo-badge';
import { ErrorText } from '../shared/error-text';
import { Spinner } from '../shared/spinner';
import { useNow } from '../shared/use-now';
import { SharedProblem } from './shared-problem';

export function PopoverHeader() {
  const partialId = useId();
  const fmt = useFormatters();
  const now = useNow();
  const portfolio = useAppStore((s) => s.snapshot?.portfolio);
  const refreshing = useAppStore((s) => s.snapshot?.refreshing ?? false);
  const progress = useAppStore((s) => s.snapshot?.refreshProgress ?? null);
  const standing = useAppStore((s) => s.snapshot?.standing);
  const requested = useBusy('refreshAll');
  const refreshError = useError('refreshAll');
  if (!portfolio || !standing) return null;

  const busy = refreshing || requested;
  const { syncedAt, firstSync } = standing;
  const known = syncedAt !== null;
  const change = portfolio.change24hPct;
  const changeClass = change === null || change === 0 ? 'change' : change > 0 ? 'change up' : 'change down';

  return (
    <header className="popover-header">
      <div className="title-row">
        <h1 className="app-title">Tallybar</h1>
        <DemoBadge />
        <button
          type="button"
          className="icon-button refresh-button"
          aria-label={busy ? 'Refreshing' : 'Refresh now'}
          aria-busy={busy}
          disabled={busy}
          onClick={() => void run('refreshAll', 'refreshAll')}
        >
          {busy ? <Spinner /> : <span aria-hidden="true">↻</span>}
        </button>
      </div>
      <SharedProblem problem={standing.problem} />
      {/* A partial total must never read as the whole story, to a screen reader either. */}
      <p className="total" data-testid="popover-total" aria-describedby={portfolio.partial || !known ? partialId : undefined}>
        {known ? fmt.money(portfolio.totalUsd) : <span aria-label="Total not known yet">—</span>}
      </p>
      {known && (
        <p className="subtotal">
          <span data-testid="popover-total-btc">{fmt.btc(portfolio.totalBtc)}</span>
          <span className={changeClass} aria-label={`24 hour change ${fmt.percent(change)}`}>
            {fmt.percent(change)} <span className="muted">24 h</span>
          </span>
        </p>
      )}
      <p className="freshness muted">
        {busy ? refreshingText(progress) : known ? `Updated ${fmt.age(syncedAt, now)}` : 'Not synced yet'}
      </p>
      {!known && firstSync.length > 0 && (
        <p className="first-sync" data-testid="first-sync" id={partialId}>
          {firstSyncText(firstSync)}
        </p>
      )}
      {known && portfolio.partial && (
        <p className="partial" data-testid="partial-marker" id={partialId}>
          {partialText(standing)}
        </p>
      )}
      <ErrorText error={refreshError} />
    </header>
  );
}

/** "Refreshing 1 of 3…" while a refresh of several exchanges runs. */
export function refreshingText(progress: { done: number; total: number } | null): string {
  if (!progress || progress.total < 2) return 'Refreshing…';
  return `Refreshing ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`;
}
