// First run in the popover: 1) the CoinStats key, 2) a first exchange; or
// "Try the demo" to see the app work against the built-in local double.
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
        Welcome to Tallybar
      </h1>
      <p className="muted">Your exchange balances, one glance away. Keys stay encrypted on this computer.</p>
      <ol className="steps" aria-label="Setup steps">
        <li aria-current={step === 1 ? 'step' : undefined} className={step > 1 ? 'done' : undefined}>
          CoinStats key{step > 1 && <span className="visually-hidden"> (done)</span>}
        </li>
        <li aria-current={step === 2 ? 'step' : undefined}>First exchange</li>
      </ol>
      <SecretsBlocked />
      {step === 1 ? (
        <div className="step">
          <h2 className="section-title">Step 1: paste your CoinStats API key</h2>
          <p>
            Tallybar reads balances through the CoinStats API. Create a free key at{' '}
            <a
              href={KEYS_URL}
              onClick={(event) => {
                event.preventDefault();
                void run('openExternal', 'openExternal', { url: KEYS_URL });
              }}
            >
              openapi.coinstats.app
            </a>
            .
          </p>
          <ApiKeyForm submitLabel="Save key" />
        </div>
      ) : (
        <div className="step">
          <h2 className="section-title">Step 2: connect your first exchange</h2>
          <AddExchangeForm />
        </div>
      )}
      <div className="demo-offer">
        <button type="button" onClick={() => void run('startDemo', 'startDemo')} disabled={demoBusy} aria-busy={demoBusy}>
          {demoBusy && <Spinner />} Try the demo
        </button>
        <span className="muted">Made-up balances from a built-in test server; no keys needed.</span>
        <ErrorText error={demoError} />
      </div>
    </section>
  );
}
