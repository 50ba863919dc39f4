// Connect an exchange: pick it, then fill the credential form generated from
// its `connectionFields`. Shared by onboarding (popover) and the Exchanges tab.
import { useId, useState, type FormEvent } from 'react';
import type { ConnectionView, SupportedExchange } from '../../../common/types';
import { announce, run, useAppStore } from './app-store';
import { CoinIcon } from './coin-icon';
import { DemoKeysNote, useDemo } from './demo-badge';
import { CredentialFields, readOnlyGuidance, collectFields } from './credential-fields';
import { ErrorText } from './error-text';
import { ExchangePicker } from './exchange-picker';
import { FormActions } from './form-actions';
import { useInitialFocus } from './use-initial-focus';
import { Spinner } from './spinner';
import { useSupportedExchanges } from './use-supported-exchanges';
import { CONNECTION_NAME_MAX_LENGTH } from '../../../common/settings';
import { LengthHint } from './length-hint';
import { t } from '../../../common/i18n';

export function AddExchangeForm({ onDone, onCancel }: { onDone?: (c: ConnectionView) => void; onCancel?: () => void }) {
  const { exchanges, error, retry } = useSupportedExchanges();
  const [chosen, setChosen] = useState<SupportedExchange | null>(null);
  const blocked = useAppStore((s) => (s.snapshot?.secretsAvailable.ok === false ? s.snapshot.secretsAvailable.reason : null));
  const demo = useDemo();

  if (blocked) return <p className="banner banner-error">{blocked}</p>;
  if (demo) {
    return (
      <div>
        <DemoKeysNote />
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        )}
      </div>
    );
  }
  if (error) {
    return (
      <div>
        <ErrorText error={error} />
        <button type="button" onClick={retry}>
          {t('shared.tryAgain')}
        </button>
      </div>
    );
  }
  if (!exchanges) {
    return (
      <p className="muted" aria-busy="true">
        <Spinner /> {t('shared.loadingExchanges')}
      </p>
    );
  }
  if (!chosen) {
    return (
      <div className="add-exchange">
        <ExchangePicker exchanges={exchanges} onPick={setChosen} />
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        )}
      </div>
    );
  }
  return <CredentialForm exchange={chosen} onBack={() => setChosen(null)} onDone={onDone} />;
}

function CredentialForm({
  exchange,
  onBack,
  onDone,
}: {
  exchange: SupportedExchange;
  onBack: () => void;
  onDone?: (c: ConnectionView) => void;
}) {
  const formId = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<{ message: string; key: string } | null>(null);
  const busy = useAppStore((s) => 'addConnection' in s.busy);
  const failure = useAppStore((s) => s.errors.addConnection);
  // The first key field on arrival; a rejected key's field once the check ends.
  const formRef = useInitialFocus<HTMLFormElement>(busy);
  const invalid = missing ? [missing.key] : failure?.code === 'exchange_rejected' ? exchange.connectionFields.map((f) => f.key) : [];

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const collected = collectFields(exchange.connectionFields, values);
    if (!collected.ok) {
      setMissing({ message: t('shared.enterField', { field: collected.missing }), key: collected.missingKey });
      return;
    }
    setMissing(null);
    const trimmed = name.trim();
    const result = await run('addConnection', 'addConnection', {
      exchangeId: exchange.connectionId,
      fields: collected.fields,
      ...(trimmed ? { name: trimmed } : {}),
    });
    if (result.ok) {
      setValues({}); // drop the secrets from memory as soon as main has them
      announce(t('shared.exchangeConnected', { name: result.value.name }));
      onDone?.(result.value);
    }
  };

  return (
    <form ref={formRef} noValidate className="credential-form" aria-label={t('shared.connectExchange', { exchange: exchange.name })} aria-busy={busy} onSubmit={(e) => void onSubmit(e)}>
      <h3 className="form-title">
        <CoinIcon src={exchange.icon} label={exchange.name} /> {t('shared.connectExchange', { exchange: exchange.name })}
      </h3>
      <p className="guidance">{readOnlyGuidance()}</p>
      <CredentialFields
        fields={exchange.connectionFields}
        values={values}
        idPrefix={formId}
        disabled={busy}
        invalid={invalid}
        errorId={`${formId}-error`}
        onChange={(key, value) => {
          setValues((v) => ({ ...v, [key]: value }));
          if (missing?.key === key) setMissing(null); // filled now: no longer the invalid one
        }}
      />
      <div className="field">
        <label htmlFor={`${formId}-name`}>{t('shared.nameOptional')}</label>
        <input
          id={`${formId}-name`}
          type="text"
          maxLength={CONNECTION_NAME_MAX_LENGTH}
          aria-describedby={`${formId}-name-length`}
          autoComplete="off"
          placeholder={exchange.name}
          disabled={busy}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <LengthHint id={`${formId}-name-length`} length={name.length} max={CONNECTION_NAME_MAX_LENGTH} />
      </div>
      <ErrorText error={missing ?? failure} id={`${formId}-error`} />
      <FormActions busy={busy} submitLabel={t('shared.connectExchange', { exchange: exchange.name })}
        busyLabel={t('shared.connecting')}
        back={{ label: t('shared.back'), onClick: onBack }} />
    </form>
  );
}
