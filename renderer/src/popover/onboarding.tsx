// First run in the popover: 1) the CoinStats key, 2) a first exchange; or
// "Try the demo" to see the app work against the built-in local double.
import type { ReactNode } from 'react';
import { t } from '../../../common/i18n';
import { run, useAppStore, useBusy, useError } from '../shared/app-store';
import { AddExchangeForm } from '../shared/add-exchange-form';
import { ApiKeyForm } from '../shared/api-key-form';
import { ErrorPlaceProvider, ErrorText } from '../shared/error-text';
import { SecretsBlocked } from '../shared/secrets-blocked';
import { Spinner } from '../shared/spinner';

export const KEYS_URL = 'https://openapi.coinstats.app';

/** Error advice inside names what onboarding offers (paste the key here, try the demo). */
export function Onboarding() {
  return (
    <ErrorPlaceProvider value="onboarding">
      <OnboardingSteps />
    </ErrorPlaceProvider>
  );
}

function OnboardingSteps() {
  const keySet = useAppStore((s) => s.snapshot?.apiKey.set ?? false);
  const step = keySet ? 2 : 1;
  const demoBusy = useBusy('startDemo');
  const demoError = useError('startDemo');

  return (
    <section className="onboarding" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title" className="app-title">
        {t('popover.onboarding.title')}
      </h1>
      <p className="muted">{t('popover.onboarding.intro')}</p>
      <ol className="steps" aria-label={t('popover.onboarding.steps')}>
        <li aria-current={step === 1 ? 'step' : undefined} className={step > 1 ? 'done' : undefined}>
          {t('popover.onboarding.stepKey')}
          {step > 1 && <span className="visually-hidden">{t('popover.onboarding.done')}</span>}
        </li>
        <li aria-current={step === 2 ? 'step' : undefined}>{t('popover.onboarding.stepExchange')}</li>
      </ol>
      <SecretsBlocked />
      {step === 1 ? (
        <div className="step">
          <h2 className="section-title">{t('popover.onboarding.keyTitle')}</h2>
          <p>
            {withLink(
              'popover.onboarding.keyIntro',
              <a
              href={KEYS_URL}
              onClick={(event) => {
                event.preventDefault();
                void run('openExternal', 'openExternal', { url: KEYS_URL });
              }}
            >
                openapi.coinstats.app
              </a>,
            )}
          </p>
          <ApiKeyForm submitLabel={t('popover.onboarding.saveKey')} />
        </div>
      ) : (
        <div className="step">
          <h2 className="section-title">{t('popover.onboarding.exchangeTitle')}</h2>
          <AddExchangeForm />
        </div>
      )}
      <div className="demo-offer">
        <button type="button" onClick={() => void run('startDemo', 'startDemo')} disabled={demoBusy} aria-busy={demoBusy}>
          {demoBusy && <Spinner />} {t('popover.onboarding.demo')}
        </button>
        <span className="muted">{t('popover.onboarding.demoNote')}</span>
        <ErrorText error={demoError} />
      </div>
    </section>
  );
}

/** A message with `{link}` in it, the link element in that place: the sentence stays whole for translators. */
function withLink(id: 'popover.onboarding.keyIntro', link: ReactNode): ReactNode {
  const mark = '\u0000';
  const [before = '', after = ''] = t(id, { link: mark }).split(mark);
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}
