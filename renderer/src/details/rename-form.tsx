import { useState, type FormEvent } from 'react';
import { t } from '../../../common/i18n';
import type { ConnectionView } from '../../../common/types';
import { run, useBusy, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { CONNECTION_NAME_MAX_LENGTH } from '../../../common/settings';
import { LengthHint } from '../shared/length-hint';

/** Inline rename: Enter saves, Escape cancels (without also closing the window). */
export function RenameForm({ connection, onDone }: { connection: ConnectionView; onDone: () => void }) {
  const [name, setName] = useState(connection.name);
  // What is wrong with the typed name, worded when shown (the language may change meanwhile).
  const [invalid, setInvalid] = useState<'empty' | 'long' | null>(null);
  const key = `rename:${connection.id}`;
  const busy = useBusy(key);
  const error = useError(key);

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setInvalid('empty');
    if (trimmed.length > CONNECTION_NAME_MAX_LENGTH) return setInvalid('long');
    if (trimmed === connection.name) return onDone();
    const result = await run(key, 'renameConnection', { id: connection.id, name: trimmed });
    if (result.ok) onDone();
  };

  return (
    <form className="rename-form" onSubmit={(e) => void onSubmit(e)} aria-busy={busy}>
      <label htmlFor={`${key}-input`} className="visually-hidden">
        {t('exchanges.rename.label', { name: connection.name })}
      </label>
      <input
        id={`${key}-input`}
        type="text"
        autoFocus
        autoComplete="off"
        maxLength={CONNECTION_NAME_MAX_LENGTH}
        aria-describedby={`${key}-length`}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setInvalid(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <LengthHint id={`${key}-length`} length={name.length} max={CONNECTION_NAME_MAX_LENGTH} />
      <button type="submit" disabled={busy}>
        {t('exchanges.rename.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('exchanges.rename.cancel')}
      </button>
      <ErrorText error={invalid ? { message: invalidText(invalid) } : error} />
    </form>
  );
}

function invalidText(problem: 'empty' | 'long'): string {
  return problem === 'empty' ? t('exchanges.rename.empty') : t('exchanges.rename.tooLong', { max: CONNECTION_NAME_MAX_LENGTH });
}
