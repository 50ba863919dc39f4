// The buttons under a form: a way back (Cancel or Back) and the submit
// button, both held while the form's command runs.
import { Spinner } from './spinner';

interface Props {
  busy: boolean;
  /** The submit button's words, and what it says while busy (the same words if unset). */
  submitLabel: string;
  busyLabel?: string;
  /** Submitting is refused for another reason too (secrets blocked, demo mode). */
  submitDisabled?: boolean;
  /** The way back; no button without it. */
  back?: { label: string; onClick: () => void } | undefined;
}

export function FormActions({ busy, submitLabel, busyLabel = submitLabel, submitDisabled = false, back }: Props) {
  return (
    <div className="form-actions">
      {back && (
        <button type="button" onClick={back.onClick} disabled={busy}>
          {back.label}
        </button>
      )}
      <button type="submit" className="primary" disabled={busy || submitDisabled}>
        {busy && <Spinner />} {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
