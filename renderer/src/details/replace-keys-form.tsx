// New keys for an existing connection. The form shows the current keys'
// masked hints as placeholders, never their values (main never sends them).
import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../common/i18n';
import type { ConnectionView } from '../../../common/types';
import { announce, run, useBusy, useError } from '../shared/app-store';
import { CredentialFields, readOnlyGuidance, collectFields } from '../shared/credential-fields';
import { ErrorText } from '../shared/error-text';
import { FormActions } from '../shared/form-actions';
import { Spinner } from '../shared/spinner';
import { useSupportedExchanges } from '../shared/use-supported-exchanges';

export function ReplaceKeysForm({ connection, onDone }: { connection: ConnectionView; onDone: () => void }) {
  const formId = useId();
  const { exchanges, error: listError } = useSupportedExchanges();
  const [values, setValues] = useState<Record<string, string>>({});
  /** The name of the field left empty (the exchange's word for it), worded into a sentence when shown. */
  const [missing, setMissing] = useState<string | null>(null);
  const key = `replace:${connection.id}`;
  const busy = useBusy(key);
  const error = useError(key);
  const exchange = exchanges?.find((e) => e.connectionId === connection.exchangeId);
  // If the exchange left /exchange/support, the fields it had are the hints' keys.
  const fields =
    exchange?.connectionFields ?? Object.keys(connection.credentialHints).map((k) => ({ key: k, name: k }));

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const collected = collectFields(fields, values);
    if (!collected.ok) return setMissing(collected.missing);
    setMissing(null);
    const result = await run(key, 'replaceConnectionKeys', { id: connection.id, fields: collected.fields });
    if (result.ok) {
      setValues({});
      announce(t('exchanges.replace.announced', { name: connection.name }));
      onDone();
    }
  };

  if (!exchanges && !listError) return <p className="muted" aria-busy="true"><Spinner /> {t('exchanges.loading')}</p>;
  return (
    <form noValidate className="credential-form" aria-label={t('exchanges.action.replaceLabel', { name: connection.name })} onSubmit={(e) => void onSubmit(e)} aria-busy={busy}>
      <p className="guidance">{readOnlyGuidance()}</p>
      <CredentialFields
        fields={fields}
        values={values}
        hints={connection.credentialHints}
        idPrefix={formId}
        disabled={busy}
        onChange={(k, v) => setValues((prev) => ({ ...prev, [k]: v }))}
      />
      <ErrorText error={missing !== null ? { message: t('exchanges.replace.missing', { field: missing }) } : error} />
      <FormActions busy={busy} submitLabel={t('exchanges.replace.save')} back={{ label: t('exchanges.replace.cancel'), onClick: onDone }} />
    </form>
  );
}
