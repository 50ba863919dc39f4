// A connection card's controls in its plain view: whether it counts in the
// total; Test runs at once; the others open a step of the card (rename
// inline, replace keys, confirm removal).
import { t } from '../../../common/i18n';
import type { ConnectionView } from '../../../common/types';
import { useId } from 'react';
import { run, useAppStore, useBusy, useError } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { Spinner } from '../shared/spinner';
import type { StepControl } from '../shared/use-step';
import type { ConnectionTest } from './use-connection-commands';

export type CardStep = 'rename' | 'replace' | 'confirm-remove';

interface Props {
  connection: ConnectionView;
  steps: StepControl<CardStep>;
  test: ConnectionTest;
}

export function ConnectionActions({ connection: c, steps: { open, opener }, test: { testing, test } }: Props) {
  // Demo connections run on the double's demo keys: there are no real ones to replace.
  const keysLocked = useAppStore((s) => s.snapshot?.secretsAvailable.ok === false || s.snapshot?.demo === true);
  return (
    <div className="card-actions">
      <CountInTotal connection={c} />
      <button type="button" onClick={() => void test()} disabled={testing} aria-busy={testing} data-nav-item="">
        {testing && <Spinner />} {t('exchanges.action.test')}
      </button>
      <button type="button" ref={opener('rename')} onClick={() => open('rename')} aria-label={t('exchanges.action.renameLabel', { name: c.name })}>
        {t('exchanges.action.rename')}
      </button>
      <button type="button" ref={opener('replace')} onClick={() => open('replace')} disabled={keysLocked} aria-label={t('exchanges.action.replaceLabel', { name: c.name })}>
        {t('exchanges.action.replace')}
      </button>
      <button type="button" className="danger" ref={opener('confirm-remove')} onClick={() => open('confirm-remove')} aria-label={t('exchanges.action.removeLabel', { name: c.name })}>
        {t('exchanges.action.remove')}
      </button>
    </div>
  );
}

/** A test account or a friend's: left out of the total, it is still shown, apart, with its own value. */
function CountInTotal({ connection: c }: { connection: ConnectionView }) {
  const id = useId();
  const key = `setCountInTotal:${c.id}`;
  const busy = useBusy(key);
  const error = useError(key);
  return (
    <span className="field toggle count-in-total">
      <input
        id={id}
        type="checkbox"
        checked={c.countInTotal}
        aria-busy={busy}
        onChange={(e) => void run(key, 'setCountInTotal', { id: c.id, countInTotal: e.target.checked })}
      />
      <label htmlFor={id}>{t('exchanges.countInTotal', { name: c.name })}</label>
      <ErrorText error={error} />
    </span>
  );
}
