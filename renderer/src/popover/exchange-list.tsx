// Each exchange with its status chip and data age: "Kraken: syncing",
// "Bybit: error — key rejected", so freshness is honest per source.
import { useAppStore, useFormatters } from '../shared/app-store';
import { CoinIcon } from '../shared/coin-icon';
import { StatusChip } from '../shared/status-chip';
import { onListArrowKeys } from '../shared/use-arrow-keys';
import { useNow } from '../shared/use-now';
import { openDetails } from './open-details';

export function ExchangeList() {
  const fmt = useFormatters();
  const now = useNow();
  const connections = useAppStore((s) => s.snapshot?.connections);
  if (!connections || connections.length === 0) return null;
  return (
    <section aria-labelledby="exchanges-heading">
      <h2 id="exchanges-heading" className="section-title">
        Exchanges
      </h2>
      <ul className="exchange-list" onKeyDown={onListArrowKeys}>
        {connections.map((c) => (
          <li key={c.id}>
            <button type="button" className="exchange-row" data-testid="exchange-row" data-nav-item="" onClick={() => openDetails('exchanges')}>
              <CoinIcon src={c.exchangeIcon} label={c.exchangeName} />
              <span className="exchange-name">{c.name}</span>
              <StatusChip connection={c} reasonShownElsewhere={c.state === 'error' && Boolean(c.lastError)} />
              <span className="exchange-age muted">{fmt.age(c.lastSyncAt, now)}</span>
              <span className="exchange-total">{fmt.money(c.totalUsd)}</span>
              {c.state === 'error' && c.lastError && <span className="exchange-error">{c.lastError.message}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
