// Main's run-time check of every command in the contract (common/contract.ts):
// one zod schema per command, each tied at build time to the contract's
// `Requests` type, so a drift in either breaks the build.
import { z } from 'zod';
import { DETAILS_TABS, HISTORY_RANGES, type Command, type Requests } from '../../common/contract';
import { LANGUAGES, PSEUDO_LANGUAGE, t } from '../../common/i18n';
import { API_KEY_LENGTH, CONNECTION_NAME_MAX_LENGTH } from '../../common/settings';
import { alertsPatchSchema } from '../services/alerts-schema';
import { settingsPatchSchema } from '../services/settings-schema';

const MAX_CREDENTIAL_FIELDS = 10;
const id = z.string().min(1).max(100);
const secretValue = z.string().min(1).max(4096);
/** Exchange credential fields: keys come from `/exchange/support`. */
const connectionFields = z
  .record(z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9_]*$/), secretValue)
  .refine((fields) => Object.keys(fields).length > 0 && Object.keys(fields).length <= MAX_CREDENTIAL_FIELDS, {
    // A function: words are looked up when a request fails, in the language of that moment.
    error: () => t('errors.request.credentialFieldCount', { max: String(MAX_CREDENTIAL_FIELDS) }),
  });
const displayName = z.string().trim().min(1).max(CONNECTION_NAME_MAX_LENGTH);
const none = z.undefined();
const byId = z.object({ id }).strict();

export const requestSchemas = {
  getState: none,
  refreshAll: none,
  refreshConnection: byId,
  listSupportedExchanges: none,
  addConnection: z.object({ exchangeId: id, fields: connectionFields, name: displayName.optional() }).strict(),
  replaceConnectionKeys: z.object({ id, fields: connectionFields }).strict(),
  renameConnection: z.object({ id, name: displayName }).strict(),
  setCountInTotal: z.object({ id, countInTotal: z.boolean() }).strict(),
  removeConnection: byId,
  testConnection: byId,
  setApiKey: z.object({ key: z.string().trim().min(API_KEY_LENGTH.min).max(API_KEY_LENGTH.max) }).strict(),
  clearApiKey: none,
  forgetAllSecrets: none,
  getSettings: none,
  updateSettings: settingsPatchSchema,
  getCredits: none,
  queryHistory: z.object({ range: z.enum(HISTORY_RANGES) }).strict(),
  exportCsv: none,
  showExportInFolder: none,
  getFeedPath: none,
  showFeedInFolder: none,
  openDetails: z.object({ tab: z.enum(DETAILS_TABS).optional() }).strict().optional(),
  hidePopover: none,
  openExternal: z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) }).strict(),
  startDemo: none,
  exitDemo: none,
  dismissNotice: byId,
  checkForUpdates: none,
  downloadUpdate: none,
  installUpdate: none,
  quit: none,
  updateAlerts: alertsPatchSchema,
  getCatalogue: z.object({ language: z.enum([...LANGUAGES, PSEUDO_LANGUAGE]) }).strict(),
} as const satisfies Record<Command, z.ZodType>;

// Each schema accepts exactly what the contract says the renderer sends.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Drifted = { [C in Command]: Same<z.input<(typeof requestSchemas)[C]>, Requests[C]> extends true ? never : C }[Command];
const schemasMatchContract: [Drifted] extends [never] ? true : Drifted = true;
void schemasMatchContract;
