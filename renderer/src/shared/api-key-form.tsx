// Write-only CoinStats key entry: the field starts empty, is cleared as soon
// as main has the key, and the stored key is never shown (only its hint).
// Used by onboarding and by Settings.
import { useId, useState, type FormEvent } from 'react';
import { API_KEY_LENGTH } from '../../../common/settings';
import { announce, run, useAppStore } from './app-store';
import { ErrorText } from './error-text';
import { FormActions } from './form-actions';
import { useInitialFocus } from './use-initial-focus';
import { t } from '../../../common/i18n';

// The contract's limits, said before asking main.
const { min: MIN_KEY_LENGTH, max: MAX_KEY_LENGTH } = API_KEY_LENGTH;

export function ApiKeyForm({ submitLabel, onSaved, onCancel }: { submitLabel: string; onSaved?: () => void; onCancel?: () => void }) {
  const id = useId();
  const [key, setKey] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const busy = useAppStore((s) => 'setApiKey' in s.busy);
  const failure = useAppStore((s) => s.errors.setApiKey);
  // No real key while secrets cannot be encrypted, nor in demo mode (its key is the double's).
  const blocked = useAppStore((s) => s.snapshot?.secretsAvailable.ok === false || s.snapshot?.demo === true);
  const error = invalid ? { message: invalid } : failure;
  // The key field on arrival, and back on it (rejected) once the check ends.
  const formRef = useInitialFocus<HTMLFormElement>(busy);

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = key.trim();
    if (trimmed.length < MIN_KEY_LENGTH) {
      setInvalid(trimmed ? t('shared.keyTooShort', { count: MIN_KEY_LENGTH - 1 }) : t('shared.pasteKeyFirst'));
      return;
    }
    setInvalid(null);
    const result = await run('setApiKey', 'setApiKey', { key: trimmed });
    if (result.ok) {
      setKey('');
      announce(t('shared.keySaved', { hint: result.value.hint }));
      onSaved?.();
    }
  };

  return (
    <form ref={formRef} className="api-key-form" onSubmit={(e) => void onSubmit(e)} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-key`}>{t('shared.apiKeyLabel')}</label>
        <input
          id={`${id}-key`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          disabled={busy || blocked}
          maxLength={MAX_KEY_LENGTH}
          value={key}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setKey(event.target.value);
            setInvalid(null);
          }}
        />
      </div>
      <ErrorText error={error} id={`${id}-error`} />
      <FormActions
        busy={busy}
        submitLabel={submitLabel}
        busyLabel={t('shared.checkingKey')}
        submitDisabled={blocked}
        back={onCancel && { label: t('shared.cancel'), onClick: onCancel }}
      />
    </form>
  );
}
