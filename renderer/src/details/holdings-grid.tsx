// The virtualised Holdings grid: fixed-height rows, so 10,000 coins cost only
// the ~20 lines on screen. Focus stays on the grid; the selected row is its
// aria-activedescendant, moved with the arrow keys; Enter expands a coin.
// A treegrid (WAI-ARIA): coin rows expand into per-exchange rows one level
// down. The grid itself is the scroller (header sticky), so the scrolled
// region is the focusable element keyboard users land on.
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { t } from '../../../common/i18n';
import type { Formatters } from '../shared/formatters';
import { HoldingsHead } from './holdings-head';
import { onGridKeyDown } from './holdings-keys';
import { SORT_KEYS, type HoldingsItem, type Sort, type SortKey } from './holdings-model';
import { HoldingsRow, ROW_HEIGHT, rowDomId } from './holdings-row';

const FALLBACK_RECT = { width: 800, height: 480 };
/** Height of the sticky header row (CSS `.grid-row.head`): the list starts below it. */
const HEAD_HEIGHT = 32;

// Before layout (a hidden window, a DOM without layout) the scroller measures
// 0 px and nothing would render; assume a typical window until it has a size.
function observeWithFallback(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

function useRowVirtualizer(count: number, scrollRef: RefObject<HTMLDivElement | null>) {
  return useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Small overscan and index keys (the default): every key press in the
    // filter re-lays out the list, and per-item keys over 10k rows cost a frame.
    overscan: 4,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeWithFallback,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
}

interface Props {
  items: HoldingsItem[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  expanded: ReadonlySet<string>;
  onToggle: (coinId: string) => void;
  fmt: Formatters;
  connectionName: (id: string) => string;
  /** A printable key typed on the grid goes to the filter box. */
  onTypeAhead: (text: string) => void;
}

export function HoldingsGrid({ items, sort, onSort, selectedKey, onSelect, expanded, onToggle, fmt, connectionName, onTypeAhead }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useRowVirtualizer(items.length, scrollRef);
  const selectedIndex = selectedKey === null ? -1 : items.findIndex((i) => i.key === selectedKey);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onPick = useCallback(
    (key: string, toggle: boolean) => {
      onSelect(key);
      if (toggle) onToggle(key);
    },
    [onSelect, onToggle],
  );

  const pageSize = (): number =>
    Math.max(1, Math.floor(((scrollRef.current?.clientHeight || FALLBACK_RECT.height) - HEAD_HEIGHT) / ROW_HEIGHT) - 1);

  const selectedItem = items[selectedIndex];
  return (
    <div
      ref={scrollRef}
      className="grid"
      role="treegrid"
      aria-label={t('holdings.grid.label')}
      aria-rowcount={items.length + 1}
      aria-colcount={SORT_KEYS.length}
      tabIndex={0}
      aria-activedescendant={selectedItem ? rowDomId(selectedItem.key) : undefined}
      onKeyDown={(event) => onGridKeyDown(event, { items, selectedIndex, expanded, page: pageSize(), onSelect, onToggle, onTypeAhead })}
    >
      <HoldingsHead sort={sort} onSort={onSort} />
      <div role="rowgroup" className="grid-body">
        <div className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
            // Keyed by position, not coin: a sort or a filter then rewrites the
            // text of the ~25 drawn lines in place instead of unmounting them all
            // and building new ones, which was most of those updates' cost on
            // 10k rows. Scrolling still adds and drops one line at a time.
            return (
              <HoldingsRow
                key={v.index}
                item={item}
                rowIndex={v.index + 2}
                start={v.start - HEAD_HEIGHT}
                selected={v.index === selectedIndex}
                expanded={item.kind !== 'split' && expanded.has(item.key)}
                fmt={fmt}
                connectionName={connectionName}
                onPick={onPick}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
