// Creates or edits one alert rule. Enter saves, Escape cancels; a threshold
// the rules refuse is said before anything is sent, in the words main uses.
import { useId, useState, type FormEvent } from 'react';
import { ALERT_KINDS, MOVE_WINDOWS, thresholdOk, type AlertKind, type AlertRule, type MoveWindow } from '../../../common/alerts';
import { ALERT_KIND_LABELS, THRESHOLD_LABELS, alertProblemText } from '../../../common/alert-words';
import { t } from '../../../common/i18n';
import { useBusy, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { FormActions } from '../shared/form-actions';

const isTotal = (kind: AlertKind): boolean => kind === 'total_above' || kind === 'total_below';

interface Props {
  /** The rule edited, or a new one's starting values. */
  initial: AlertRule;
  /** Currencies an amount may be in: the primary one and BTC. */
  currencies: string[];
  /** Privacy mode: an amount typed here is masked as it is typed. */
  privacy: boolean;
  submitLabel: string;
  onSave: (rule: AlertRule) => Promise<boolean>;
  onCancel: () => void;
}

export function AlertRuleForm({ initial, currencies, privacy, submitLabel, onSave, onCancel }: Props) {
  const id = useId();
  const [kind, setKind] = useState<AlertKind>(initial.kind);
  const [threshold, setThreshold] = useState(initial.threshold ? String(initial.threshold) : '');
  const [currency, setCurrency] = useState(initial.currency);
  const [window, setWindow] = useState<MoveWindow>(initial.window);
  const [invalid, setInvalid] = useState<string | null>(null);
  const busy = useBusy('alerts');
  const error = useError('alerts');

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const value = Number(threshold.trim().replace(',', '.'));
    if (threshold.trim() === '' || !thresholdOk(kind, value)) return setInvalid(alertProblemText({ field: 'threshold', kind }));
    if (await onSave({ ...initial, kind, threshold: value, currency, window })) onCancel();
  };

  return (
    <form
      className="alert-form card"
      aria-label={submitLabel}
      aria-busy={busy}
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="field inline">
        <label htmlFor={`${id}-kind`}>{t('alerts.form.when')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as AlertKind)}>
          {ALERT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(ALERT_KIND_LABELS[k])}
            </option>
          ))}
        </select>
      </div>
      <div className="field inline">
        <label htmlFor={`${id}-threshold`}>{t(THRESHOLD_LABELS[kind])}</label>
        <input
          id={`${id}-threshold`}
          type={privacy && isTotal(kind) ? 'password' : 'text'}
          inputMode="decimal"
          autoComplete="off"
          autoFocus
          value={threshold}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          onChange={(e) => {
            setThreshold(e.target.value);
            setInvalid(null);
          }}
        />
        <ThresholdUnit kind={kind} id={id} currencies={currencies} currency={currency} setCurrency={setCurrency} window={window} setWindow={setWindow} />
      </div>
      <ErrorText id={`${id}-invalid`} error={invalid ? { message: invalid } : error} />
      <FormActions busy={busy} submitLabel={submitLabel} busyLabel={t('alerts.form.saving')} back={{ label: t('alerts.form.cancel'), onClick: onCancel }} />
    </form>
  );
}

interface UnitProps {
  kind: AlertKind;
  id: string;
  currencies: string[];
  currency: string;
  setCurrency: (code: string) => void;
  window: MoveWindow;
  setWindow: (w: MoveWindow) => void;
}

/** What the threshold is measured in: a currency for the totals, a span for moves. */
function ThresholdUnit({ kind, id, currencies, currency, setCurrency, window, setWindow }: UnitProps) {
  if (isTotal(kind)) {
    return (
      <>
        <label htmlFor={`${id}-currency`} className="visually-hidden">
          {t('alerts.form.currency')}
        </label>
        <select id={`${id}-currency`} value={currency} onChange={(e) => setCurrency(e.target.value)}>
          {[...new Set([...currencies, currency])].map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </>
    );
  }
  if (kind !== 'move') return null;
  return (
    <>
      <label htmlFor={`${id}-window`}>{t('alerts.form.within')}</label>
      <select id={`${id}-window`} value={window} onChange={(e) => setWindow(e.target.value as MoveWindow)}>
        {MOVE_WINDOWS.map((w) => (
          <option key={w} value={w}>
            {t('alerts.form.window', { window: w === '1h' ? 'hour' : 'day' })}
          </option>
        ))}
      </select>
    </>
  );
}
