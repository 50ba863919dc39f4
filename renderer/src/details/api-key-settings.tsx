// The CoinStats key, write-only: the stored key never comes back from main;
// the form only ever shows its masked hint.
import { useState } from 'react';
import { announce, run, useAppStore, useBusy, useError } from '../shared/app-store';
import { ApiKeyForm } from '../shared/api-key-form';
import { ConfirmStep } from '../shared/confirm-step';
import { ErrorPlaceProvider, ErrorText } from '../shared/error-text';
import { DemoKeysNote, useDemo } from '../shared/demo-badge';
import { SecretsBlocked } from '../shared/secrets-blocked';
import { useStep } from '../shared/use-step';

/** Error advice inside names what this section offers (paste the key here) instead of sending the user to Settings. */
export function ApiKeySettings() {
  return (
    <ErrorPlaceProvider value="settings">
      <ApiKeySection />
    </ErrorPlaceProvider>
  );
}

function ApiKeySection() {
  const apiKey = useAppStore((s) => s.snapshot?.apiKey);
  if (!apiKey) return null;
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
      <SavedKeyActions saved={apiKey.set} />
      <ForgetAllKeys />
    </section>
  );
}

/** Set a first key, or replace or remove the saved one. Focus returns to Replace… or Remove key… after Cancel only. */
function SavedKeyActions({ saved }: { saved: boolean }) {
  const { step, open, close, closeInPlace, opener } = useStep<'replace' | 'confirm-remove'>();
  const demo = useDemo();
  const removing = useBusy('clearApiKey');
  const removeError = useError('clearApiKey');

  const removeKey = async (): Promise<void> => {
    const result = await run('clearApiKey', 'clearApiKey');
    closeInPlace();
    if (result.ok) announce('CoinStats key removed.');
  };

  return (
    <>
      {!saved || step === 'replace' ? (
        <ApiKeyForm
          submitLabel={saved ? 'Replace key' : 'Set key'}
          onSaved={closeInPlace}
          onCancel={saved ? close : undefined}
        />
      ) : step === 'confirm-remove' ? (
        <ConfirmStep
          label="Remove the CoinStats key?"
          question="Remove the CoinStats key from this computer? Tallybar cannot refresh until you add one again."
          action="Remove key"
          busy={removing}
          onConfirm={() => void removeKey()}
          onCancel={close}
        />
      ) : (
        <div className="form-actions">
          <button type="button" ref={opener('replace')} onClick={() => open('replace')} disabled={demo}>
            Replace…
          </button>
          <button type="button" className="danger" ref={opener('confirm-remove')} onClick={() => open('confirm-remove')} disabled={demo}>
            Remove key…
          </button>
        </div>
      )}
      <ErrorText error={removeError} />
    </>
  );
}

function ForgetAllKeys() {
  const [confirming, setConfirming] = useState(false);
  const forgetting = useBusy('forgetAllSecrets');
  const forgetError = useError('forgetAllSecrets');

  const forgetAll = async (): Promise<void> => {
    const result = await run('forgetAllSecrets', 'forgetAllSecrets');
    setConfirming(false);
    if (result.ok) announce('All keys were erased from this computer.');
  };

  return (
    <div className="danger-zone">
      {confirming ? (
        <ConfirmStep
          label="Forget all keys?"
          question="Erase the CoinStats key and every exchange key from this computer?"
          action="Forget all keys"
          busy={forgetting}
          marksBusy={false}
          onConfirm={() => void forgetAll()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Forget all keys…
        </button>
      )}
      <ErrorText error={forgetError} />
    </div>
  );
}
