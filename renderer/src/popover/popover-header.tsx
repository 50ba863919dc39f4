// The glance: one compact row (name, freshness, refresh), then the total in
// the primary currency and BTC, its 24 h change in money and percent, and the
// partial marker. A problem every exchange shares comes first, with its fix;
// a total not known yet is never shown as zero.
import { useId } from 'react';
import type { PortfolioSummary } from '../../../common/types';
import { firstSyncText, partialText } from '../../../common/standing-words';
import { run, useAppStore, useBusy, useError, useFormatters } from '../shared/app-store';
import { DemoBadge } from '../shared/demo-badge';
import { ErrorText } from '../shared/error-text';
import type { Formatters } from '../shared/formatters';
import { Spinner } from '../shared/spinner';
import { useNow } from '../shared/use-now';
import { SharedProblem } from './shared-problem';
import { Figure } from './figure';

/**
 * Characters the total shows before it turns compact: 24 px tabular digits
 * are ~14 px wide, and the popover's 360 px leave ~330 px for the figure.
 */
export const TOTAL_MAX_CHARS = 20;
/** The change amount shares its line with the percent and the BTC total. */
const CHANGE_MAX_CHARS = 12;
/** ₿ with up to 8 decimals: "₿12,345.12345678" is 16 characters, beyond that it turns compact. */
const BTC_MAX_CHARS = 16;

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

  return (
    <header className="popover-header">
      <div className="title-row">
        <h1 className="app-title">Tallybar</h1>
        <DemoBadge />
        <p className="freshness muted" data-testid="popover-freshness">
          {busy ? refreshingText(progress) : known ? `Updated ${fmt.age(syncedAt, now)}` : 'Not synced yet'}
        </p>
        <RefreshButton busy={busy} />
      </div>
      <SharedProblem problem={standing.problem} />
      {/* A partial total must never read as the whole story, to a screen reader either. */}
      <p className="total" data-testid="popover-total" aria-describedby={portfolio.partial || !known ? partialId : undefined}>
        {known ? <Figure fit={fmt.moneyFitted(portfolio.totalUsd, TOTAL_MAX_CHARS)} className="total-figure" /> : <span aria-label="Total not known yet">—</span>}
      </p>
      {known && (
        <p className="subtotal">
          <Change portfolio={portfolio} fmt={fmt} />
          <Figure fit={fmt.btcFitted(portfolio.totalBtc, BTC_MAX_CHARS)} className="total-btc muted" testId="popover-total-btc" />
        </p>
      )}
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

/** "+$1,234.56 (+2.60%) 24 h": the amount says what the percent means in money. */
function Change({ portfolio, fmt }: { portfolio: PortfolioSummary; fmt: Formatters }) {
  const pct = portfolio.change24hPct;
  const usd = portfolio.change24hUsd;
  // Its colour tells the direction: hidden with the percent ('all' privacy).
  const direction = pct === null || pct === 0 || fmt.masking.percentages ? '' : pct > 0 ? ' up' : ' down';
  // Privacy hides magnitudes, so the amount goes; the percent stays unless the level hides it too.
  const amount = usd === null || fmt.privacy ? null : fmt.moneyFitted(usd, CHANGE_MAX_CHARS);
  const sign = usd !== null && usd > 0 ? '+' : '';
  const spoken = pct === null ? 'not known yet' : amount ? `${sign}${amount.full}, ${fmt.percent(pct)}` : fmt.percent(pct);
  return (
    <span className={`change${direction}`} data-testid="popover-change" role="group" aria-label={`24 hour change ${spoken}`}>
      {amount && <Figure fit={{ text: sign + amount.text, full: sign + amount.full }} className="change-amount" />}
      <span className="change-pct">{amount ? `(${fmt.percent(pct)})` : fmt.percent(pct)}</span>
      <span className="muted">24 h</span>
    </span>
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
      aria-label={busy ? 'Refreshing' : 'Refresh now'}
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
  if (!progress || progress.total < 2) return 'Refreshing…';
  return `Refreshing ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`;
}
