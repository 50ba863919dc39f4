// What the aria-live region says when a refresh ends: screen-reader users get
// the outcome without hunting for it ("Refreshed 3 exchanges, total $12,345.67",
// "Bybit failed: …").
import type { AppSnapshot } from '../../../common/types';
import type { Formatters } from './formatters';

export function describeRefreshEnd(prev: AppSnapshot | null, next: AppSnapshot, fmt: Formatters): string | null {
  if (!prev?.refreshing || next.refreshing) return null;
  const failed = next.connections.filter((c) => c.state === 'error');
  const ok = next.connections.length - failed.length;
  const parts: string[] = [];
  if (ok > 0) {
    const noun = ok === 1 ? 'exchange' : 'exchanges';
    parts.push(`Refreshed ${ok} ${noun}, total ${fmt.money(next.portfolio.totalUsd)}.`);
  }
  for (const c of failed) {
    parts.push(`${c.name} failed: ${c.lastError?.message ?? 'unknown error'}`);
  }
  return parts.length > 0 ? parts.join(' ') : 'Refresh finished.';
}
