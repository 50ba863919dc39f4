// A numeric setting the user edits as text and commits on Enter or blur,
// with its range (common/settings, the limits main enforces) checked here
// first so a typo gets a specific message, not a rejected IPC call. The
// draft follows the stored value whenever main pushes a new one.
import { useId, useState } from 'react';
import { t } from '../../../common/i18n';
import { SETTING_RANGES } from '../../../common/settings';

export type NumericSetting = keyof typeof SETTING_RANGES;

/** How each numeric setting is typed: whole numbers in steps of 1 unless said here. */
const INPUT_STEPS: Record<NumericSetting, { step?: number; integer?: boolean }> = {
  freshnessMinutes: {},
  backgroundMinutes: {},
  monthlyCreditBudget: { step: 1000 },
  dustThresholdUsd: { step: 0.5, integer: false },
  keyRotationDays: {},
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
  /**
   * Units shown per stored unit, for a setting stored in one unit and typed in
   * another (the USD dust threshold typed in the primary currency). The range
   * and the draft are in shown units; `onCommit` receives stored units.
   */
  scale?: number;
}

/** A stored value in shown units; a converted one is rounded to cents so a rate does not print 0.6666666. */
function toShown(value: number, scale: number): number {
  return scale === 1 ? value : Math.round(value * scale * 100) / 100;
}

export function NumberSetting({ setting, label, value, unit, onCommit, onDraft, describedBy, scale = 1 }: NumberSettingProps) {
  const range = SETTING_RANGES[setting];
  const min = toShown(range.min, scale);
  const max = toShown(range.max, scale);
  const { step = 1, integer = true } = INPUT_STEPS[setting];
  const id = useId();
  const current = toShown(value, scale);
  const [draft, setDraft] = useState(String(current));
  // Whether the draft was refused; worded when shown, so a language switch rewords it.
  const [refused, setRefused] = useState(false);
  // A new stored value (pushed by main) or rate replaces the draft: adjust during render, not in an effect.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setDraft(String(current));
  }
  const parse = (text: string): number | null => {
    const n = Number(text.trim());
    const valid = text.trim() !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max;
    return valid ? n : null;
  };
  // Back to stored units, kept inside the stored range against rounding at the ends.
  const toStored = (n: number): number => (scale === 1 ? n : Math.min(range.max, Math.max(range.min, n / scale)));

  const commit = (): void => {
    const n = parse(draft);
    if (n === null) {
      setRefused(true);
      return;
    }
    setRefused(false);
    if (n !== current) onCommit(toStored(n));
  };

  // The bounds as the input itself takes them (a dot for decimals), so the message shows what to type.
  const error = refused ? t('settings.numberRange', { label, kind: integer ? 'whole' : 'any', min: String(min), max: String(max) }) : null;

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
          const n = parse(event.target.value);
          onDraft?.(n === null ? null : toStored(n));
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
