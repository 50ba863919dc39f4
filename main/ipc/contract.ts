// The one IPC contract. Every command the renderer may invoke is a key of
// `requestSchemas` (run-time validation in main) and of `Responses` (types).
// Main's handlers, the preload's `window.tallybar` object and the renderer's
// types are all derived from here; `channels.ts` holds the bare names for the
// preload bundle so zod does not ship into it.
import { z } from 'zod';
import type {
  AppSnapshot,
  ConnectionView,
  CreditView,
  HistoryPoint,
  PlainError,
  Settings,
  SupportedExchange,
} from '../core/types';

const id = z.string().min(1).max(100);
const secretValue = z.string().min(1).max(4096);
/** Exchange credential fields: keys come from `/exchange/support`. */
const connectionFields = z
  .record(z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9_]*$/), secretValue)
  .refine((fields) => Object.keys(fields).length > 0 && Object.keys(fields).length <= 10, {
    message: 'Expected between 1 and 10 credential fields',
  });
const displayName = z.string().trim().min(1).max(80);
const none = z.undefined();

export const settingsPatchSchema = z
  .object({
    primaryCurrency: z.string().regex(/^[A-Z]{3,5}$/),
    freshnessMinutes: z.number().int().min(1).max(24 * 60),
    backgroundMinutes: z.number().int().min(5).max(7 * 24 * 60),
    monthlyCreditBudget: z.number().int().min(0).max(100_000_000),
    dustThresholdUsd: z.number().min(0).max(1_000_000),
    privacyMode: z.boolean(),
    trayTitleFormat: z.enum(['primary', 'btc', 'compact', 'icon']),
    notifications: z.boolean(),
    launchAtLogin: z.boolean(),
    apiBaseUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]),
  })
  .partial()
  .strict();

export const DETAILS_TABS = ['holdings', 'exchanges', 'history', 'settings'] as const;
export type DetailsTab = (typeof DETAILS_TABS)[number];

export const HISTORY_RANGES = ['24h', '7d', '30d', 'all'] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];

export const requestSchemas = {
  getState: none,
  refreshAll: none,
  refreshConnection: z.object({ id }).strict(),
  listSupportedExchanges: none,
  addConnection: z
    .object({ exchangeId: id, fields: connectionFields, name: displayName.optional() })
    .strict(),
  replaceConnectionKeys: z.object({ id, fields: connectionFields }).strict(),
  renameConnection: z.object({ id, name: displayName }).strict(),
  removeConnection: z.object({ id }).strict(),
  testConnection: z.object({ id }).strict(),
  setApiKey: z.object({ key: z.string().trim().min(8).max(512) }).strict(),
  clearApiKey: none,
  forgetAllSecrets: none,
  getSettings: none,
  updateSettings: settingsPatchSchema,
  getCredits: none,
  queryHistory: z.object({ range: z.enum(HISTORY_RANGES) }).strict(),
  exportCsv: none,
  openDetails: z.object({ tab: z.enum(DETAILS_TABS).optional() }).strict().optional(),
  hidePopover: none,
  openExternal: z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) }).strict(),
  startDemo: none,
  exitDemo: none,
  dismissNotice: z.object({ id }).strict(),
  quit: none,
} as const;

export type Command = keyof typeof requestSchemas;
export type Request<C extends Command> = z.input<(typeof requestSchemas)[C]>;

/** What each command answers. Nothing here may ever carry a secret. */
export interface Responses {
  getState: AppSnapshot;
  refreshAll: void;
  refreshConnection: void;
  listSupportedExchanges: SupportedExchange[];
  addConnection: ConnectionView;
  replaceConnectionKeys: ConnectionView;
  renameConnection: void;
  removeConnection: void;
  testConnection: { ok: true; totalUsd: number } | { ok: false; error: PlainError };
  setApiKey: { hint: string };
  clearApiKey: void;
  forgetAllSecrets: void;
  getSettings: Settings;
  updateSettings: Settings;
  getCredits: CreditView;
  queryHistory: HistoryPoint[];
  exportCsv: { saved: boolean; path?: string };
  openDetails: void;
  hidePopover: void;
  openExternal: void;
  startDemo: void;
  exitDemo: void;
  dismissNotice: void;
  quit: void;
}

// Break the build if a command lacks a response type or vice versa.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractIsComplete: Exact<Command, keyof Responses> = true;
void contractIsComplete;

/** Invoke answers are wrapped so errors cross IPC as plain `{ code, message }`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: PlainError };

/** Events main pushes to windows. */
export interface Events {
  state: AppSnapshot;
  navigate: { tab: DetailsTab };
}
export type EventName = keyof Events;

/** The object the preload exposes as `window.tallybar`. */
export type TallybarApi = {
  [C in Command]: (...args: Request<C> extends undefined ? [] : undefined extends Request<C> ? [Request<C>?] : [Request<C>]) => Promise<Result<Responses[C]>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};
