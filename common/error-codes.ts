// Every error code Tallybar knows. The words for each live in error-words.ts.

/** Stable error codes of the CoinStats client, also used for connection state. */
export const API_ERROR_CODES = [
  'coinstats_key_invalid',
  'exchange_rejected',
  'plan_forbidden',
  'not_found',
  'not_synced',
  'rate_limited',
  'out_of_credits',
  'unavailable',
  'timeout',
  /** CoinStats could not be reached at all: offline, refused, no such host. */
  'network',
  /** The connection broke before CoinStats answered. */
  'connection_reset',
  /** CoinStats answered, but the connection broke before the whole answer arrived. */
  'answer_cut_short',
  /** CoinStats (or a proxy) answered with a redirect, which Tallybar does not follow. */
  'redirected',
  /** The answer was larger than any balance can be; Tallybar stopped reading it. */
  'answer_too_large',
  'invalid_response',
  'bad_request',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Codes of errors that are not from the API (vault, store, IPC gate). */
export const APP_ERROR_CODES = [
  'encryption_unavailable',
  'keyring_locked',
  'no_api_key',
  'unknown_connection',
  'invalid_request',
  'forbidden_sender',
  'budget_exhausted',
  /** A window opened outside Tallybar: the preload's bridge is missing. */
  'bridge_missing',
  'internal',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type ErrorCode = ApiErrorCode | AppErrorCode;
