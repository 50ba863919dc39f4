// A change of the total in money and percent ("+$1,234.56 (+2.60%) 24 h"):
// the amount says what the percent means in money. Privacy hides magnitudes,
// so there the amount goes and the percent stays.
import { t } from '../../../common/i18n';
import type { Formatters } from '../shared/formatters';
import { Figure } from './figure';

/** The change amount shares its line with the percent and the BTC total. */
export const CHANGE_MAX_CHARS = 12;

interface ChangeProps {
  pct: number | null;
  usd: number | null;
  fmt: Formatters;
  /** Shown after the figures ("24 h"). */
  period: string;
  /** What a screen reader says before them ("24 hour change"). */
  spokenPeriod: string;
  testId: string;
}

/** "+$12.00" in `maxChars`, or null in privacy mode or when unknown. */
export function signedMoney(usd: number | null, fmt: Formatters, maxChars = CHANGE_MAX_CHARS) {
  if (usd === null || fmt.privacy) return null;
  const fit = fmt.moneyFitted(usd, maxChars);
  const sign = usd > 0 ? '+' : '';
  return { text: sign + fit.text, full: sign + fit.full };
}

export function Change({ pct, usd, fmt, period, spokenPeriod, testId }: ChangeProps) {
  // Its colour tells the direction: hidden with the percent ('all' privacy).
  const direction = pct === null || pct === 0 || fmt.masking.percentages ? '' : pct > 0 ? ' up' : ' down';
  const amount = signedMoney(usd, fmt);
  const spoken =
    pct === null ? t('popover.change.unknown') : amount ? t('popover.change.moneyAndPercent', { money: amount.full, percent: fmt.percent(pct) }) : fmt.percent(pct);
  return (
    <span className={`change${direction}`} data-testid={testId} role="group" aria-label={t('popover.change.spoken', { period: spokenPeriod, change: spoken })}>
      {amount && <Figure fit={amount} className="change-amount" />}
      <span className="change-pct">{amount ? `(${fmt.percent(pct)})` : fmt.percent(pct)}</span>
      <span className="muted">{period}</span>
    </span>
  );
}
