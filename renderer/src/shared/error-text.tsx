import type { PlainError } from '../../../common/types';

/** An error with its suggested action, announced when it appears. */
export function ErrorText({ error, id }: { error: Pick<PlainError, 'message' | 'action'> | undefined | null; id?: string }) {
  if (!error) return null;
  return (
    <p className="error-text" role="alert" id={id}>
      {error.message}
      {error.action && <span className="error-action"> {error.action}</span>}
    </p>
  );
}
