// The CoinStats key, write-only: the stored key never comes back from main;
// the form only ever shows its masked hint.
import { useState } from 'react';
import { t } from '../../../common/i18n';
import { announce, run, useAppStore, useBusy, useError } from '../shared/app-store';
import { ApiKeyForm } from '../shared/api-key-form';
import { ConfirmStep } from '../shared/confirm-step';
import { ErrorPlaceProvider, ErrorText } from '../shared/error-text';
import { DemoKeysNote, useDemo } from '../shared/demo-badge';
import { SecretsBlocked } from '../shared/secrets-blocked';
import { useStep } from '../shared/use-step';
import { sentenceWith } from './sentence-with';

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
        {t('settings.apiKey')}
      </h2>
      <SecretsBlocked />
      <DemoKeysNote />
      {apiKey.set ? (
        <p data-testid="api-key-hint">
          {sentenceWith('settings.savedKey', 'hint', <span className="mono">{apiKey.hint ?? '••••'}</span>)}
        </p>
      ) : (
        <p className="muted">{t('settings.noKey')}</p>
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
    if (result.ok) announce(t('settings.keyRemoved'));
  };

  return (
    <>
      {!saved || step === 'replace' ? (
        <ApiKeyForm
          submitLabel={saved ? t('settings.replaceKey') : t('settings.setKey')}
          onSaved={closeInPlace}
          onCancel={saved ? close : undefined}
        />
      ) : step === 'confirm-remove' ? (
        <ConfirmStep
          label={t('settings.removeKeyLabel')}
          question={t('settings.removeKeyQuestion')}
          action={t('settings.removeKey')}
          busy={removing}
          onConfirm={() => void removeKey()}
          onCancel={close}
        />
      ) : (
        <div className="form-actions">
          <button type="button" ref={opener('replace')} onClick={() => open('replace')} disabled={demo}>
            {t('settings.replace')}
          </button>
          <button type="button" className="danger" ref={opener('confirm-remove')} onClick={() => open('confirm-remove')} disabled={demo}>
            {t('settings.removeKeyOpen')}
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
    if (result.ok) announce(t('settings.allForgotten'));
  };

  return (
    <div className="danger-zone">
      {confirming ? (
        <ConfirmStep
          label={t('settings.forgetAllLabel')}
          question={t('settings.forgetAllQuestion')}
          action={t('settings.forgetAll')}
          busy={forgetting}
          marksBusy={false}
          onConfirm={() => void forgetAll()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('settings.forgetAllOpen')}
        </button>
      )}
      <ErrorText error={forgetError} />
    </div>
  );
}
