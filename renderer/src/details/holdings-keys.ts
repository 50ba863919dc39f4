// Keys on the Holdings treegrid, as the WAI-ARIA treegrid pattern has them:
// arrows, Page keys and Home/End move the selection; Enter or Space opens and
// closes a line; Right opens, Left closes or climbs to the parent line; any
// other printable key goes to the filter box.
import type { KeyboardEvent } from 'react';
import { DUST_KEY, type HoldingsItem } from './holdings-model';

export interface GridKeyContext {
  items: HoldingsItem[];
  selectedIndex: number;
  expanded: ReadonlySet<string>;
  /** How many lines a Page key moves. */
  page: number;
  onSelect: (key: string) => void;
  onToggle: (key: string) => void;
  onTypeAhead: (text: string) => void;
}

/** Lines that open: the dust line, and coins held on at least one exchange. */
const expandable = (item: HoldingsItem): boolean => item.kind === 'dust' || (item.kind === 'coin' && item.row.split.length > 0);

/** The line `key` moves the selection to (before clamping), or undefined for keys that do not move it. */
function moveTarget(key: string, current: number, last: number, page: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current < 0 ? 0 : current - 1,
    PageDown: current + page,
    PageUp: current - page,
    Home: 0,
    End: last,
  };
  return moves[key];
}

/** Right opens a closed line; Left closes an open one, or else goes up to its parent. */
function openOrClimb(item: HoldingsItem | undefined, open: boolean, { expanded, onSelect, onToggle }: GridKeyContext): void {
  if (!item) return;
  if (expandable(item) && expanded.has(item.key) !== open) return onToggle(item.key);
  if (open) return;
  // Left on a child (or a closed dust coin) goes up to its parent line.
  const parent = item.kind === 'split' ? item.parentKey : item.kind === 'coin' && item.level === 2 ? DUST_KEY : null;
  if (parent) onSelect(parent);
}

export function onGridKeyDown(event: KeyboardEvent<HTMLDivElement>, context: GridKeyContext): void {
  if (event.target !== event.currentTarget) return; // keys on header buttons are theirs
  const { items, selectedIndex, page, onSelect, onToggle, onTypeAhead } = context;
  const item = items[selectedIndex];
  const last = items.length - 1;
  const target = moveTarget(event.key, selectedIndex, last, page);
  if (target !== undefined) {
    const next = items[Math.max(0, Math.min(last, target))];
    if (next) onSelect(next.key);
  } else if (event.key === 'Enter' || event.key === ' ') {
    if (item && expandable(item)) onToggle(item.key);
  } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    openOrClimb(item, event.key === 'ArrowRight', context);
  } else {
    if (event.key.length === 1 && !event.metaKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      onTypeAhead(event.key);
    }
    return;
  }
  event.preventDefault();
}
