// An error as a window shows it. Main words an error without knowing the
// screen it will be read on, so the advice is re-said here for the screen
// (ErrorPlace, set once around each screen) and for whether balances are on it.
// An error this window holds is worded again from its facts when the language
// changes, as main does for the errors it keeps.
import { createContext, useContext } from 'react';
import type { ErrorCode } from '../../../common/error-codes';
import { actionFor, type ErrorPlace } from '../../../common/error-words';
import { rewordError, TallybarError } from '../../../common/tallybar-error';
import type { PlainError } from '../../../common/types';
import { useAppStore, useLanguage } from './app-store';

const PlaceContext = createContext<ErrorPlace | undefined>(undefined);

/** Every ErrorText inside says what to do on this screen. */
export const ErrorPlaceProvider = PlaceContext.Provider;

type ShownError = Pick<PlainError, 'message' | 'action' | 'facts'> & { code?: ErrorCode };

/** A held error in the words of the current catalogue: made again from its facts when it has them, else as it came. */
export function inCurrentWords(error: ShownError): ShownError {
  if (error instanceof TallybarError) return rewordError(error.toStored());
  return error.code && error.facts ? rewordError({ ...error, code: error.code }) : error;
}

/** A held error in the language of the moment: re-worded when a snapshot brings another language. */
export function useCurrentWords(error: ShownError | undefined | null): ShownError | null {
  useLanguage();
  return error ? inCurrentWords(error) : null;
}

/** The advice for an error read here: main's, unless the screen or the data changes it. */
export function useErrorAction(error: ShownError | undefined | null, exchangeName?: string): string | undefined {
  const place = useContext(PlaceContext);
  const hasData = useAppStore((s) => (s.snapshot?.standing.syncedAt ?? null) !== null);
  const worded = useCurrentWords(error);
  if (!worded) return undefined;
  return (worded.code && actionFor(worded.code, { place, hasData }, { exchangeName })) || worded.action;
}

/** An error with its suggested action, announced when it appears. */
export function ErrorText({ error, id, exchangeName }: { error: ShownError | undefined | null; id?: string; exchangeName?: string }) {
  const action = useErrorAction(error, exchangeName);
  const worded = useCurrentWords(error);
  if (!worded) return null;
  return (
    <p className="error-text" role="alert" id={id}>
      {worded.message}
      {action && <span className="error-action"> {action}</span>}
    </p>
  );
}
