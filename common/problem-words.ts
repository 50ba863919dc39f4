// The words for a request that was not valid (a setting out of range, a
// connection name too long, an unknown field): each problem has its own
// sentence. Split from error-words.ts, which says them as `invalid_request`.
import { alertProblemText, type AlertProblem } from './alert-words';
import { checkAccelerator } from './accelerator';
import { LANGUAGE_CHOICES } from './i18n';
import { acceleratorProblemSentence } from './shortcut-words';
import { CONNECTION_NAME_MAX_LENGTH, PRIVACY_LEVELS, SETTING_RANGES, type Settings } from './settings';

/** Why a request was not valid: each problem has its own sentence below. */
export type Problem =
  | { id: 'settings_not_object' }
  | { id: 'unknown_setting'; setting: string }
  | { id: 'setting'; setting: keyof Settings; value: unknown }
  | { id: 'connection_name' }
  | { id: 'invisible_characters'; what: string }
  | { id: 'exchange_id' }
  | { id: 'duplicate_connection' }
  | { id: 'connection_id' }
  | { id: 'empty_value'; what: string }
  | { id: 'field_name'; field: string }
  | { id: 'no_credentials' }
  | { id: 'missing_fields'; fields: string[] }
  | { id: 'extra_fields'; fields: string[] }
  | { id: 'unsupported_exchange'; exchangeId: string }
  | { id: 'not_a_web_link' }
  | { id: 'nothing_exported' }
  | { id: 'feed_off' }
  | { id: 'no_update_found' }
  | { id: 'no_update_downloaded' }
  | { id: 'api_key_length'; min: number; max: number }
  | { id: 'alert'; alert: AlertProblem };
const SETTING_LABELS: Record<keyof typeof SETTING_RANGES, string> = {
  freshnessMinutes: 'The freshness target (minutes)',
  backgroundMinutes: 'The background refresh interval (minutes)',
  monthlyCreditBudget: 'The monthly credit budget',
  dustThresholdUsd: 'The dust threshold',
  keyRotationDays: 'The key rotation reminder (days, 0 for off)',
};

const wholeNumber = (key: 'freshnessMinutes' | 'backgroundMinutes' | 'monthlyCreditBudget' | 'keyRotationDays'): string =>
  `${SETTING_LABELS[key]} must be a whole number from ${SETTING_RANGES[key].min} to ${SETTING_RANGES[key].max}.`;

const SETTING_WORDS: Record<keyof Settings, (value: unknown) => string> = {
  primaryCurrency: () => 'Primary currency must be an upper-case currency code such as USD or EUR.',
  freshnessMinutes: () => wholeNumber('freshnessMinutes'),
  backgroundMinutes: () => wholeNumber('backgroundMinutes'),
  monthlyCreditBudget: (v) =>
    typeof v === 'number' && v < 0 ? 'The monthly credit budget cannot be negative.' : wholeNumber('monthlyCreditBudget'),
  dustThresholdUsd: (v) =>
    typeof v === 'number' && v > SETTING_RANGES.dustThresholdUsd.max
      ? `The dust threshold must be at most ${SETTING_RANGES.dustThresholdUsd.max}.`
      : 'The dust threshold must be zero or a positive amount.',
  privacyMode: () => 'Privacy mode must be on or off.',
  privacyLevel: () => `What privacy mode hides must be one of: ${PRIVACY_LEVELS.join(', ')}.`,
  privacyOnDisplayChange: () => 'Privacy on a new or mirrored display must be on or off.',
  trayTitleFormat: () => 'The tray title format must be one of: primary, btc, compact, icon.',
  updates: () => 'Updates must be one of: ask, auto, off.',
  language: () => `The language must be one of: ${LANGUAGE_CHOICES.join(', ')}.`,
  notifications: () => 'Notifications must be on or off.',
  launchAtLogin: () => 'Launch at login must be on or off.',
  feedEnabled: () => 'The status-bar feed must be on or off.',
  apiBaseUrl: (v) =>
    typeof v === 'string' && URL.canParse(v)
      ? 'The API base URL must use https:// (plain http:// is only allowed for localhost).'
      : 'The API base URL must be a full URL such as https://openapiv1.coinstats.app.',
  keyRotationDays: () => wholeNumber('keyRotationDays'),
  globalShortcut: (v) => {
    const check = checkAccelerator(v);
    return check.ok ? 'The global shortcut is not valid.' : acceleratorProblemSentence(check.problem);
  },
};

const list = (fields: string[]): string => fields.join(', ');

type ProblemWords = { [P in Problem as P['id']]: (problem: P, exchange: string | null) => string };

const PROBLEM_WORDS: ProblemWords = {
  settings_not_object: () => 'Settings must be given as an object.',
  unknown_setting: (p) => `Unknown setting "${p.setting}".`,
  setting: (p) => SETTING_WORDS[p.setting](p.value),
  connection_name: () => `A connection name must be 1 to ${CONNECTION_NAME_MAX_LENGTH} characters long.`,
  invisible_characters: (p) => `${p.what} contains an invisible control character (a text-direction override or a zero-width space); remove it.`,
  exchange_id: () => 'The exchange id is not valid.',
  duplicate_connection: () => 'A connection with this id already exists.',
  connection_id: () => 'The connection id is empty or not allowed.',
  empty_value: (p) => `${p.what} is empty.`,
  field_name: (p) => `The credential field name "${p.field}" is not allowed.`,
  no_credentials: () => 'No credentials were given for this connection.',
  missing_fields: (p, ex) => `${ex ?? 'The exchange'} needs ${list(p.fields)}.`,
  extra_fields: (p, ex) => `${ex ?? 'The exchange'} does not take the field${p.fields.length > 1 ? 's' : ''} ${list(p.fields)}.`,
  unsupported_exchange: (p) => `CoinStats does not support the exchange “${p.exchangeId}”.`,
  not_a_web_link: () => 'Only web links (http or https) can be opened.',
  nothing_exported: () => 'Nothing has been exported yet, so there is no file to show.',
  feed_off: () => 'The status-bar feed is off, so there is no file to show. Turn it on first.',
  no_update_found: () => 'No new version has been found, so there is nothing to download.',
  no_update_downloaded: () => 'No new version is downloaded yet, so there is nothing to install.',
  api_key_length: (p) => `A CoinStats API key is ${p.min} to ${p.max} characters long.`,
  alert: (p) => alertProblemText(p.alert),
};

export function problemSentence(problem: Problem, exchange: string | null): string {
  const words = PROBLEM_WORDS[problem.id] as (p: Problem, ex: string | null) => string;
  return words(problem, exchange);
}

/** The sentence for one invalid setting, as the settings schema reports it. */
export function settingProblem(setting: keyof Settings, value: unknown): string {
  return SETTING_WORDS[setting](value);
}

