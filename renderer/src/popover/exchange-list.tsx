// Each exchange with its status chip and data age: "Kraken: syncing",
// "Bybit: error — key rejected", so freshness is honest per source. Those
// the user left out of the total come last, marked, with their own value.
// Keys older than the rotation setting say so on their row (replaced from the Exchanges tab the row opens).
import { useMemo } from 'react';
import { t } from '../../../common/i18n';
import { flaggedText, notInTotalText } from '../../../common/standing-words';
import { exchangeAllocation } from '../shared/allocation';
import { AllocationBar } from '../shared/allocation-bar';
import { useAppStore, useFormatters } from '../shared/app-store';
import { CoinIcon } from '../shared/coin-icon';
import { StatusChip } from '../shared/status-chip';
import { useNow } from '../shared/use-now';
import { Figure } from './figure';
import { PopoverList, PopoverRow } from './popover-list';

/** An exchange's total shares its row with the name, chip and age. */
const TOTAL_MAX_CHARS = 11;

export function ExchangeList() {
  const fmt = useFormatters();
  const now = useNow();
  const connections = useAppStore((s) => s.snapshot?.connections);
  const portfolio = useAppStore((s) => s.snapshot?.portfolio);
  const allocation = useMemo(() => (portfolio && connections ? exchangeAllocation(portfolio, connections) : []), [portfolio, connections]);
  // A problem every exchange shares is said once, at the top: the rows only say they failed.
  const shared = useAppStore((s) => s.snapshot?.standing.problem?.code ?? null);
  if (!connections || connections.length === 0) return null;
  const ordered = [...connections.filter((c) => c.countInTotal), ...connections.filter((c) => !c.countInTotal)];
  return (
    <PopoverList
      headingId="exchanges-heading"
      title={t('popover.exchanges.title')}
      className="exchange-list"
      aside={allocation.length > 1 && <AllocationBar slices={allocation} label={t('popover.exchanges.allocation')} fmt={fmt} className="section-bar" />}
    >
      {ordered.map((c) => (
        <PopoverRow key={c.id} className="exchange-row" tab="exchanges" testId="exchange-row">
          <CoinIcon src={c.exchangeIcon} label={c.exchangeName} />
          <span className="exchange-name" title={c.name}>
            {c.name}
          </span>
          <StatusChip connection={c} reasonShownElsewhere={c.state === 'error' && Boolean(c.lastError)} />
          <span className="exchange-age muted">{fmt.age(c.lastSyncAt, now)}</span>
          <Figure fit={fmt.moneyFitted(c.totalUsd, TOTAL_MAX_CHARS)} className="exchange-total" />
          {!c.countInTotal && <span className="exchange-not-counted">{notInTotalText()}</span>}
          {c.keys.rotationDue && (
            <span className="exchange-keys-due" data-testid="exchange-keys-due">
              {t('popover.exchanges.keysDue')}
            </span>
          )}
          {c.state === 'error' && c.lastError && c.lastError.code !== shared && <span className="exchange-error">{c.lastError.message}</span>}
          {c.flagged.map((row, i) => (
            <span key={i} className="exchange-flagged">
              {flaggedText(row)}
            </span>
          ))}
        </PopoverRow>
      ))}
    </PopoverList>
  );
}
