// The one settings schema. Main's IPC gate parses `updateSettings` with
// `settingsPatchSchema`, the local store checks every write and every stored
// value with it, and the file's JSON schema is generated from it; the limits
// come from common/settings.ts, which the renderer shows.
import { z } from 'zod';
import { checkAccelerator } from '../../common/accelerator';
import { LANGUAGE_CHOICES } from '../../common/i18n';
import { settingProblem } from '../../common/error-words';
import {
  API_BASE_URL_MAX_LENGTH,
  CURRENCY_CODE,
  PRIVACY_LEVELS,
  SETTING_RANGES,
  TRAY_TITLE_FORMATS,
  UPDATE_POLICIES,
  type Settings,
} from '../../common/settings';
import { TallybarError } from '../../common/tallybar-error';

/** A write to the local store that its rules refuse. */
export class StoreError extends TallybarError {
  override name = 'StoreError';
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The API key travels in a header to this URL: plain http only to this machine. */
function isAllowedBaseUrl(value: string): boolean {
  if (value === '') return true;
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

// Every check words its failure through error-words (`custom` issues the gate
// passes on as they are); the base types stay in the generated JSON schema.
const words = (key: keyof Settings) => ({ error: (issue: { input?: unknown }) => settingProblem(key, issue.input) });
const refined = <T extends z.ZodType>(key: keyof Settings, base: T, ok: (value: z.output<T>) => boolean) =>
  base.refine(ok, words(key));

const inRange = (key: keyof typeof SETTING_RANGES, whole: boolean) => {
  const { min, max } = SETTING_RANGES[key];
  return refined(key, z.number(words(key)), (v) => (!whole || Number.isInteger(v)) && v >= min && v <= max);
};

export const settingsSchema = z.object({
  primaryCurrency: refined('primaryCurrency', z.string(words('primaryCurrency')), (v) => CURRENCY_CODE.test(v)),
  freshnessMinutes: inRange('freshnessMinutes', true),
  backgroundMinutes: inRange('backgroundMinutes', true),
  monthlyCreditBudget: inRange('monthlyCreditBudget', true),
  dustThresholdUsd: inRange('dustThresholdUsd', false),
  privacyMode: z.boolean(words('privacyMode')),
  privacyLevel: z.enum(PRIVACY_LEVELS, words('privacyLevel')),
  privacyOnDisplayChange: z.boolean(words('privacyOnDisplayChange')),
  trayTitleFormat: z.enum(TRAY_TITLE_FORMATS, words('trayTitleFormat')),
  notifications: z.boolean(words('notifications')),
  launchAtLogin: z.boolean(words('launchAtLogin')),
  feedEnabled: z.boolean(words('feedEnabled')),
  apiBaseUrl: refined('apiBaseUrl', z.string(words('apiBaseUrl')), (v) => v.length <= API_BASE_URL_MAX_LENGTH && isAllowedBaseUrl(v)),
  // Stored as typed once valid; the controller registers the canonical spelling.
  globalShortcut: refined('globalShortcut', z.string(words('globalShortcut')), (v) => checkAccelerator(v).ok),
  keyRotationDays: inRange('keyRotationDays', true),
  updates: z.enum(UPDATE_POLICIES, words('updates')),
  language: z.enum(LANGUAGE_CHOICES, words('language')),
}) satisfies z.ZodType<Settings>;

/** What `updateSettings` takes: any subset, nothing else. */
export const settingsPatchSchema = settingsSchema.partial().strict();

/**
 * The file's settings object: types only, every key optional. A file from an
 * older version lacks newer keys, and one bad value (a hand edit) must fall
 * back to its default alone (`readSettings`), not fail the whole file.
 */
const { $schema: _dialect, ...fileSchema } = z.toJSONSchema(settingsSchema.partial(), { target: 'draft-2020-12', io: 'input' });
export const settingsJsonSchema = fileSchema;

/** Checks a partial update; throws a StoreError naming the first problem. */
export function parseSettingsPatch(patch: unknown): Partial<Settings> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new StoreError('invalid_request', { problem: { id: 'settings_not_object' } });
  }
  for (const key of Object.keys(patch)) {
    if (!Object.hasOwn(settingsSchema.shape, key)) throw new StoreError('invalid_request', { problem: { id: 'unknown_setting', setting: key } });
  }
  const parsed = settingsPatchSchema.safeParse(patch);
  if (parsed.success) return parsed.data;
  const key = parsed.error.issues[0]?.path[0] as keyof Settings;
  throw new StoreError('invalid_request', { problem: { id: 'setting', setting: key, value: (patch as Record<string, unknown>)[key] } });
}

/** Stored settings over the defaults; a stored value the schema refuses falls back to its default alone. */
export function readSettings(stored: Record<string, unknown>, defaults: Settings): Settings {
  const settings: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    if (key in stored && settingsSchema.shape[key].safeParse(stored[key]).success) settings[key] = stored[key];
  }
  return settings as unknown as Settings;
}
