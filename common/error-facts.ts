// The facts an error carries (which exchange, which status, which field),
// what each fact may hold, and the check that reads them back from disk. The
// words for them are common/error-words.ts; a fact is never a secret.
import type { AnswerProblem } from './answer-words';
import type { Problem } from './problem-words';

/** What failed below HTTP: each is worded in the catalogue (errors.transport.*). */
export type TransportFailure = 'refused' | 'unresolved' | 'timed_out' | 'host_unreachable' | 'network_unreachable' | 'failed' | 'unexpected';
/** Which keyring is locked: macOS' login keychain, a Linux Secret Service, or (Windows) the user account. */
export type LockedKeyring = 'keychain' | 'linux' | 'account';
/** Why this machine cannot keep keys encrypted (main/services/vault-error.ts decides which). */
export type KeystoreGap = 'linux_basic_text' | 'linux_hard_coded_key' | 'linux_none' | 'macos' | 'other';

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
  /** What went wrong below HTTP (worded as e.g. "the connection was refused"). */
  transport?: TransportFailure;
  /** The name of an unexpected error below HTTP ("AbortError"): a developer's word, shown as it is. */
  transportError?: string;
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
  /** What the answer got wrong: a field and what was there, or a case of its own (common/answer-words.ts). */
  answerProblem?: AnswerProblem;
  /** Credit usage when CoinStats said how much is used. */
  usage?: { usedCredits: number; totalCredits: number } | null;
  /** The CoinStats base URL a probe could not reach. */
  baseUrl?: string;
  /** What Tallybar could not decrypt: the CoinStats API key, or a field of a connection (`secretField`). */
  secret?: 'api_key' | 'connection_field';
  /** The field of a connection's credentials that could not be decrypted ("apiSecret"). */
  secretField?: string;
  /** The keyring that is locked: the macOS login keychain, a Linux keyring, or the user account (Windows). */
  keyring?: LockedKeyring;
  /** Why keys cannot be stored on this machine (worded by keystoreReason). */
  keystore?: KeystoreGap;
  /** Why keys cannot be stored, already worded by a caller: shown as it is, in the language it was written in. */
  reason?: string;
  /** The command a window could not complete. */
  command?: string;
  problem?: Problem;
}

/** 'object': a Problem or AnswerProblem, told apart by its id. */
type FactKind = 'string' | 'number' | 'usage' | 'object';
const FACT_KINDS: Record<keyof ErrorFacts, FactKind> = {
  exchangeName: 'string', status: 'number', serverMessage: 'string', htmlTitle: 'string', timeoutSeconds: 'number',
  transport: 'string', transportError: 'string', requestId: 'string', request: 'string', at: 'number', location: 'string',
  bytesReceived: 'number', bytesExpected: 'number', sizeLimitMb: 'number', answerProblem: 'object',
  usage: 'usage', baseUrl: 'string', secret: 'string', secretField: 'string', keyring: 'string', keystore: 'string',
  reason: 'string', command: 'string', problem: 'object',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function factFits(kind: FactKind, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (kind === 'string' || kind === 'number') return typeof value === kind;
  if (!isRecord(value)) return false;
  if (kind === 'usage') return typeof value.usedCredits === 'number' && typeof value.totalCredits === 'number';
  return typeof value.id === 'string';
}

/**
 * Facts read back from disk (a stored error), or null when they cannot be
 * ours: then the error keeps the words it was stored with. Unknown keys are dropped.
 */
export function storedFacts(value: unknown): ErrorFacts | null {
  if (!isRecord(value)) return null;
  const facts: Record<string, unknown> = {};
  for (const [key, fact] of Object.entries(value)) {
    if (!Object.hasOwn(FACT_KINDS, key)) continue;
    if (!factFits(FACT_KINDS[key as keyof ErrorFacts], fact)) return null;
    facts[key] = fact;
  }
  return facts as ErrorFacts;
}

