// User-facing text for every error code: what happened, in words, and what to
// do next. The Record type makes the build fail if a new code lacks text.
import type { ErrorCode } from './types';

export interface ErrorDescription {
  message: string;
  action?: string;
}

export interface ErrorContext {
  /** Exchange (or connection) name, e.g. 'Binance'. */
  exchangeName?: string;
}

/** `ex` is the exchange's name, or null when the error is not about one exchange. */
type Describe = (ex: string | null) => ErrorDescription;

const TEXT: Record<ErrorCode, Describe> = {
  coinstats_key_invalid: () => ({
    message: 'CoinStats did not accept your API key — it may be mistyped or revoked.',
    action: 'Create a new key at openapi.coinstats.app and enter it in Settings.',
  }),
  exchange_rejected: (ex) => ({
    message: `${ex ?? 'The exchange'} rejected the API key — it may be IP-restricted; CoinStats publishes no IPs to allow.`,
    action: `Create a read-only ${ex ? `${ex} ` : ''}key without IP restriction, then replace the key in Exchanges.`,
  }),
  plan_forbidden: () => ({
    message: 'Your CoinStats plan does not include this feature.',
    action: 'Check your plan at openapi.coinstats.app, or upgrade it.',
  }),
  not_found: (ex) => ({
    message: `CoinStats could not find ${ex ? `the ${ex} portfolio` : 'what we asked for'}.`,
    action: 'Refresh; if it persists, remove the connection and add it again.',
  }),
  not_synced: (ex) => ({
    message: `${ex ?? 'The exchange'} is still syncing with CoinStats.`,
    action: 'Nothing to do: Tallybar checks again shortly.',
  }),
  rate_limited: () => ({
    message: 'CoinStats is limiting how fast we may ask.',
    action: 'Nothing to do: Tallybar slows down and retries on its own.',
  }),
  out_of_credits: () => ({
    message: 'Your CoinStats credits for this month are used up.',
    action: 'Balances update again when your credits reset at the start of your billing month, or upgrade your CoinStats plan.',
  }),
  unavailable: (ex) => ({
    message: `CoinStats or ${ex ?? 'the exchange'} is not answering right now.`,
    action: 'Nothing to do: Tallybar retries later and keeps showing the last known balances.',
  }),
  timeout: () => ({
    message: 'CoinStats took too long to answer.',
    action: 'Tallybar retries later; check your connection if this keeps happening.',
  }),
  network: () => ({
    message: 'Cannot reach CoinStats — you may be offline.',
    action: 'Check your internet connection; Tallybar refreshes when you are back online.',
  }),
  invalid_response: () => ({
    message: 'CoinStats sent an answer Tallybar does not understand; the last known balances are kept.',
    action: 'Try again later. If it persists, report it with the request ID.',
  }),
  bad_request: (ex) => ({
    message: `CoinStats refused the request — ${ex ?? 'the exchange'} may have rejected the credentials.`,
    action: 'Check every field of the connection (some exchanges also need a passphrase) and replace the keys.',
  }),
  encryption_unavailable: () => ({
    message: 'Tallybar cannot store keys safely: no system keyring is available to encrypt them.',
    action:
      'Install and unlock a keyring — gnome-keyring (or another Secret Service) or KWallet on Linux — then restart Tallybar.',
  }),
  keyring_locked: () => ({
    message: 'Your system keyring is locked, so Tallybar cannot read your saved keys right now.',
    action: 'Unlock your keyring (or log in again), then refresh; nothing needs to be entered again.',
  }),
  no_api_key: () => ({
    message: 'No CoinStats API key is set.',
    action: 'Add your CoinStats API key in Settings (or try the demo).',
  }),
  unknown_connection: () => ({
    message: 'That connection no longer exists.',
    action: 'Refresh the Exchanges list.',
  }),
  invalid_request: () => ({
    message: 'Tallybar received a request it cannot handle.',
  }),
  forbidden_sender: () => ({
    message: 'A request came from a window Tallybar does not trust and was refused.',
  }),
  budget_exhausted: () => ({
    message: 'Tallybar has used this month’s credit budget, so it has stopped refreshing on its own.',
    action: 'Refresh manually when you need to, or raise the monthly budget in Settings.',
  }),
  internal: () => ({
    message: 'Something went wrong inside Tallybar.',
    action: 'Try again; restart Tallybar if it persists.',
  }),
};

export function describeError(code: ErrorCode, ctx: ErrorContext = {}): ErrorDescription {
  const name = ctx.exchangeName?.trim();
  const describe = TEXT[code] ?? TEXT.internal; // codes can arrive untyped from disk
  return describe(name ? name : null);
}
