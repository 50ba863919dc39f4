// A stacked bar of allocation slices, each as wide as its share. In the
// popover it is the whole picture, named by its shares; in the details
// window a table beside it carries the figures, so there it is decoration.
import type { Formatters } from './formatters';
import { t } from '../../../common/i18n';
import { sharesText, sliceText, type AllocationSlice } from './allocation';

interface BarProps {
  slices: readonly AllocationSlice[];
  /** "By coin": what the bar divides by. */
  label: string;
  fmt: Formatters;
  /** True where a table next to it says the same: the bar is then hidden from screen readers. */
  decorative?: boolean;
  className?: string;
}

export function AllocationBar({ slices, label, fmt, decorative = false, className = '' }: BarProps) {
  const named = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': t('shared.barLabel', { label, shares: sharesText(slices, fmt.share) }) };
  return (
    <div className={`allocation-bar ${className}`} {...named} data-testid="allocation-bar">
      {slices.map((slice) => (
        <span key={slice.key} className={`allocation-slice ${slice.colour}`} style={{ flexGrow: slice.share }} title={sliceText(slice, fmt.share)} />
      ))}
    </div>
  );
}
