// The CoinStats key, write-only: the stored key never comes back from main;
// the form only ever shows its masked hint.
import { useState } from 'react';
import { announce, run, useAppStore, useBusy, useError } from '../shared/app-store';
import { ApiKeyForm } from '../shared/api-key-form';
import { ErrorText } from '../shared/error-text';
import { SecretsBlocked } from '../shared/secrets-blocked';

export function ApiKeySettings() {
  const apiKey = useAppStore((s) => s.snapshot?.apiKey);
  const [replacing, setReplacing] = useState(false);
  const [confirmForget, setConfirmForget] = useState(false);
  const removing = useBusy('clearApiKey');
  const removeError = useError('clearApiKey');
  const forgetting = useBusy('forgetAllSecrets');
  const forgetError = useError('forgetAllSecrets');
  if (!apiKey) return null;

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
      {apiKey.set ? (
        <p data-testid="api-key-hint">
          Saved key: <span className="mono">{apiKey.hint ?? '••••'}</span>
        </p>
      ) : (
        <p className="muted">No key saved.</p>
      )}
      {!apiKey.set || replacing ? (
        <ApiKeyForm submitLabel={apiKey.set ? 'Replace key' : 'Set key'} onSaved={() => setReplacing(false)} />
      ) : (
        <div className="form-actions">
          <button type="button" onClick={() => setReplacing(true)}>
            Replace…
          </button>
          <button
            type="button"
            className="danger"
            disabled={removing}
            onClick={() => void run('clearApiKey', 'clearApiKey').then((r) => r.ok && announce('CoinStats key removed.'))}
          >
            Remove key
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
