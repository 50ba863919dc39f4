// The dust threshold, typed and shown in the primary currency like every
// other figure, while the setting stays in USD (dustThresholdUsd: the unit
// CoinStats prices in, so the threshold does not move when rates do).
import { resolveCurrency } from '../../../common/currency';
import { useAppStore } from './app-store';
import { NumberSetting } from './number-setting';

interface Props {
  /** The field's words, given the currency code the value is typed in. */
  label: (currency: string) => string;
  unit?: (currency: string) => string;
  /** Receives USD, ready for `updateSettings({ dustThresholdUsd })`. */
  onCommit: (usd: number) => void;
}

export function DustThresholdSetting({ label, unit, onCommit }: Props) {
  const usd = useAppStore((s) => s.snapshot?.settings.dustThresholdUsd ?? 0);
  const primary = useAppStore((s) => s.snapshot?.settings.primaryCurrency ?? 'USD');
  const rates = useAppStore((s) => s.snapshot?.rates);
  // The same fallback the figures use: a currency without a rate is shown, and typed, as USD.
  const { currency, rate } = resolveCurrency(primary, rates ?? {});
  return (
    <NumberSetting
      setting="dustThresholdUsd"
      label={label(currency)}
      unit={unit?.(currency)}
      value={usd}
      scale={rate}
      onCommit={onCommit}
    />
  );
}
