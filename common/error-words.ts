// Every word a user reads about an error: what happened and what to do next.
// The CoinStats client, the services and the windows report a code and facts
// (which exchange, which status, which field); this table alone turns them
// into sentences. The Record types make the build fail if a code lacks words.
import type { ErrorCode } from './error-codes';
import { problemSentence, type Problem } from './problem-words';

// Re-exported so the services keep one import for every word about an error.
export { settingProblem, type Problem } from './problem-words';

export interface ErrorDescription {
  message: string;
  action?: string;
}

/** What the reporter knew; every fact is optional and none is ever a secret. */
export interface ErrorFacts {
  /** The exchange (or connection) the error is about. */
  exchangeName?: string | null;
  /** The HTTP status CoinStats answered with. */
  status?: number | null;
  /** CoinStats' (or the exchange's) own words, secrets already redacted. */
  serverMessage?: string | null;
  /** The <title> of an HTML page answered instead of JSON. */
  htmlTitle?: string | null;
  /** How long Tallybar waited before giving up. */
  timeoutSeconds?: number;
  /** What went wrong below HTTP, e.g. "the connection was refused". */
  transport?: string;
  /** CoinStats' id for the request, when its answer carried one: what its support asks for. */
  requestId?: string | null;
  /** The call that failed, for support when there is no request id: "POST /v1/exchange/balance" (never a query). */
  request?: string;
  /** When the call failed, ms since the epoch. */
  at?: number;
  /** Where a redirect pointed: scheme, host and path only, as a query may carry secrets. */
  location?: string | null;
  /** Bytes of an answer that arrived before it broke off, and how many its headers announced. */
  bytesReceived?: number;
  bytesExpected?: number | null;
  /** The largest answer Tallybar reads, in MB. */
  sizeLimitMb?: number;
  /** What the answer got wrong, e.g. "[3].connectionId: missing". */
  answerProblem?: string;
  /** Credit usage when CoinStats said how much is used. */
  usage?: { usedCredits: number; totalCredits: number } | null;
  /** The CoinStats base URL a probe could not reach. */
  baseUrl?: string;
  /** What Tallybar could not decrypt ("CoinStats API key", "keys of Binance"). */
  secret?: string;
  /** The keyring that is locked or missing, in the user's OS's words. */
  keyring?: string;
  /** Why keys cannot be stored on this machine, as a whole sentence. */
  reason?: string;
  /** The command a window could not complete. */
  command?: string;
  problem?: Problem;
}

/** The screen an error is read on: its advice names a control that screen has. */
export type ErrorPlace = 'onboarding' | 'settings' | 'exchanges' | 'add-exchange' | 'popover';

/** Where the user reads an error. Main knows neither: its words name the screen of each fix. */
export interface ErrorWhere {
  place?: ErrorPlace;
  /** Whether balances are on screen, so "the last known balances are kept" is true; main cannot tell and keeps the promise. */
  hasData?: boolean;
}

type Words = (facts: ErrorFacts, exchange: string | null) => ErrorDescription;
/** An action that depends on where the user is; it reads no fact a window lacks. */
type HereAction = (where: ErrorWhere, exchange: string | null) => string;

/** The end of a sentence: CoinStats' own words after a colon when it gave some, else a full stop. */
const ending = (text: string | null | undefined): string => (text ? `: ${text}` : '.');
const httpDetail = (f: ErrorFacts): string => (f.status ? ` (HTTP ${f.status})` : '');

const htmlPage = (f: ErrorFacts): string =>
  `CoinStats answered with an HTML page ("${f.htmlTitle}"${f.status ? `, HTTP ${f.status}` : ''}) instead of JSON: the service or a proxy in front of it is failing.`;

/** Screens that have a control for the fix, and how to reach it from anywhere else. */
const inSettings = (w: ErrorWhere, what: string): string => (w.place === 'settings' ? `${what} on this page` : `${what} in Settings`);
const enterExchangeKey = (w: ErrorWhere, it: string): string =>
  w.place === 'onboarding' || w.place === 'add-exchange'
    ? `enter ${it} here again`
    : w.place === 'exchanges'
      ? 'choose Replace keys on this card'
      : `replace ${it} in the Exchanges tab of Details`;

const later: HereAction = (w) =>
  `Nothing to do: Tallybar retries later${w.hasData === false ? '' : ' and keeps showing the last known balances'}.`;

/** An answer that cannot be CoinStats' API (a redirect, a giant body) came from a wrong address or from something in between. */
const checkAddress: HereAction = (w) =>
  `Check ${inSettings(w, 'the API base URL')} (empty means the default) and any proxy or captive portal between you and CoinStats.`;

const HERE_ACTIONS: Partial<Record<ErrorCode, HereAction>> = {
  coinstats_key_invalid: (w) =>
    `Create a new key at openapi.coinstats.app and ${w.place === 'onboarding' || w.place === 'settings' ? 'paste it here' : 'enter it in Settings'}.`,
  // A rejection has several causes the answer does not tell apart; this fix covers them all.
  exchange_rejected: (w, ex) =>
    `Check the key for typos, or create a read-only ${ex ? `${ex} ` : ''}key without IP restriction, then ${enterExchangeKey(w, 'it')}.`,
  bad_request: (w) => `Check every field of the connection (some exchanges also need a passphrase), then ${enterExchangeKey(w, 'the keys')}.`,
  no_api_key: (w) =>
    w.place === 'onboarding'
      ? 'Paste your CoinStats API key here, or try the demo.'
      : w.place === 'settings'
        ? 'Paste your CoinStats API key here.'
        : 'Add your CoinStats API key in Settings (or try the demo).',
  budget_exhausted: (w) => `Refresh manually when you need to, or raise ${inSettings(w, 'the monthly budget')}.`,
  unavailable: later,
  connection_reset: later,
  answer_cut_short: later,
  redirected: checkAddress,
  answer_too_large: (w) => `${w.hasData === false ? '' : 'The last known balances are kept. '}${checkAddress(w, null)}`,
};

/** The action of a code whose advice depends on where it is read, as main words it: no screen known. */
const anywhere = (code: keyof typeof HERE_ACTIONS, exchange: string | null = null): string =>
  (HERE_ACTIONS[code] as HereAction)({}, exchange);

const minuteUtc = (at: number): string => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** What support needs to find a failed call: CoinStats' request ID, or else which call, its status and when. */
function forSupport(f: ErrorFacts): string {
  if (f.requestId) return `with the request ID ${f.requestId}`;
  const parts = [f.request, f.status ? `HTTP ${f.status}` : null, f.at !== undefined && Number.isFinite(f.at) ? `at ${minuteUtc(f.at)}` : null];
  const known = parts.filter((part): part is string => Boolean(part));
  return known.length > 0 ? `with what failed: ${known.join(', ')}` : 'with the time it happened';
}

const bytesArrived = (f: ErrorFacts): string =>
  f.bytesReceived === undefined ? '' : ` after ${f.bytesReceived}${f.bytesExpected ? ` of ${f.bytesExpected}` : ''} bytes`;

const WORDS: Record<ErrorCode, Words> = {
  coinstats_key_invalid: (f) => ({
    message: f.serverMessage
      ? `CoinStats rejected the API key: ${f.serverMessage}`
      : 'CoinStats did not accept your API key — it may be mistyped or revoked.',
    action: anywhere('coinstats_key_invalid'),
  }),
  exchange_rejected: (f, ex) => ({
    message: !f.serverMessage
      ? `${ex ?? 'The exchange'} rejected the API key — it may be mistyped, lack read permission, or be IP-restricted (CoinStats publishes no IPs to allow).`
      : /rejected/i.test(f.serverMessage)
        ? f.serverMessage // exchanges word this themselves ("Binance rejected the API key: …")
        : `${ex ?? 'The exchange'} rejected its API key: ${f.serverMessage}`,
    action: anywhere('exchange_rejected', ex),
  }),
  plan_forbidden: (f) => ({
    message: `Your CoinStats plan does not include this feature${ending(f.serverMessage)}`,
    action: 'Check your plan at openapi.coinstats.app, or upgrade it.',
  }),
  not_found: (f, ex) => ({
    message: `CoinStats could not find ${ex ? `the ${ex} portfolio` : 'what we asked for'}${ending(f.serverMessage)}`,
    action: 'Refresh; if it persists, remove the connection and add it again.',
  }),
  not_synced: (_f, ex) => ({
    message: `${ex ?? 'The exchange'} is still syncing with CoinStats.`,
    action: 'Nothing to do: Tallybar checks again shortly.',
  }),
  rate_limited: (f) => ({
    message: `CoinStats is limiting how fast we may ask${ending(f.serverMessage)}`,
    action: 'Nothing to do: Tallybar slows down and retries on its own.',
  }),
  out_of_credits: (f) => ({
    message: `Your CoinStats credits for this month are used up${f.usage ? ` (${f.usage.usedCredits} of ${f.usage.totalCredits} used)` : ''}.`,
    action: 'Balances update again when your credits reset at the start of your billing month, or upgrade your CoinStats plan.',
  }),
  unavailable: (f, ex) => ({
    message: f.htmlTitle
      ? htmlPage(f)
      : `CoinStats or ${ex ?? 'the exchange'} is not answering right now${httpDetail(f)}${ending(f.serverMessage)}`,
    action: anywhere('unavailable'),
  }),
  timeout: (f) => ({
    message: f.timeoutSeconds ? `CoinStats did not answer within ${f.timeoutSeconds} s.` : 'CoinStats took too long to answer.',
    action: 'Tallybar retries later; check your connection if this keeps happening.',
  }),
  network: (f) => ({
    message: f.transport ? `Could not reach CoinStats: ${f.transport}.` : 'Cannot reach CoinStats — you may be offline.',
    action: 'Check your internet connection; Tallybar refreshes when you are back online.',
  }),
  connection_reset: () => ({
    message: 'The connection to CoinStats was reset before it answered, by CoinStats or by something in between (a proxy, VPN or firewall).',
    action: anywhere('connection_reset'),
  }),
  answer_cut_short: (f) => ({
    message: `CoinStats started answering, but the connection broke${bytesArrived(f)}: the answer was cut short.`,
    action: anywhere('answer_cut_short'),
  }),
  redirected: (f) => ({
    message: `CoinStats answered with a redirect${httpDetail(f)}${f.location ? ` to ${f.location}` : ''}. Its API never redirects, so Tallybar did not follow it.`,
    action: anywhere('redirected'),
  }),
  answer_too_large: (f) => ({
    message: `CoinStats sent an answer too large to be a balance${f.sizeLimitMb ? ` (over ${f.sizeLimitMb} MB)` : ''}; Tallybar stopped reading it.`,
    action: anywhere('answer_too_large'),
  }),
  invalid_response: (f) => ({
    message: f.htmlTitle
      ? htmlPage(f)
      : f.answerProblem
        ? `CoinStats sent an unexpected answer: ${f.answerProblem}`
        : 'CoinStats sent an answer Tallybar does not understand.',
    action: `Try again later. If it persists, report it ${forSupport(f)}.`,
  }),
  bad_request: (f, ex) => ({
    message: f.serverMessage
      ? `CoinStats refused the request${httpDetail(f)}: ${f.serverMessage}`
      : `CoinStats refused the request — ${ex ?? 'the exchange'} may have rejected the credentials.`,
    action: anywhere('bad_request', ex),
  }),
  encryption_unavailable: (f) => ({
    message: f.reason ?? 'Tallybar cannot store keys safely: no system keyring is available to encrypt them.',
    action:
      'Install and unlock a keyring — gnome-keyring (or another Secret Service) or KWallet on Linux — then restart Tallybar.',
  }),
  keyring_locked: (f) => ({
    message: f.secret
      ? `Tallybar could not read the saved ${f.secret} because your ${f.keyring ?? 'keyring'} is locked. Unlock it, then try again.`
      : 'Your system keyring is locked, so Tallybar cannot read your saved keys right now.',
    action: 'Unlock your keyring (or log in again), then refresh; nothing needs to be entered again.',
  }),
  no_api_key: () => ({
    message: 'No CoinStats API key is set.',
    action: anywhere('no_api_key'),
  }),
  unknown_connection: () => ({
    message: 'That connection no longer exists.',
    action: 'Refresh the Exchanges list.',
  }),
  invalid_request: (f, ex) => ({
    message: f.problem ? problemSentence(f.problem, ex) : 'Tallybar received a request it cannot handle.',
  }),
  forbidden_sender: () => ({
    message: 'A request came from a window Tallybar does not trust and was refused.',
  }),
  budget_exhausted: () => ({
    message: 'Tallybar has used this month’s credit budget, so it has stopped refreshing on its own.',
    action: anywhere('budget_exhausted'),
  }),
  bridge_missing: () => ({
    message: 'Tallybar’s bridge to the app is missing: open this window from Tallybar.',
    action: 'Open this window from Tallybar’s tray icon.',
  }),
  internal: (f) => ({
    message: f.secret
      ? `Tallybar could not decrypt the saved ${f.secret}. Your system keyring may have changed; enter it again.`
      : f.command
        ? `Tallybar could not complete “${f.command}”. Try again; restart Tallybar if it keeps failing.`
        : 'Something went wrong inside Tallybar.',
    action: f.secret ? 'Enter it again: the saved copy cannot be read on this machine.' : 'Try again; restart Tallybar if it persists.',
  }),
};

/**
 * The action for an error read on a screen, or undefined when its advice is the
 * same everywhere (then keep the one main wrote: it may rest on facts a window lacks).
 */
export function actionFor(code: ErrorCode, where: ErrorWhere, facts: Pick<ErrorFacts, 'exchangeName'> = {}): string | undefined {
  const name = facts.exchangeName?.trim();
  return HERE_ACTIONS[code]?.(where, name ? name : null);
}

export function describeError(code: ErrorCode, facts: ErrorFacts = {}): ErrorDescription {
  if (facts.baseUrl) {
    // A probe of a new base URL: whatever the code, the address is what to check.
    return {
      message: `Tallybar could not reach CoinStats at ${facts.baseUrl}: ${facts.transport ?? 'it did not answer like CoinStats'}.`,
      action: 'Check the address, or leave it empty to use the default.',
    };
  }
  const name = facts.exchangeName?.trim();
  const words = WORDS[code] ?? WORDS.internal; // codes can arrive untyped from disk
  return words(facts, name ? name : null);
}
