// A settings checkbox with its label and an optional hint that describes it.
// It shows the user's choice at once, before main has answered: the box
// follows the click, and main's next snapshot (or a refusal, which the
// section shows as an error) puts it where the setting really is.
import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../shared/app-store';

/** What a toggle's change returns: nothing, or the command's outcome (only `ok` is read). */
type ChangeOutcome = void | Promise<{ ok: boolean } | void>;

export function Toggle({
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  hint?: string | undefined;
  checked: boolean;
  disabled?: boolean;
  onChange: (v: boolean) => ChangeOutcome;
}) {
  const id = useId();
  const [chosen, setChosen] = useState<boolean | null>(null);
  const answered = useRef(false);
  const snapshot = useAppStore((s) => s.snapshot);
  // Main's word after the answer: the setting as it now is.
  useEffect(() => {
    if (answered.current) setChosen(null);
  }, [snapshot]);

  const change = (value: boolean): void => {
    answered.current = false;
    setChosen(value);
    void Promise.resolve(onChange(value)).then((outcome) => {
      answered.current = true;
      // Refused: back to the setting as main has it (the section says why).
      if (outcome && !outcome.ok) setChosen(null);
    });
  };

  return (
    <div className="field toggle">
      <input id={id} type="checkbox" checked={chosen ?? checked} disabled={disabled} onChange={(e) => change(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
    </div>
  );
}
