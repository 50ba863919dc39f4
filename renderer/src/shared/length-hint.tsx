// The live "12 of 64 characters" beside a text field with a limit, so the
// limit main enforces (common/settings) is seen while typing, not learnt
// from a refusal. The input's maxLength, set from the same constant, stops
// typing and pasting past it.
import { t } from '../../../common/i18n';

export function LengthHint({ id, length, max }: { id: string; length: number; max: number }) {
  const full = length >= max;
  return (
    <span id={id} className="muted small length-hint" data-testid="length-hint">
      {t('shared.lengthHint', { length, max, full: full ? 'yes' : 'no' })}
    </span>
  );
}
