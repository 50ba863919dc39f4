// A numeric setting the user edits as text and commits on Enter or blur,
// with its range (common/settings, the limits main enforces) checked here
// first so a typo gets a specific message, not a rejected IPC call. The
// draft follows the stored value whenever main pushes a new one.
import { useId, useState } from 'react';
import { SETTING_RANGES } from '../../../common/settings';

export type NumericSetting = keyof typeof SETTING_RANGES;

/** How each numeric setting is typed: whole numbers in steps of 1 unless said here. */
const INPUT_STEPS: Record<NumericSetting, { step?: number; integer?: boolean }> = {
  freshnessMinutes: {},
  backgroundMinutes: {},
  monthlyCreditBudget: { step: 1000 },
  dustThresholdUsd: { step: 0.5, integer: false },
};

export interface NumberSettingProps {
  setting: NumericSetting;
  label: string;
  value: number;
  unit?: string;
  onCommit: (value: number) => void;
  /** Each keystroke's value while it is valid (null when not), for live previews. */
  onDraft?: (value: number | null) => void;
  describedBy?: string;
}

export function NumberSetting({ setting, label, value, unit, onCommit, onDraft, describedBy }: NumberSettingProps) {
  const { min, max } = SETTING_RANGES[setting];
  const { step = 1, integer = true } = INPUT_STEPS[setting];
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // A new stored value (pushed by main) replaces the draft: adjust during render, not in an effect.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const parse = (text: string): number | null => {
    const n = Number(text.trim());
    const valid = text.trim() !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
    return valid ? n : null;
  };

  const commit = (): void => {
    const n = parse(draft);
    if (n === null) {
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
        onChange={(event) => {
          setDraft(event.target.value);
          onDraft?.(parse(event.target.value));
        }}
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
