// One set of formatting functions per (locale, currency, privacy) for every
// component, built on the shared core helpers so the tray, popover, details
// and notifications all read the same. What privacy mode masks is decided by
// common/privacy.ts: amounts and values always, percentages and shares at the
// 'all' level.
import { ageText } from '../../../common/i18n';
import { convertUsd, resolveCurrency } from '../../../common/currency';
import { formatAmount, formatAmountFitted, formatBtc, formatBtcFitted, formatMoney, formatMoneyFitted, formatPercent, formatShare, maskAmount, type FittedText } from '../../../common/format';
import { percentText, privacyMasking, type Masking } from '../../../common/privacy';
import { DEFAULT_SETTINGS, type PrivacyLevel } from '../../../common/settings';
import type { CurrencyRates } from '../../../common/types';

export interface FormatterInput {
  locale: string;
  currency: string;
  rates: CurrencyRates;
  /** Privacy mode is on (and not being peeked through). */
  privacy: boolean;
  /** What it hides; the default level when not given. */
  privacyLevel?: PrivacyLevel;
}

export interface Formatters {
  locale: string;
  /** The currency figures are shown in (USD when the wanted one has no rate). */
  currency: string;
  currencyFellBack: boolean;
  /** Units of `currency` per USD: charts put gridlines on round figures of what is shown, not of USD. */
  rate: number;
  /** Amounts and values are masked. */
  privacy: boolean;
  /** What is masked, for a component that shows something the functions below do not format. */
  masking: Masking;
  /** A USD value shown in the primary currency. */
  money(usd: number | null, options?: { compact?: boolean }): string;
  /** {@link money} in about `maxChars` characters, with the full figure for a tooltip and accessible name. */
  moneyFitted(usd: number | null, maxChars: number): FittedText;
  btc(value: number | null): string;
  btcFitted(value: number | null, maxChars: number): FittedText;
  amount(value: number): string;
  amountFitted(value: number, maxChars: number): FittedText;
  percent(pct: number | null): string;
  share(share: number): string;
  age(at: number | null, now: number): string;
}

const same = (text: string): FittedText => ({ text, full: text });

export function makeFormatters({ locale, currency, rates, privacy: on, privacyLevel = DEFAULT_SETTINGS.privacyLevel }: FormatterInput): Formatters {
  const choice = resolveCurrency(currency, rates);
  const masking = privacyMasking({ privacyMode: on, privacyLevel });
  const privacy = masking.amounts;
  return {
    locale,
    currency: choice.currency,
    currencyFellBack: choice.fellBack,
    rate: choice.rate,
    privacy,
    masking,
    money: (usd, options) => {
      if (privacy) return maskAmount();
      if (usd === null) return '—';
      return formatMoney(convertUsd(usd, currency, rates).value, choice.currency, locale, options);
    },
    moneyFitted: (usd, maxChars) => {
      if (privacy) return same(maskAmount());
      if (usd === null) return same('—');
      return formatMoneyFitted(convertUsd(usd, currency, rates).value, choice.currency, locale, maxChars);
    },
    btc: (value) => (privacy ? maskAmount() : value === null ? '—' : formatBtc(value, locale)),
    btcFitted: (value, maxChars) => (privacy ? same(maskAmount()) : value === null ? same('—') : formatBtcFitted(value, locale, maxChars)),
    amount: (value) => (privacy ? maskAmount() : formatAmount(value, locale)),
    amountFitted: (value, maxChars) => (privacy ? same(maskAmount()) : formatAmountFitted(value, locale, maxChars)),
    percent: (pct) => percentText(masking, () => formatPercent(pct, locale)),
    share: (share) => percentText(masking, () => formatShare(share, locale)),
    age: (at, now) => ageText(at, now),
  };
}

/**
 * The locale for numbers and dates: main's `snapshot.locale` (the OS regional
 * format, e.g. de-DE figures under an English UI) when given, else the page's
 * language.
 */
export function userLocale(preferred?: string): string {
  const language = typeof navigator === 'undefined' ? undefined : navigator.language;
  for (const candidate of [preferred, language]) {
    if (!candidate) continue;
    try {
      const canonical = Intl.getCanonicalLocales(candidate)[0];
      if (canonical) return canonical;
    } catch {
      // A malformed locale must not break every number: try the next one.
    }
  }
  return 'en-US';
}
