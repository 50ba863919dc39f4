// Top coins by value, then everything else folded into one line each for
// "other coins" and dust, so the popover stays a glance.
import { useAppStore, useFormatters } from '../shared/app-store';
import { CoinIcon } from '../shared/coin-icon';
import { onListArrowKeys } from '../shared/use-arrow-keys';
import { openDetails } from './open-details';

export const TOP_COINS = 8;

export function CoinList() {
  const fmt = useFormatters();
  const portfolio = useAppStore((s) => s.snapshot?.portfolio);
  if (!portfolio) return null;
  const top = portfolio.rows.slice(0, TOP_COINS);
  const rest = portfolio.rows.slice(TOP_COINS);
  const restUsd = rest.reduce((sum, r) => sum + r.valueUsd, 0);
  const restShare = rest.reduce((sum, r) => sum + r.share, 0);
  const { dust } = portfolio;

  if (top.length === 0 && dust.count === 0) {
    return <p className="muted empty">No balances yet.</p>;
  }
  return (
    <section aria-labelledby="coins-heading">
      <h2 id="coins-heading" className="section-title">
        Coins
      </h2>
      <ul className="coin-list" onKeyDown={onListArrowKeys}>
        {top.map((row) => (
          <li key={row.coinId}>
            <button type="button" className="coin-row" data-nav-item="" onClick={() => openDetails('holdings')}>
              <CoinIcon src={row.icon} label={row.symbol} />
              <span className="coin-symbol">{row.symbol}</span>
              <span className="coin-amount muted">{fmt.amount(row.amount)}</span>
              <span className="coin-value">{fmt.money(row.valueUsd)}</span>
              <span className="coin-share muted">{fmt.share(row.share)}</span>
            </button>
          </li>
        ))}
        {rest.length > 0 && (
          <li>
            <button type="button" className="coin-row folded" data-nav-item="" onClick={() => openDetails('holdings')}>
              <span className="coin-icon coin-fallback size-20" aria-hidden="true">
                +
              </span>
              <span className="coin-symbol">
                {rest.length} more {rest.length === 1 ? 'coin' : 'coins'}
              </span>
              <span className="coin-amount" />
              <span className="coin-value">{fmt.money(restUsd)}</span>
              <span className="coin-share muted">{fmt.share(restShare)}</span>
            </button>
          </li>
        )}
        {dust.count > 0 && (
          <li>
            <button type="button" className="coin-row folded" data-nav-item="" data-testid="dust-line" onClick={() => openDetails('holdings')}>
              <span className="coin-icon coin-fallback size-20" aria-hidden="true">
                ·
              </span>
              <span className="coin-symbol">
                Dust ({dust.count} {dust.count === 1 ? 'coin' : 'coins'})
              </span>
              <span className="coin-amount" />
              <span className="coin-value">{fmt.money(dust.valueUsd)}</span>
              <span className="coin-share muted">{fmt.share(dust.share)}</span>
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
