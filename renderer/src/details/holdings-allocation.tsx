// At the top of Holdings: how the total divides by coin and by exchange, each
// as a stacked bar over a table of the slices with their value and share. The
// table is what screen readers read (the bar repeats it for the eye); values
// follow privacy mode like every amount, shares go through fmt.share.
import { useMemo } from 'react';
import { t } from '../../../common/i18n';
import type { ConnectionView, PortfolioSummary } from '../../../common/types';
import { AllocationBar } from '../shared/allocation-bar';
import { coinAllocation, exchangeAllocation, type AllocationSlice } from '../shared/allocation';
import { useLanguage } from '../shared/app-store';
import type { Formatters } from '../shared/formatters';

interface Props {
  portfolio: PortfolioSummary;
  connections: readonly ConnectionView[];
  fmt: Formatters;
}

export function HoldingsAllocation({ portfolio, connections, fmt }: Props) {
  // Slices carry words ("Other", a removed exchange's label): worded again in a new language.
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- language: the catalogue the slices' labels come from
  const byCoin = useMemo(() => coinAllocation(portfolio), [portfolio, language]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- language: as above
  const byExchange = useMemo(() => exchangeAllocation(portfolio, connections), [portfolio, connections, language]);
  if (byCoin.length === 0) return null;
  return (
    <section className="allocation" aria-labelledby="allocation-heading">
      <h2 id="allocation-heading" className="section-title">
        {t('holdings.allocation.title')}
      </h2>
      <div className="allocation-columns">
        <AllocationTable title={t('holdings.allocation.byCoin')} column={t('holdings.allocation.coin')} slices={byCoin} fmt={fmt} />
        <AllocationTable title={t('holdings.allocation.byExchange')} column={t('holdings.allocation.exchange')} slices={byExchange} fmt={fmt} />
      </div>
    </section>
  );
}

interface TableProps {
  title: string;
  /** The first column's header: what a slice is. */
  column: string;
  slices: readonly AllocationSlice[];
  fmt: Formatters;
}

function AllocationTable({ title, column, slices, fmt }: TableProps) {
  return (
    <div className="allocation-part">
      <AllocationBar slices={slices} label={title} fmt={fmt} decorative />
      <table className="allocation-table" data-testid="allocation-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="num">
              {t('holdings.allocation.value')}
            </th>
            <th scope="col" className="num">
              {t('holdings.allocation.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {slices.map((slice) => (
            <tr key={slice.key}>
              <th scope="row" title={slice.title}>
                <span className={`legend-swatch ${slice.colour}`} aria-hidden="true" />
                {slice.label}
              </th>
              <td className="num">{fmt.money(slice.valueUsd)}</td>
              <td className="num">{fmt.share(slice.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
