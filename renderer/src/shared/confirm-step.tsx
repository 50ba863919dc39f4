// A destructive action's second step: the question, the action, and Cancel
// (focused first, so Enter on the opening button never confirms by accident).
import type { ReactNode } from 'react';
import { t } from '../../../common/i18n';

interface Props {
  /** The group's accessible name, the question in short ("Remove Kraken?"). */
  label: string;
  /** The question in full. */
  question: ReactNode;
  /** The confirming button's content. */
  action: ReactNode;
  busy: boolean;
  /** False where the button has never reported aria-busy (Forget all keys): the DOM stays as it was. */
  marksBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmStep({ label, question, action, busy, marksBusy = true, onConfirm, onCancel }: Props) {
  return (
    <div className="confirm" role="group" aria-label={label}>
      <span>{question}</span>
      <button type="button" className="danger" onClick={onConfirm} disabled={busy} aria-busy={marksBusy ? busy : undefined}>
        {action}
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        {t('shared.cancel')}
      </button>
    </div>
  );
}
