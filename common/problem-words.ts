// The words for a request that was not valid (a setting out of range, a
// connection name too long, an unknown field): each problem has its own
// sentence (catalogue namespace `problems`). Split from error-words.ts, which
// says them as `invalid_request`.
import { alertProblemText, type AlertProblem } from './alert-words';
import { checkAccelerator } from './accelerator';
import { LANGUAGE_CHOICES, namesText, t } from './i18n';
import { acceleratorProblemSentence } from './shortcut-words';
import { CONNECTION_NAME_MAX_LENGTH, PRIVACY_LEVELS, SETTING_RANGES, TRAY_TITLE_FORMATS, UPDATE_POLICIES, type Settings } from './settings';

/** Why a request was not valid: each problem has its own sentence below. */
export type Problem =
  | { id: 'settings_not_object' }
  | { id: 'unknown_setting'; setting: string }
  | { id: 'setting'; setting: keyof Settings; value: unknown }
  | { id: 'connection_name' }
  | { id: 'invisible_characters'; what: 'connection_name' }
  | { id: 'exchange_id' }
  | { id: 'duplicate_connection' }
  | { id: 'connection_id' }
  | { id: 'empty_value'; what: ValueName; field?: string }
  | { id: 'field_name'; field: string }
  | { id: 'no_credentials' }
  | { id: 'missing_fields'; fields: string[] }
  | { id: 'extra_fields'; fields: string[] }
  | { id: 'unsupported_exchange'; exchangeId: string }
  | { id: 'not_a_web_link' }
  | { id: 'nothing_exported' }
  | { id: 'feed_off' }
  | { id: 'updates_unsupported' }
  | { id: 'no_update_found' }
  | { id: 'no_update_downloaded' }
  | { id: 'api_key_length'; min: number; max: number }
  | { id: 'alert'; alert: AlertProblem };

/** Whose value a problem is about; the words for it live in the catalogue. */
export type ValueName = 'connection_name' | 'api_key' | 'field';

const exchangeArgs = (exchange: string | null) => ({ named: exchange ? 'yes' : 'no', exchange: exchange ?? '' });

type WholeNumberSetting = 'freshnessMinutes' | 'backgroundMinutes' | 'monthlyCreditBudget' | 'keyRotationDays';
const wholeNumber = (key: WholeNumberSetting): string =>
  t('problems.setting.wholeNumber', { setting: key, min: String(SETTING_RANGES[key].min), max: String(SETTING_RANGES[key].max) });

/** Codes a setting takes as they are typed (never translated): "primary, btc, compact, icon". */
const options = (values: readonly string[]): string => values.join(', ');

const SETTING_WORDS: Record<keyof Settings, (value: unknown) => string> = {
  primaryCurrency: () => t('problems.setting.primaryCurrency'),
  freshnessMinutes: () => wholeNumber('freshnessMinutes'),
  backgroundMinutes: () => wholeNumber('backgroundMinutes'),
  monthlyCreditBudget: (v) => (typeof v === 'number' && v < 0 ? t('problems.setting.budgetNegative') : wholeNumber('monthlyCreditBudget')),
  dustThresholdUsd: (v) =>
    typeof v === 'number' && v > SETTING_RANGES.dustThresholdUsd.max
      ? t('problems.setting.dustTooLarge', { max: String(SETTING_RANGES.dustThresholdUsd.max) })
      : t('problems.setting.dustNegative'),
  privacyMode: () => t('problems.setting.privacyMode'),
  privacyLevel: () => t('problems.setting.privacyLevel', { options: options(PRIVACY_LEVELS) }),
  privacyOnDisplayChange: () => t('problems.setting.privacyOnDisplayChange'),
  trayTitleFormat: () => t('problems.setting.trayTitleFormat', { options: options(TRAY_TITLE_FORMATS) }),
  updates: () => t('problems.setting.updates', { options: options(UPDATE_POLICIES) }),
  language: () => t('problems.setting.language', { options: options(LANGUAGE_CHOICES) }),
  notifications: () => t('problems.setting.notifications'),
  launchAtLogin: () => t('problems.setting.launchAtLogin'),
  feedEnabled: () => t('problems.setting.feedEnabled'),
  apiBaseUrl: (v) =>
    typeof v === 'string' && URL.canParse(v) ? t('problems.setting.apiBaseUrlHttps') : t('problems.setting.apiBaseUrlFull'),
  keyRotationDays: () => wholeNumber('keyRotationDays'),
  globalShortcut: (v) => {
    const check = checkAccelerator(v);
    return check.ok ? t('problems.setting.globalShortcut') : acceleratorProblemSentence(check.problem);
  },
};

type ProblemWords = { [P in Problem as P['id']]: (problem: P, exchange: string | null) => string };

const PROBLEM_WORDS: ProblemWords = {
  settings_not_object: () => t('problems.settingsNotObject'),
  unknown_setting: (p) => t('problems.unknownSetting', { setting: p.setting }),
  setting: (p) => SETTING_WORDS[p.setting](p.value),
  connection_name: () => t('problems.connectionName', { max: String(CONNECTION_NAME_MAX_LENGTH) }),
  invisible_characters: (p) => t('problems.invisibleCharacters', { what: p.what }),
  exchange_id: () => t('problems.exchangeId'),
  duplicate_connection: () => t('problems.duplicateConnection'),
  connection_id: () => t('problems.connectionId'),
  empty_value: (p) => t('problems.emptyValue', { what: p.what, field: p.field ?? '' }),
  field_name: (p) => t('problems.fieldName', { field: p.field }),
  no_credentials: () => t('problems.noCredentials'),
  missing_fields: (p, ex) => t('problems.missingFields', { ...exchangeArgs(ex), fields: namesText(p.fields) }),
  extra_fields: (p, ex) => t('problems.extraFields', { ...exchangeArgs(ex), count: p.fields.length, fields: namesText(p.fields) }),
  unsupported_exchange: (p) => t('problems.unsupportedExchange', { exchangeId: p.exchangeId }),
  not_a_web_link: () => t('problems.notAWebLink'),
  nothing_exported: () => t('problems.nothingExported'),
  feed_off: () => t('problems.feedOff'),
  updates_unsupported: () => t('updates.status.unsupported'),
  no_update_found: () => t('problems.noUpdateFound'),
  no_update_downloaded: () => t('problems.noUpdateDownloaded'),
  api_key_length: (p) => t('problems.apiKeyLength', { min: String(p.min), max: String(p.max) }),
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

