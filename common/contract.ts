// The one IPC contract, shared by main, preload and renderer. Zod-free: the
// preload bundle and the renderer import it as is, and main derives its zod
// request schemas from it (main/ipc/request-schemas.ts), checked against the
// `Requests` types below at build time.
import type { AlertsConfig, AlertsPatch } from './alerts';
import type { Catalogue, UiLanguage } from './i18n';
import type { Settings } from './settings';
import type {
  AppSnapshot,
  ConnectionView,
  CreditView,
  HistoryPoint,
  PlainError,
  SupportedExchange,
} from './types';

export const COMMANDS = [
  'getState',
  'refreshAll',
  'refreshConnection',
  'listSupportedExchanges',
  'addConnection',
  'replaceConnectionKeys',
  'renameConnection',
  'setCountInTotal',
  'removeConnection',
  'testConnection',
  'setApiKey',
  'clearApiKey',
  'forgetAllSecrets',
  'getSettings',
  'updateSettings',
  'getCredits',
  'queryHistory',
  'exportCsv',
  'showExportInFolder',
  'getFeedPath',
  'showFeedInFolder',
  'openDetails',
  'hidePopover',
  'openExternal',
  'startDemo',
  'exitDemo',
  'dismissNotice',
  'checkForUpdates',
  'downloadUpdate',
  'installUpdate',
  'quit',
  'updateAlerts',
  'getCatalogue',
] as const;
export type Command = (typeof COMMANDS)[number];

export const EVENTS = ['state', 'navigate'] as const;
export type EventName = (typeof EVENTS)[number];

export const DETAILS_TABS = ['holdings', 'exchanges', 'history', 'alerts', 'settings'] as const;
export type DetailsTab = (typeof DETAILS_TABS)[number];

export const HISTORY_RANGES = ['24h', '7d', '30d', 'all'] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];

/** Credential fields by the keys `/exchange/support` lists (`apiKey`, `apiSecret`, …). */
export type CredentialFields = Record<string, string>;

type ById = { id: string };

/** What each command takes; `undefined` for none. */
export interface Requests {
  getState: undefined;
  refreshAll: undefined;
  refreshConnection: ById;
  listSupportedExchanges: undefined;
  addConnection: { exchangeId: string; fields: CredentialFields; name?: string };
  replaceConnectionKeys: ById & { fields: CredentialFields };
  renameConnection: ById & { name: string };
  /** Leaves a connection out of the total (false) or counts it again (true). */
  setCountInTotal: ById & { countInTotal: boolean };
  removeConnection: ById;
  testConnection: ById;
  setApiKey: { key: string };
  clearApiKey: undefined;
  forgetAllSecrets: undefined;
  getSettings: undefined;
  updateSettings: Partial<Settings>;
  getCredits: undefined;
  queryHistory: { range: HistoryRange };
  exportCsv: undefined;
  /** Reveals the file the last export wrote: main keeps its path, so the renderer never names a path for the OS to open. */
  showExportInFolder: undefined;
  /** Where the status-bar feed is written (shown in Settings for scripts to read). */
  getFeedPath: undefined;
  /** Reveals the feed file; main knows its path, the renderer never names one. */
  showFeedInFolder: undefined;
  openDetails: { tab?: DetailsTab } | undefined;
  hidePopover: undefined;
  openExternal: { url: string };
  startDemo: undefined;
  exitDemo: undefined;
  dismissNotice: ById;
  /** "Check now": a check outside the daily rhythm; the outcome arrives in snapshots. */
  checkForUpdates: undefined;
  /** The user's consent to download the version found (setting `updates`: 'ask'). */
  downloadUpdate: undefined;
  /** "Restart to update": quits and installs the downloaded version. */
  installUpdate: undefined;
  quit: undefined;
  /** Any part of the alerts config; an edited or new rule starts armed. */
  updateAlerts: AlertsPatch;
  /** The messages of a language, as the snapshot names it. */
  getCatalogue: { language: UiLanguage };
}

/** What each command answers. Nothing here may ever carry a secret. */
export interface Responses {
  getState: AppSnapshot;
  refreshAll: void;
  refreshConnection: void;
  listSupportedExchanges: SupportedExchange[];
  addConnection: ConnectionView;
  replaceConnectionKeys: ConnectionView;
  renameConnection: void;
  setCountInTotal: void;
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
  showExportInFolder: void;
  getFeedPath: { path: string };
  showFeedInFolder: void;
  openDetails: void;
  hidePopover: void;
  openExternal: void;
  startDemo: void;
  exitDemo: void;
  dismissNotice: void;
  checkForUpdates: void;
  downloadUpdate: void;
  installUpdate: void;
  quit: void;
  updateAlerts: AlertsConfig;
  getCatalogue: Catalogue;
}

/** Events main pushes to windows. */
export interface Events {
  state: AppSnapshot;
  navigate: { tab: DetailsTab };
}

// Break the build if the name lists and the type maps drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractIsComplete: [Same<Command, keyof Requests>, Same<Command, keyof Responses>, Same<EventName, keyof Events>] = [true, true, true];
void contractIsComplete;

/** Invoke answers are wrapped so errors cross IPC as plain `{ code, message }`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: PlainError };

type Args<R> = [R] extends [undefined] ? [] : undefined extends R ? [R?] : [R];

/** The object the preload exposes as `window.tallybar`. */
export type TallybarApi = {
  [C in Command]: (...args: Args<Requests[C]>) => Promise<Result<Responses[C]>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};

export const invokeChannel = (command: Command): string => `tallybar:invoke:${command}`;
export const eventChannel = (event: EventName): string => `tallybar:event:${event}`;
