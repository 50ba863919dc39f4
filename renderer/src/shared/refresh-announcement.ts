// What the aria-live region says when a refresh ends: screen-reader users get
// the outcome without hunting for it ("Refreshed 3 exchanges, total $12,345.67",
// "Bybit failed: …").
import { t } from '../../../common/i18n';
import type { AppSnapshot } from '../../../common/types';
import type { Formatters } from './formatters';

export function describeRefreshEnd(prev: AppSnapshot | null, next: AppSnapshot, fmt: Formatters): string | null {
  if (!prev?.refreshing || next.refreshing) return null;
  const failed = next.connections.filter((c) => c.state === 'error');
  const ok = next.connections.length - failed.length;
  const parts: string[] = [];
  if (ok > 0) {
    parts.push(t('shared.refreshed', { count: ok, total: fmt.money(next.portfolio.totalUsd) }));
  }
  for (const c of failed) {
    parts.push(t('shared.exchangeFailed', { name: c.name, reason: c.lastError?.message ?? t('shared.unknownError') }));
  }
  // Whole sentences one after another, spaced as the language spaces them (ja/zh: not at all).
  if (parts.length === 0) return t('shared.refreshFinished');
  return parts.reduce((first, second) => t('shared.twoSentences', { first, second }));
}
