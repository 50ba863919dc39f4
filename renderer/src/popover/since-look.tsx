// "Since you last looked", under the 24 h change: how the total moved since
// the popover was last open for a few seconds, and the coins that moved it
// most. Main leaves it out (null) when there is nothing honest to compare
// with, so nothing shows rather than a guess.
import { t } from '../../../common/i18n';
import { coinSinceLookText, moversText, sinceLookText } from '../../../common/look-words';
import type { CoinDelta } from '../../../common/look-types';
import { useAppStore, useFormatters } from '../shared/app-store';
import type { Formatters } from '../shared/formatters';
import { useNow } from '../shared/use-now';
import { Change, signedMoney } from './change';

/** A mover's figure is short: "+$1.2K" fits three of them on one line. */
const MOVER_MAX_CHARS = 7;

export function SinceLook() {
  const since = useAppStore((s) => s.snapshot?.sinceLastLook ?? null);
  const fmt = useFormatters();
  const now = useNow();
  if (!since) return null;
  const label = sinceLookText(fmt.age(since.since, now));
  const movers = since.movers.map((m) => ({ symbol: m.symbol, change: moverChange(m, fmt) }));
  return (
    <div className="since-look" data-testid="since-look">
      <p className="since-look-change">
        <Change pct={since.pct} usd={since.usd} fmt={fmt} period={label} spokenPeriod={t('look.spokenChange', { since: label })} testId="since-look-change" />
      </p>
      {movers.length > 0 && (
        <p className="since-look-movers muted" data-testid="since-look-movers">
          {moversText(movers)}
        </p>
      )}
    </div>
  );
}

/** "+$1.2K", or the coin's own percent when amounts are masked (or it was not held then: "new"). */
function moverChange(delta: CoinDelta, fmt: Formatters): string {
  const money = signedMoney(delta.usd, fmt, MOVER_MAX_CHARS);
  if (money) return money.text;
  return delta.pct === null ? t('look.new') : fmt.percent(delta.pct);
}

/** A coin row's tooltip and accessible description: its own change since the last look. */
export function coinSinceLook(delta: CoinDelta | undefined, fmt: Formatters): string | undefined {
  if (!delta) return undefined;
  const money = signedMoney(delta.usd, fmt);
  const pct = delta.pct === null ? null : fmt.percent(delta.pct);
  const change = money ? (pct ? t('look.moneyAndPercent', { money: money.full, percent: pct }) : money.full) : (pct ?? t('look.new'));
  return coinSinceLookText(change);
}
