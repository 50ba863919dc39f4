// An error as a window shows it. Main words an error without knowing the
// screen it will be read on, so the advice is re-said here for the screen
// (ErrorPlace, set once around each screen) and for whether balances are on it.
import { createContext, useContext } from 'react';
import type { ErrorCode } from '../../../common/error-codes';
import { actionFor, type ErrorPlace } from '../../../common/error-words';
import type { PlainError } from '../../../common/types';
import { useAppStore } from './app-store';

const PlaceContext = createContext<ErrorPlace | undefined>(undefined);

/** Every ErrorText inside says what to do on this screen. */
export const ErrorPlaceProvider = PlaceContext.Provider;

type ShownError = Pick<PlainError, 'message' | 'action'> & { code?: ErrorCode };

/** The advice for an error read here: main's, unless the screen or the data changes it. */
export function useErrorAction(error: ShownError | undefined | null, exchangeName?: string): string | undefined {
  const place = useContext(PlaceContext);
  const hasData = useAppStore((s) => (s.snapshot?.standing.syncedAt ?? null) !== null);
  if (!error) return undefined;
  return (error.code && actionFor(error.code, { place, hasData }, { exchangeName })) || error.action;
}

/** An error with its suggested action, announced when it appears. */
export function ErrorText({ error, id, exchangeName }: { error: ShownError | undefined | null; id?: string; exchangeName?: string }) {
  const action = useErrorAction(error, exchangeName);
  if (!error) return null;
  return (
    <p className="error-text" role="alert" id={id}>
      {error.message}
      {action && <span className="error-action"> {action}</span>}
    </p>
  );
}
