// `/exchange/support` changes rarely; one answer per window is plenty, and
// both the onboarding step and the Exchanges tab read the same one.
import { useCallback, useEffect, useState } from 'react';
import type { SupportedExchange } from '../../../common/types';
import { call, toUiError, type UiError } from './api';

let cached: Promise<SupportedExchange[]> | null = null;

/** Tests start each window afresh. */
export function forgetSupportedExchanges(): void {
  cached = null;
}

export interface SupportedExchangesState {
  exchanges: SupportedExchange[] | null;
  error: UiError | null;
  retry: () => void;
}

export function useSupportedExchanges(): SupportedExchangesState {
  const [exchanges, setExchanges] = useState<SupportedExchange[] | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    cached ??= call('listSupportedExchanges');
    cached.then(
      (list) => {
        if (live) setExchanges([...list].sort((a, b) => a.name.localeCompare(b.name)));
      },
      (caught: unknown) => {
        cached = null; // let a retry ask again
        if (live) setError(toUiError(caught));
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { exchanges, error, retry };
}
