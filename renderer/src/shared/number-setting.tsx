// A number the user edits as text and commits on Enter or blur, with its
// range checked here first so a typo gets a specific message, not a rejected
// IPC call. The draft follows the stored value whenever main pushes a new one.
import { useEffect, useId, useState } from 'react';

export function NumberSetting({
  label,
  value,
  min,
  max,
  step = 1,
  integer = true,
  unit,
  onCommit,
  describedBy,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  unit?: string;
  onCommit: (value: number) => void;
  describedBy?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(String(value)), [value]);

  const commit = (): void => {
    const n = Number(draft.trim());
    if (draft.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
      setError(`${label}: enter ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.`);
      return;
    }
    setError(null);
    if (n !== value) onCommit(n);
  };

  return (
    <div className="field inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : '', describedBy ?? ''].join(' ').trim() || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {unit && <span className="muted unit">{unit}</span>}
      {error && (
        <p className="error-text" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
