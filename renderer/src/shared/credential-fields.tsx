// The credential inputs, built at run time from the exchange's
// `connectionFields` (Binance: key + secret; KuCoin/OKX add a passphrase).
// Secrets: password inputs, no autocomplete, no spellcheck (spellcheckers
// may send text to a service), never prefilled.
import { t } from '../../../common/i18n';
import type { ConnectionField } from '../../../common/types';

export function CredentialFields({
  fields,
  values,
  onChange,
  idPrefix,
  hints,
  disabled,
  invalid = [],
  errorId,
}: {
  fields: ConnectionField[];
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  idPrefix: string;
  hints?: Record<string, string>;
  disabled?: boolean;
  /** Keys of the fields the error is about: marked aria-invalid, described by `errorId`. */
  invalid?: readonly string[];
  errorId?: string;
}) {
  return (
    <>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const hint = hints?.[field.key];
        const rejected = invalid.includes(field.key);
        return (
          <div className="field" key={field.key}>
            <label htmlFor={id}>{field.name}</label>
            <input
              id={id}
              name={field.key}
              type="password"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              required
              disabled={disabled}
              aria-invalid={rejected ? true : undefined}
              aria-describedby={rejected ? errorId : undefined}
              value={values[field.key] ?? ''}
              placeholder={hint ? t('shared.currentValue', { hint }) : undefined}
              onChange={(event) => onChange(field.key, event.target.value)}
            />
          </div>
        );
      })}
    </>
  );
}

/** Trimmed values for every field, or the label (and key) of the first one left empty. */
export function collectFields(
  fields: ConnectionField[],
  values: Record<string, string>,
): { ok: true; fields: Record<string, string> } | { ok: false; missing: string; missingKey: string } {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.key] ?? '').trim();
    if (!value) return { ok: false, missing: field.name, missingKey: field.key };
    out[field.key] = value;
  }
  return { ok: true, fields: out };
}

/** What kind of key to create, said above every credential form. */
export const readOnlyGuidance = (): string => t('shared.readOnlyGuidance');
