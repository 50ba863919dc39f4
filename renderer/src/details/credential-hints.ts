// The masked key hints of a connection, named as the exchange names its
// fields ("API Key ••••d8e2 · API Secret ••••ee99") rather than by our storage
// keys. Fields the exchange lists come first, in its order; a hint whose field
// it no longer lists (or before the list has loaded) keeps its key as the name.
import { t } from '../../../common/i18n';
import type { SupportedExchange } from '../../../common/types';

export function credentialHintText(hints: Record<string, string>, exchange: SupportedExchange | undefined): string {
  const labels = new Map((exchange?.connectionFields ?? []).map((field) => [field.key, field.name] as const));
  const ordered = Object.entries(hints).sort(([a], [b]) => rank(labels, a) - rank(labels, b));
  return ordered.map(([key, hint]) => t('exchanges.hint', { field: labels.get(key) ?? key, hint })).join(t('exchanges.hintSeparator'));
}

function rank(labels: Map<string, string>, key: string): number {
  const index = [...labels.keys()].indexOf(key);
  return index === -1 ? labels.size : index;
}
