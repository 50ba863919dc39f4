// Every word a user reads about an error: what happened and what to do next.
// The CoinStats client, the services and the windows report a code and facts
// (which exchange, which status, which field); this table alone turns them
// into sentences, in the current language (catalogue namespace `errors`).
// The Record types make the build fail if a code or a fact lacks words.
import { answerProblemText } from './answer-words';
import type { ErrorCode } from './error-codes';
import type { ErrorFacts, KeystoreGap, TransportFailure } from './error-facts';
import { namesText, t, type MessageId, type MessageValues } from './i18n';
import { problemSentence } from './problem-words';

// Re-exported so the services keep one import for every word about an error.
export { settingProblem, type Problem } from './problem-words';

export interface ErrorDescription {
  message: string;
  action?: string;
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

/** ICU arguments naming the exchange, or saying there is none to name ("The exchange"). */
const exchangeArgs = (exchange: string | null) => ({ named: exchange ? 'yes' : 'no', exchange: exchange ?? '' });
/** A number as typed (no grouping), or `none` for the `select` that leaves its clause out. */
const orNone = (value: number | string | null | undefined): string => (value === undefined || value === null || value === '' || value === 0 ? 'none' : String(value));

const TRANSPORT_WORDS: Record<TransportFailure, MessageId> = {
  refused: 'errors.transport.refused',
  unresolved: 'errors.transport.unresolved',
  timed_out: 'errors.transport.timedOut',
  host_unreachable: 'errors.transport.hostUnreachable',
  network_unreachable: 'errors.transport.networkUnreachable',
  failed: 'errors.transport.failed',
  unexpected: 'errors.transport.unexpected',
};

/** What went wrong below HTTP, in words; an older fact that is already words is shown as it is. */
function transportText(f: ErrorFacts): string | null {
  const failure = f.transport;
  if (!failure) return null;
  const id = Object.hasOwn(TRANSPORT_WORDS, failure) ? TRANSPORT_WORDS[failure] : null;
  return id ? t(id, { name: f.transportError ?? 'Error' }) : failure;
}

const htmlPage = (f: ErrorFacts): string => t('errors.htmlPage', { title: f.htmlTitle ?? '', status: orNone(f.status) });

/** The screen's form for an exchange's keys, its card, or neither (then Details' Exchanges tab is named). */
const keyPlace = (w: ErrorWhere): string =>
  w.place === 'onboarding' || w.place === 'add-exchange' ? 'form' : w.place === 'exchanges' ? 'card' : 'other';
const settingsPlace = (w: ErrorWhere): string => (w.place === 'settings' ? 'settings' : 'other');

const later: HereAction = (w) => t('errors.later', { hasData: w.hasData === false ? 'no' : 'yes' });

/** An answer that cannot be CoinStats' API (a redirect, a giant body) came from a wrong address or from something in between. */
const checkAddress: HereAction = (w) => t('errors.checkAddress', { place: settingsPlace(w) });

const HERE_ACTIONS: Partial<Record<ErrorCode, HereAction>> = {
  coinstats_key_invalid: (w) =>
    t('errors.coinstatsKeyInvalid.action', { place: w.place === 'onboarding' || w.place === 'settings' ? 'here' : 'other' }),
  // A rejection has several causes the answer does not tell apart; this fix covers them all.
  exchange_rejected: (w, ex) => t('errors.exchangeRejected.action', { ...exchangeArgs(ex), place: keyPlace(w) }),
  bad_request: (w) => t('errors.badRequest.action', { place: keyPlace(w) }),
  no_api_key: (w) => t('errors.noApiKey.action', { place: w.place === 'onboarding' || w.place === 'settings' ? w.place : 'other' }),
  budget_exhausted: (w) => t('errors.budgetExhausted.action', { place: settingsPlace(w) }),
  unavailable: later,
  connection_reset: later,
  answer_cut_short: later,
  redirected: checkAddress,
  answer_too_large: (w) => (w.hasData === false ? checkAddress(w, null) : t('errors.checkAddressKept', { place: settingsPlace(w) })),
};

/** The action of a code whose advice depends on where it is read, as main words it: no screen known. */
const anywhere = (code: keyof typeof HERE_ACTIONS, exchange: string | null = null): string =>
  (HERE_ACTIONS[code] as HereAction)({}, exchange);

const minuteUtc = (at: number): string => `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** What support needs to find a failed call: CoinStats' request ID, or else which call, its status and when. */
function supportAction(f: ErrorFacts): string {
  if (f.requestId) return t('errors.invalidResponse.actionRequestId', { requestId: f.requestId });
  const parts = [
    f.request,
    f.status ? `HTTP ${f.status}` : null,
    f.at !== undefined && Number.isFinite(f.at) ? t('errors.invalidResponse.failedAt', { time: minuteUtc(f.at) }) : null,
  ];
  const known = parts.filter((part): part is string => Boolean(part));
  return known.length > 0
    ? t('errors.invalidResponse.actionFailed', { failed: namesText(known) })
    : t('errors.invalidResponse.actionTime');
}

/** The message with CoinStats' own words after a colon when it gave some, else the one ending in a full stop. */
const said = (f: ErrorFacts, plain: MessageId, withSaid: MessageId, values: MessageValues = {}): string =>
  f.serverMessage ? t(withSaid, { ...values, said: f.serverMessage }) : t(plain, values);

function cutShort(f: ErrorFacts): string {
  if (f.bytesReceived === undefined) return t('errors.answerCutShort.message');
  return f.bytesExpected
    ? t('errors.answerCutShort.messageReceivedOf', { received: String(f.bytesReceived), expected: String(f.bytesExpected) })
    : t('errors.answerCutShort.messageReceived', { received: String(f.bytesReceived) });
}

/** The saved secret a fact names: the CoinStats API key, or one field of a connection. */
const secretArgs = (f: ErrorFacts) => ({ secret: f.secret === 'api_key' ? 'api_key' : 'field', field: f.secretField ?? '' });

const KEYSTORE_WORDS: Record<KeystoreGap, MessageId> = {
  linux_basic_text: 'errors.encryptionUnavailable.linuxBasicText',
  linux_hard_coded_key: 'errors.encryptionUnavailable.linuxHardCodedKey',
  linux_none: 'errors.encryptionUnavailable.linuxNone',
  macos: 'errors.encryptionUnavailable.macos',
  other: 'errors.encryptionUnavailable.other',
};

/** Why keys cannot be stored on this machine, phrased as what to do about it. */
export function keystoreReason(gap: KeystoreGap): string {
  return t(Object.hasOwn(KEYSTORE_WORDS, gap) ? KEYSTORE_WORDS[gap] : KEYSTORE_WORDS.other);
}

const WORDS: Record<ErrorCode, Words> = {
  coinstats_key_invalid: (f) => ({
    message: said(f, 'errors.coinstatsKeyInvalid.message', 'errors.coinstatsKeyInvalid.messageSaid'),
    action: anywhere('coinstats_key_invalid'),
  }),
  exchange_rejected: (f, ex) => ({
    message: !f.serverMessage
      ? t('errors.exchangeRejected.message', exchangeArgs(ex))
      : /rejected/i.test(f.serverMessage)
        ? f.serverMessage // exchanges word this themselves ("Binance rejected the API key: …")
        : t('errors.exchangeRejected.messageSaid', { ...exchangeArgs(ex), said: f.serverMessage }),
    action: anywhere('exchange_rejected', ex),
  }),
  plan_forbidden: (f) => ({
    message: said(f, 'errors.planForbidden.message', 'errors.planForbidden.messageSaid'),
    action: t('errors.planForbidden.action'),
  }),
  not_found: (f, ex) => ({
    message: said(f, 'errors.notFound.message', 'errors.notFound.messageSaid', exchangeArgs(ex)),
    action: t('errors.notFound.action'),
  }),
  not_synced: (_f, ex) => ({
    message: t('errors.notSynced.message', exchangeArgs(ex)),
    action: t('errors.notSynced.action'),
  }),
  rate_limited: (f) => ({
    message: said(f, 'errors.rateLimited.message', 'errors.rateLimited.messageSaid'),
    action: t('errors.rateLimited.action'),
  }),
  out_of_credits: (f) => ({
    message: f.usage
      ? t('errors.outOfCredits.messageUsage', { used: String(f.usage.usedCredits), total: String(f.usage.totalCredits) })
      : t('errors.outOfCredits.message'),
    action: t('errors.outOfCredits.action'),
  }),
  unavailable: (f, ex) => ({
    message: f.htmlTitle
      ? htmlPage(f)
      : said(f, 'errors.unavailable.message', 'errors.unavailable.messageSaid', { ...exchangeArgs(ex), status: orNone(f.status) }),
    action: anywhere('unavailable'),
  }),
  timeout: (f) => ({
    message: f.timeoutSeconds
      ? t('errors.timeout.messageSeconds', { seconds: String(f.timeoutSeconds) })
      : t('errors.timeout.message'),
    action: t('errors.timeout.action'),
  }),
  network: (f) => {
    const transport = transportText(f);
    return {
      message: transport ? t('errors.network.messageTransport', { transport }) : t('errors.network.message'),
      action: t('errors.network.action'),
    };
  },
  connection_reset: () => ({
    message: t('errors.connectionReset.message'),
    action: anywhere('connection_reset'),
  }),
  answer_cut_short: (f) => ({
    message: cutShort(f),
    action: anywhere('answer_cut_short'),
  }),
  redirected: (f) => ({
    message: t('errors.redirected.message', { status: orNone(f.status), location: orNone(f.location) }),
    action: anywhere('redirected'),
  }),
  answer_too_large: (f) => ({
    message: t('errors.answerTooLarge.message', { limit: orNone(f.sizeLimitMb) }),
    action: anywhere('answer_too_large'),
  }),
  invalid_response: (f) => ({
    message: f.htmlTitle
      ? htmlPage(f)
      : f.answerProblem
        ? t('errors.invalidResponse.messageProblem', { problem: answerProblemText(f.answerProblem) })
        : t('errors.invalidResponse.message'),
    action: supportAction(f),
  }),
  bad_request: (f, ex) => ({
    message: f.serverMessage
      ? t('errors.badRequest.messageSaid', { status: orNone(f.status), said: f.serverMessage })
      : t('errors.badRequest.message', exchangeArgs(ex)),
    action: anywhere('bad_request', ex),
  }),
  encryption_unavailable: (f) => ({
    message: f.keystore ? keystoreReason(f.keystore) : (f.reason ?? t('errors.encryptionUnavailable.message')),
    action: t('errors.encryptionUnavailable.action'),
  }),
  keyring_locked: (f) => ({
    message: f.secret
      ? t('errors.keyringLocked.messageSecret', { ...secretArgs(f), keyring: f.keyring ?? 'other' })
      : t('errors.keyringLocked.message'),
    action: t('errors.keyringLocked.action'),
  }),
  no_api_key: () => ({
    message: t('errors.noApiKey.message'),
    action: anywhere('no_api_key'),
  }),
  unknown_connection: () => ({
    message: t('errors.unknownConnection.message'),
    action: t('errors.unknownConnection.action'),
  }),
  invalid_request: (f, ex) => ({
    message: f.problem ? problemSentence(f.problem, ex) : t('errors.invalidRequest.message'),
  }),
  forbidden_sender: () => ({
    message: t('errors.forbiddenSender.message'),
  }),
  budget_exhausted: () => ({
    message: t('errors.budgetExhausted.message'),
    action: anywhere('budget_exhausted'),
  }),
  bridge_missing: () => ({
    message: t('errors.bridgeMissing.message'),
    action: t('errors.bridgeMissing.action'),
  }),
  internal: (f) => ({
    message: f.secret
      ? t('errors.internal.messageSecret', secretArgs(f))
      : f.command
        ? t('errors.internal.messageCommand', { command: f.command })
        : t('errors.internal.message'),
    action: f.secret ? t('errors.internal.actionSecret') : t('errors.internal.action'),
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
  const name = facts.exchangeName?.trim();
  const words = WORDS[code] ?? WORDS.internal; // codes can arrive untyped from disk
  if (facts.baseUrl) {
    // A probe of a new base URL: whatever the code, the address is what to check.
    const transport = transportText(facts);
    const { baseUrl, ...answered } = facts;
    const sentence = code in WORDS ? words(answered, name ? name : null).message : '';
    return {
      message: transport
        ? t('errors.baseUrl.transport', { baseUrl, transport })
        : sentence
          ? t('errors.baseUrl.answer', { baseUrl, sentence })
          : t('errors.baseUrl.notCoinStats', { baseUrl }),
      action: t('errors.baseUrl.action'),
    };
  }
  return words(facts, name ? name : null);
}

