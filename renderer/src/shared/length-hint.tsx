// The live "12 of 64 characters" beside a text field with a limit, so the
// limit main enforces (common/settings) is seen while typing, not learnt
// from a refusal. The input's maxLength, set from the same constant, stops
// typing and pasting past it.
export function LengthHint({ id, length, max }: { id: string; length: number; max: number }) {
  const full = length >= max;
  return (
    <span id={id} className="muted small length-hint" data-testid="length-hint">
      {length} of {max} characters{full ? ' (the limit)' : ''}
    </span>
  );
}
