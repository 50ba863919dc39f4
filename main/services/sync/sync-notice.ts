// Texts of the notifications the engine raises. Amounts follow privacy mode
// (common/privacy.ts): a notification can show on a shared screen or a locked one.
// Worded when raised, which is when they are shown: in the language of that moment.
import { convertUsd } from '../../../common/currency';
import { formatMoney } from '../../../common/format';
import { t } from '../../../common/i18n';
import { amountText, privacyMasking } from '../../../common/privacy';
import type { BalanceRow, CurrencyRates } from '../../../common/types';
import type { Settings } from '../../../common/settings';
import type { SyncNotification } from './types';

function totalUsd(rows: readonly BalanceRow[]): number {
  let total = 0;
  for (const r of rows) if (Number.isFinite(r.amount * r.price) && r.amount > 0 && r.price > 0) total += r.amount * r.price;
  return total;
}

/** "Binance synced — $12,345.67" (or "— •••••" in privacy mode). */
export function syncedNotice(input: {
  connectionId: string;
  name: string;
  rows: readonly BalanceRow[];
  settings: Pick<Settings, 'primaryCurrency' | 'privacyMode' | 'privacyLevel'>;
  rates: CurrencyRates;
  locale: string;
}): SyncNotification {
  const money = convertUsd(totalUsd(input.rows), input.settings.primaryCurrency, input.rates);
  const amount = amountText(privacyMasking(input.settings), () => formatMoney(money.value, money.currency, input.locale));
  return {
    kind: 'synced',
    title: 'Tallybar',
    body: t('notifications.synced', { name: input.name, amount }),
    connectionId: input.connectionId,
  };
}

export function keyRejectedNotice(name: string | null, connectionId?: string): SyncNotification {
  return {
    kind: 'key_rejected',
    title: 'Tallybar',
    body: name ? t('notifications.keyRejected', { name }) : t('notifications.apiKeyRejected'),
    ...(connectionId ? { connectionId } : {}),
  };
}

export function creditsLowNotice(): SyncNotification {
  return {
    kind: 'credits_low',
    title: 'Tallybar',
    body: t('notifications.creditsUsedUp'),
  };
}
