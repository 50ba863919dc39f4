// The Holdings grid's sticky header row: one sort button a column, the
// active column marked with aria-sort and an arrow.
import { t, type MessageId } from '../../../common/i18n';
import { SORT_KEYS, type Sort, type SortKey } from './holdings-model';

const COLUMN_LABELS: Record<SortKey, MessageId> = {
  name: 'holdings.column.name',
  amount: 'holdings.column.amount',
  price: 'holdings.column.price',
  value: 'holdings.column.value',
  share: 'holdings.column.share',
  change: 'holdings.column.change',
};

export function HoldingsHead({ sort, onSort }: { sort: Sort; onSort: (key: SortKey) => void }) {
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row head">
        {SORT_KEYS.map((key) => {
          const active = sort.key === key;
          return (
            <div
              key={key}
              role="columnheader"
              className={key === 'name' ? 'cell-name' : 'num'}
              aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => onSort(key)}>
                {t(COLUMN_LABELS[key])}
                <span aria-hidden="true" className="sort-arrow">{active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
