// A figure in the popover's narrow boxes: compact when the full one would not
// fit ("$100,000T" for an account worth 1e17), the full one in its tooltip and in
// what a screen reader says, so shortening never hides the real number.
import type { FittedText } from '../../../common/format';

export function Figure({ fit, className, testId }: { fit: FittedText; className: string; testId?: string }) {
  if (fit.text === fit.full) {
    return (
      <span className={className} data-testid={testId}>
        {fit.text}
      </span>
    );
  }
  return (
    <span className={className} data-testid={testId} title={fit.full}>
      <span aria-hidden="true">{fit.text}</span>
      <span className="visually-hidden">{fit.full}</span>
    </span>
  );
}
