// Test harness for the gate: an IpcMain stand-in with Electron's semantics
// (one handler per channel, invoke by channel), valid requests for every
// command, and real handlers that count what reaches them.
import { pageUrl } from '../../../main/core/app-url';
import { DEFAULT_ALERTS } from '../../../common/alerts';
import { DEFAULT_SETTINGS } from '../../../common/settings';
import { type AppSnapshot, type ConnectionView } from '../../../common/types';
import { emptySnapshot } from '../../support/snapshot-fixture';
import type { Command, Requests, Responses, Result } from '../../../common/contract';
import type { Handlers, InvokeEventLike } from '../../../main/ipc/gate';
import { LoopbackIpcMain } from '../../support/e2e/loopback-ipc';

/**
 * The one ipcMain stand-in of the suites (Electron's registration rules,
 * error wording and cloning), called with whatever event a test makes up.
 */
export class RecordingIpcMain extends LoopbackIpcMain {
  /** Like ipcRenderer.invoke: a rejected listener would reach the renderer. */
  override invokeWithEvent(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<Result<unknown>> {
    return super.invokeWithEvent(channel, event, ...args) as Promise<Result<unknown>>;
  }
}

export const POPOVER_URL = pageUrl('popover');
export const OUR_WINDOW_IDS = [1, 2] as const;

export function senderEvent(
  id: number,
  url: string | null = POPOVER_URL,
  parent: object | null = null,
): InvokeEventLike {
  return { sender: { id }, senderFrame: url === null ? null : { url, parent } };
}

export const trustedEvent = (): InvokeEventLike => senderEvent(1);

const connection: ConnectionView = {
  id: 'c1',
  exchangeId: 'binance',
  exchangeName: 'Binance',
  exchangeIcon: null,
  name: 'Binance',
  state: 'synced',
  lastSyncAt: 1,
  lastError: null,
  totalUsd: 10,
  countInTotal: true,
  flagged: [],
  credentialHints: { apiKey: '••••a1b2' },
  keys: { setAt: 1, rotationDue: false, workedUntil: null },
};

export function snapshot(overrides: Partial<AppSnapshot> = {}): AppSnapshot {
  return emptySnapshot({
    apiKey: { set: true, hint: '••••wxyz' },
    connections: [connection],
    portfolio: {
      totalUsd: 10,
      totalBtc: 0.0001,
      change24hPct: null,
      change24hUsd: null,
      rows: [],
      dust: { count: 0, valueUsd: 0, valueBtc: 0, share: 0, rows: [] },
      partial: false,
    },
    rates: { USD: 1 },
    credits: {
      remaining: null,
      total: null,
      spentThisMonth: 0,
      projectedMonth: 0,
      budget: 20_000,
      effectiveBackgroundMinutes: 60,
      limited: null,
    },
    ...overrides,
  });
}

/** One valid request per command (the payload the preload would send). */
export const VALID_REQUESTS: { [C in Command]: Requests[C] } = {
  getState: undefined,
  refreshAll: undefined,
  refreshConnection: { id: 'c1' },
  listSupportedExchanges: undefined,
  addConnection: { exchangeId: 'kucoin', fields: { apiKey: 'demo1', apiSecret: 'demo2', passphrase: 'demo3' }, name: 'Main' },
  replaceConnectionKeys: { id: 'c1', fields: { apiKey: 'demo1', apiSecret: 'demo2' } },
  renameConnection: { id: 'c1', name: 'Savings' },
  setCountInTotal: { id: 'c1', countInTotal: false },
  removeConnection: { id: 'c1' },
  testConnection: { id: 'c1' },
  setApiKey: { key: 'demo-key-123' },
  clearApiKey: undefined,
  forgetAllSecrets: undefined,
  getSettings: undefined,
  updateSettings: { privacyMode: true, trayTitleFormat: 'btc', apiBaseUrl: 'http://127.0.0.1:4010' },
  getCredits: undefined,
  queryHistory: { range: '7d' },
  exportCsv: undefined,
  showExportInFolder: undefined,
  getFeedPath: undefined,
  showFeedInFolder: undefined,
  openDetails: { tab: 'history' },
  hidePopover: undefined,
  openExternal: { url: 'https://coinstats.app/api-docs' },
  startDemo: undefined,
  exitDemo: undefined,
  dismissNotice: { id: 'store-recovered' },
  downloadUpdate: undefined,
  installUpdate: undefined,
  quit: undefined,
  updateAlerts: { quietHours: { enabled: true, start: 22 * 60, end: 8 * 60 } },
  getCatalogue: { language: 'de' },
  checkForUpdates: undefined,
};

/** What each test handler answers. */
export const RESPONSES: Responses = {
  getState: snapshot(),
  refreshAll: undefined,
  refreshConnection: undefined,
  listSupportedExchanges: [
    { connectionId: 'binance', name: 'Binance', icon: 'https://x.example/b.png', connectionFields: [{ name: 'API key', key: 'apiKey' }] },
  ],
  addConnection: connection,
  replaceConnectionKeys: connection,
  renameConnection: undefined,
  setCountInTotal: undefined,
  removeConnection: undefined,
  testConnection: { ok: true, totalUsd: 10 },
  setApiKey: { hint: '••••-123' },
  clearApiKey: undefined,
  forgetAllSecrets: undefined,
  getSettings: { ...DEFAULT_SETTINGS },
  updateSettings: { ...DEFAULT_SETTINGS, privacyMode: true },
  getCredits: snapshot().credits,
  queryHistory: [{ t: 1, totalUsd: 10, totalBtc: 0.0001 }],
  exportCsv: { saved: true, path: '/tmp/holdings.csv' },
  showExportInFolder: undefined,
  getFeedPath: { path: '/tmp/tallybar-feed.json' },
  showFeedInFolder: undefined,
  openDetails: undefined,
  hidePopover: undefined,
  openExternal: undefined,
  startDemo: undefined,
  exitDemo: undefined,
  dismissNotice: undefined,
  downloadUpdate: undefined,
  installUpdate: undefined,
  quit: undefined,
  updateAlerts: DEFAULT_ALERTS,
  getCatalogue: { 'basics.never': 'nie' },
  checkForUpdates: undefined,
};

export interface Reached {
  command: Command;
  request: unknown;
  senderId: number;
}

/**
 * Real handlers (the code under test is the gate, not these): each records
 * what reached it and answers from RESPONSES, or runs `behaviour` instead.
 */
export function recordingHandlers(
  reached: Reached[],
  behaviour?: (command: Command, request: unknown) => unknown,
): Handlers {
  const handlers: Record<string, unknown> = {};
  for (const command of Object.keys(RESPONSES) as Command[]) {
    handlers[command] = async (request: unknown, ctx: { senderId: number }) => {
      reached.push({ command, request, senderId: ctx.senderId });
      return behaviour === undefined ? RESPONSES[command] : behaviour(command, request);
    };
  }
  return handlers as Handlers;
}
