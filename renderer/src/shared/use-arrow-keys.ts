// Arrow keys move focus between the items of a list (elements marked
// `data-nav-item`), as native lists do; Home/End jump to the ends.
import type { KeyboardEvent } from 'react';

export function onListArrowKeys(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-nav-item]')];
  if (items.length === 0) return;
  const current = items.findIndex((el) => el === document.activeElement);
  let next = current;
  if (event.key === 'ArrowDown') next = current < 0 ? 0 : Math.min(current + 1, items.length - 1);
  if (event.key === 'ArrowUp') next = current < 0 ? 0 : Math.max(current - 1, 0);
  if (event.key === 'Home') next = 0;
  if (event.key === 'End') next = items.length - 1;
  event.preventDefault();
  items[next]?.focus();
}
