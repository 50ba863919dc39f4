// The glance: one compact row (name, freshness, refresh), then the total in
// the primary currency and BTC, its 24 h change in money and percent, the
// change since the user last looked, and the partial marker. A problem every
// exchange shares comes first, with its fix; a total not known yet is never
// shown as zero.
import { useId } from 'react';
import { t } from '../../../common/i18n';
import { firstSyncText, notCountedText, partialText, unsyncedText } from '../../../common/standing-words';
import { run, useAppStore, useBusy, useError, useFormatters } from '../shared/app-store';
import { DemoBadge } from '../shared/demo-badge';
import { ErrorText } from '../shared/error-text';
import { Spinner } from '../shared/spinner';
import { useNow } from '../shared/use-now';
import { SharedProblem } from './shared-problem';
import { Change } from './change';
import { Figure } from './figure';
import { SinceLook } from './since-look';

/**
 * Characters the total shows before it turns compact: 24 px tabular digits
 * are ~14 px wide, and the popover's 360 px leave ~330 px for the figure.
 */
export const TOTAL_MAX_CHARS = 20;
/** ₿ with up to 8 decimals: "₿12,345.12345678" is 16 characters, beyond that it turns compact. */
const BTC_MAX_CHARS = 16;

export function PopoverHeader() {
  const partialId = useId();
  const notCountedId = useId();
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
  // What the total leaves out, for a screen reader and a pointer alike: never a silently smaller sum.
  const notCounted = standing.notCounted.length > 0 ? notCountedText(standing.notCounted) : null;
  const describedBy = [portfolio.partial || !known ? partialId : null, notCounted ? notCountedId : null].filter(Boolean).join(' ');

  return (
    <header className="popover-header">
      <div className="title-row">
        <h1 className="app-title">Tallybar</h1>
        <DemoBadge />
        <p className="freshness muted" data-testid="popover-freshness">
          {busy ? refreshingText(progress) : known ? t('popover.updated', { age: fmt.age(syncedAt, now) }) : unsyncedText(standing)}
        </p>
        <RefreshButton busy={busy} />
      </div>
      <SharedProblem problem={standing.problem} />
      {/* A partial total must never read as the whole story, to a screen reader either. */}
      <p className="total" data-testid="popover-total" aria-describedby={describedBy || undefined} title={notCounted ?? undefined}>
        {known ? <Figure fit={fmt.moneyFitted(portfolio.totalUsd, TOTAL_MAX_CHARS)} className="total-figure" /> : <span aria-label={t('popover.totalUnknown')}>—</span>}
      </p>
      {known && (
        <p className="subtotal">
          <Change pct={portfolio.change24hPct} usd={portfolio.change24hUsd} fmt={fmt} period={t('popover.period24h')}
            spokenPeriod={t('popover.spoken24h')} testId="popover-change" />
          <Figure fit={fmt.btcFitted(portfolio.totalBtc, BTC_MAX_CHARS)} className="total-btc muted" testId="popover-total-btc" />
        </p>
      )}
      {known && <SinceLook />}
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
      {notCounted && (
        <p className="not-counted" data-testid="not-counted" id={notCountedId}>
          {notCounted}
        </p>
      )}
      <ErrorText error={refreshError} />
    </header>
  );
}

/**
 * Refresh, which stays focusable while busy: a disabled button drops focus to
 * the page, so busy is said (aria-disabled, aria-busy, "Refreshing") and a
 * click then is ignored instead.
 */
function RefreshButton({ busy }: { busy: boolean }) {
  return (
    <button
      type="button"
      className="icon-button refresh-button"
      aria-label={busy ? t('popover.refreshing') : t('popover.refreshNow')}
      aria-busy={busy}
      aria-disabled={busy}
      onClick={() => {
        if (!busy) void run('refreshAll', 'refreshAll');
      }}
    >
      {busy ? <Spinner /> : <span aria-hidden="true">↻</span>}
    </button>
  );
}

/** "Refreshing 1 of 3…" while a refresh of several exchanges runs. */
export function refreshingText(progress: { done: number; total: number } | null): string {
  if (!progress || progress.total < 2) return t('popover.refreshingEllipsis');
  return t('popover.refreshingProgress', { current: Math.min(progress.done + 1, progress.total), total: progress.total });
}
