// At the top of Holdings: how the total divides by coin and by exchange, each
// as a stacked bar over a table of the slices with their value and share. The
// table is what screen readers read (the bar repeats it for the eye); values
// follow privacy mode like every amount, shares go through fmt.share.
import { useMemo } from 'react';
import type { ConnectionView, PortfolioSummary } from '../../../common/types';
import { AllocationBar } from '../shared/allocation-bar';
import { coinAllocation, exchangeAllocation, type AllocationSlice } from '../shared/allocation';
import type { Formatters } from '../shared/formatters';

interface Props {
  portfolio: PortfolioSummary;
  connections: readonly ConnectionView[];
  fmt: Formatters;
}

export function HoldingsAllocation({ portfolio, connections, fmt }: Props) {
  const byCoin = useMemo(() => coinAllocation(portfolio), [portfolio]);
  const byExchange = useMemo(() => exchangeAllocation(portfolio, connections), [portfolio, connections]);
  if (byCoin.length === 0) return null;
  return (
    <section className="allocation" aria-labelledby="allocation-heading">
      <h2 id="allocation-heading" className="section-title">
        Allocation
      </h2>
      <div className="allocation-columns">
        <AllocationTable title="By coin" column="Coin" slices={byCoin} fmt={fmt} />
        <AllocationTable title="By exchange" column="Exchange" slices={byExchange} fmt={fmt} />
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
              Value
            </th>
            <th scope="col" className="num">
              Share
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
