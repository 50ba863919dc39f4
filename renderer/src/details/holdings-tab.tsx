// Holdings: every coin across exchanges, sortable, filterable by typing,
// expandable per exchange, with the dust threshold and CSV export at hand,
// under the allocation by coin and by exchange.
import { useCallback, useMemo, useRef, useState } from 'react';
import { t } from '../../../common/i18n';
import { removedExchange } from '../shared/allocation';
import { useAppStore, useFormatters } from '../shared/app-store';
import { HoldingsAllocation } from './holdings-allocation';
import { nextSort, type Sort, type SortKey } from './holdings-model';
import { HoldingsGrid } from './holdings-grid';
import { HoldingsToolbar } from './holdings-toolbar';
import { useHoldingsItems } from './use-holdings-items';

export function HoldingsTab() {
  const fmt = useFormatters();
  const portfolio = useAppStore((s) => s.snapshot?.portfolio);
  const connections = useAppStore((s) => s.snapshot?.connections);
  const [sort, setSort] = useState<Sort>({ key: 'value', dir: 'desc' });
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const { items, filtering, shown, listed, all } = useHoldingsItems(portfolio, sort, query, expanded);
  const names = useMemo(() => new Map((connections ?? []).map((c) => [c.id, c.name])), [connections]);
  const connectionName = useCallback((id: string) => names.get(id) ?? removedExchange(), [names]);

  const onSort = useCallback((key: SortKey) => setSort((s) => nextSort(s, key)), []);
  const onToggle = useCallback((coinId: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(coinId)) next.add(coinId);
      return next;
    });
  }, []);
  const onTypeAhead = useCallback((text: string) => {
    setQuery((q) => q + text);
    filterRef.current?.focus();
  }, []);

  if (!portfolio) return null;
  return (
    <div className="holdings">
      <HoldingsAllocation portfolio={portfolio} connections={connections ?? []} fmt={fmt} />
      <HoldingsToolbar
        filterRef={filterRef}
        query={query}
        onQuery={setQuery}
        countText={filtering ? t('holdings.count.filtered', { shown, all }) : t('holdings.count.listed', { count: listed })}
      />
      {items.length === 0 ? (
        <p className="muted empty">{filtering ? t('holdings.noMatch', { query: query.trim() }) : t('holdings.empty')}</p>
      ) : (
        <HoldingsGrid
          items={items}
          sort={sort}
          onSort={onSort}
          selectedKey={selectedKey}
          onSelect={setSelectedKey}
          expanded={expanded}
          onToggle={onToggle}
          fmt={fmt}
          connectionName={connectionName}
          onTypeAhead={onTypeAhead}
        />
      )}
    </div>
  );
}
