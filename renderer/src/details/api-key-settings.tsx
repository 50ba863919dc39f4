// The CoinStats key, write-only: the stored key never comes back from main;
// the form only ever shows its masked hint.
import { useEffect, useRef, useState } from 'react';
import { announce, run, useAppStore, useBusy, useError } from '../shared/app-store';
import { ApiKeyForm } from '../shared/api-key-form';
import { ErrorText } from '../shared/error-text';
import { DemoKeysNote, useDemo } from '../shared/demo-badge';
import { SecretsBlocked } from '../shared/secrets-blocked';

export function ApiKeySettings() {
  const apiKey = useAppStore((s) => s.snapshot?.apiKey);
  const [replacing, setReplacing] = useState(false);
  const demo = useDemo();
  const [confirmForget, setConfirmForget] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  // After Cancel, focus goes back to the button that opened the form or question.
  const returnTo = useRef<'replace' | 'remove' | null>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (replacing || confirmRemove || returnTo.current === null) return;
    (returnTo.current === 'replace' ? replaceRef : removeRef).current?.focus();
    returnTo.current = null;
  }, [replacing, confirmRemove]);
  const removing = useBusy('clearApiKey');
  const removeError = useError('clearApiKey');
  const forgetting = useBusy('forgetAllSecrets');
  const forgetError = useError('forgetAllSecrets');
  if (!apiKey) return null;

  const removeKey = async (): Promise<void> => {
    const result = await run('clearApiKey', 'clearApiKey');
    setConfirmRemove(false);
    if (result.ok) announce('CoinStats key removed.');
  };

  const forgetAll = async (): Promise<void> => {
    const result = await run('forgetAllSecrets', 'forgetAllSecrets');
    setConfirmForget(false);
    if (result.ok) announce('All keys were erased from this computer.');
  };

  return (
    <section className="settings-section" aria-labelledby="settings-key">
      <h2 id="settings-key" className="section-title">
        CoinStats API key
      </h2>
      <SecretsBlocked />
      <DemoKeysNote />
      {apiKey.set ? (
        <p data-testid="api-key-hint">
          Saved key: <span className="mono">{apiKey.hint ?? '••••'}</span>
        </p>
      ) : (
        <p className="muted">No key saved.</p>
      )}
      {!apiKey.set || replacing ? (
        <ApiKeyForm
          submitLabel={apiKey.set ? 'Replace key' : 'Set key'}
          onSaved={() => setReplacing(false)}
          onCancel={
            apiKey.set
              ? () => {
                  returnTo.current = 'replace';
                  setReplacing(false);
                }
              : undefined
          }
        />
      ) : confirmRemove ? (
        <div className="confirm" role="group" aria-label="Remove the CoinStats key?">
          <span>Remove the CoinStats key from this computer? Tallybar cannot refresh until you add one again.</span>
          <button type="button" className="danger" onClick={() => void removeKey()} disabled={removing} aria-busy={removing}>
            Remove key
          </button>
          <button
            type="button"
            onClick={() => {
              returnTo.current = 'remove';
              setConfirmRemove(false);
            }}
            autoFocus
          >
            Cancel
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" ref={replaceRef} onClick={() => setReplacing(true)} disabled={demo}>
            Replace…
          </button>
          <button type="button" className="danger" ref={removeRef} onClick={() => setConfirmRemove(true)} disabled={demo}>
            Remove key…
          </button>
        </div>
      )}
      <ErrorText error={removeError} />
      <div className="danger-zone">
        {confirmForget ? (
          <div className="confirm" role="group" aria-label="Forget all keys?">
            <span>Erase the CoinStats key and every exchange key from this computer?</span>
            <button type="button" className="danger" onClick={() => void forgetAll()} disabled={forgetting}>
              Forget all keys
            </button>
            <button type="button" onClick={() => setConfirmForget(false)} autoFocus>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmForget(true)}>
            Forget all keys…
          </button>
        )}
        <ErrorText error={forgetError} />
      </div>
    </section>
  );
}
