// An in-memory `window.tallybar` for renderer tests, typed as the real
// contract's TallybarApi so API drift breaks the build. It behaves like main
// at the boundary (answers Results, pushes snapshots after changes) without
// being main: tests assert on what the DOM shows.
import { catalogueOf } from '../../main/app/language';
import { resolveLanguage } from '../../common/i18n';
import type { Command, DetailsTab, EventName, Events, Requests, Responses, Result, TallybarApi } from '../../common/contract';
import type { AppSnapshot, ConnectionView, HistoryPoint, SupportedExchange } from '../../common/types';
import type { ErrorCode } from '../../common/error-codes';
import { NOW, SUPPORTED, connectionView, emptySnapshot } from './snapshot-fixture';
import { maskSecret } from '../../main/services/vault-file';
import { standingOf } from '../../main/core/standing';
import { parseAlertsPatch } from '../../main/services/alerts-schema';
import { problemSentence } from '../../common/problem-words';
import { FEED_FILE_NAME } from '../../main/core/feed';
import { checkAccelerator } from '../../common/accelerator';

export interface FakeOptions {
  snapshot?: AppSnapshot;
  exchanges?: SupportedExchange[];
  history?: HistoryPoint[];
  /** The snapshot `startDemo` switches to. */
  demoSnapshot?: AppSnapshot;
  /** Global shortcuts the OS refuses (another app holds them). */
  shortcutsTaken?: string[];
}

export interface FakeTallybar {
  api: TallybarApi;
  snapshot(): AppSnapshot;
  /** Replace (part of) the state and push it, as main does after a change. */
  push(patch: Partial<AppSnapshot>): void;
  navigate(tab: DetailsTab): void;
  /** Outward effects with no DOM trace of their own (window hidden, browser opened). */
  effects: string[];
  /**
   * The next call of `command` waits, as a slow main does, until `release()`;
   * then it is handled, or answered with `refusal` instead (main said no).
   */
  holdNext(command: Command, refusal?: { code: ErrorCode; message: string }): { release(): void };
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: ErrorCode, message: string, action?: string): Result<never> => ({
  ok: false,
  error: action ? { code, message, action } : { code, message },
});
// The vault's own masking, so a test cannot pass on a hint only the fake makes.
const hint = (secret: string): string => maskSecret(secret);

export function createFakeTallybar(options: FakeOptions = {}): FakeTallybar {
  let state = structuredClone(options.snapshot ?? emptySnapshot());
  const exchanges = options.exchanges ?? SUPPORTED;
  const listeners: { [E in EventName]: Set<(payload: Events[E]) => void> } = { state: new Set(), navigate: new Set() };
  const effects: string[] = [];

  const push = (patch: Partial<AppSnapshot>): void => {
    state = { ...state, ...patch };
    // Main reads the standing from the connections; so does the fake, unless a test sets it.
    if (!patch.standing) state.standing = standingOf(state.connections, state.credits);
    const copy = structuredClone(state); // main sends a serialised copy
    for (const listener of listeners.state) listener(copy);
  };
  // As main's controller answers: the canonical accelerator, refused when another app holds it.
  const shortcutOf = (accelerator: string): AppSnapshot['shortcut'] => {
    const check = checkAccelerator(accelerator);
    const canonical = check.ok ? check.accelerator : accelerator;
    if (canonical === '') return { accelerator: '', registered: false, problem: null, viaPortal: false };
    const taken = options.shortcutsTaken?.includes(canonical) ?? false;
    return { accelerator: canonical, registered: !taken, problem: taken ? 'refused' : null, viaPortal: false };
  };
  const find = (id: string): ConnectionView | undefined => state.connections.find((c) => c.id === id);
  const unknown = (id: string) => fail('unknown_connection', `No connection with id ${id}.`);
  const hintsOf = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, hint(v)]));

  type Handlers = { [C in Command]: (req: Requests[C]) => Result<Responses[C]> | Promise<Result<Responses[C]>> };
  const handlers: Handlers = {
    getState: () => ok(structuredClone(state)),
    refreshAll: () => {
      push({ refreshing: true });
      setTimeout(() => push({ refreshing: false, connections: state.connections.map((c) => ({ ...c, lastSyncAt: Date.now() })) }), 10);
      return ok(undefined);
    },
    refreshConnection: ({ id }) => (find(id) ? ok(undefined) : unknown(id)),
    listSupportedExchanges: () => ok(structuredClone(exchanges)),
    addConnection: ({ exchangeId, fields, name }) => {
      const exchange = exchanges.find((e) => e.connectionId === exchangeId);
      if (!exchange) return fail('not_found', `${exchangeId} is not a supported exchange.`);
      const missing = exchange.connectionFields.find((f) => !fields[f.key]);
      if (missing) return fail('invalid_request', `Missing ${missing.name}.`);
      if (fields.apiKey === 'rejected-key') {
        return fail('exchange_rejected', `${exchange.name} rejected the API key.`, 'Create a read-only key without IP restriction.');
      }
      const view = connectionView({
        id: `c-${exchangeId}-${state.connections.length + 1}`,
        exchangeId,
        name: name ?? exchange.name,
        state: 'syncing',
        lastSyncAt: null,
        credentialHints: hintsOf(fields),
        keys: { setAt: Date.now(), rotationDue: false, workedUntil: null },
      });
      push({ connections: [...state.connections, view] });
      return ok(view);
    },
    replaceConnectionKeys: ({ id, fields }) => {
      const c = find(id);
      if (!c) return unknown(id);
      // New keys: their age and the rotation reminder start again, as main's store does.
      const next = { ...c, credentialHints: hintsOf(fields), keys: { setAt: Date.now(), rotationDue: false, workedUntil: null } };
      push({ connections: state.connections.map((x) => (x.id === id ? next : x)) });
      return ok(next);
    },
    renameConnection: ({ id, name }) => {
      if (!find(id)) return unknown(id);
      push({ connections: state.connections.map((x) => (x.id === id ? { ...x, name: name.trim() } : x)) });
      return ok(undefined);
    },
    setCountInTotal: ({ id, countInTotal }) => {
      if (!find(id)) return unknown(id);
      push({ connections: state.connections.map((x) => (x.id === id ? { ...x, countInTotal } : x)) });
      return ok(undefined);
    },
    removeConnection: ({ id }) => {
      if (!find(id)) return unknown(id);
      push({ connections: state.connections.filter((x) => x.id !== id) });
      return ok(undefined);
    },
    testConnection: ({ id }) => {
      const c = find(id);
      if (!c) return unknown(id);
      return ok(c.lastError ? { ok: false as const, error: c.lastError } : { ok: true as const, totalUsd: c.totalUsd ?? 0 });
    },
    setApiKey: ({ key }) => {
      if (!state.secretsAvailable.ok) return fail('encryption_unavailable', state.secretsAvailable.reason);
      if (key.trim().length < 8) return fail('invalid_request', 'The key is too short.');
      if (key.startsWith('invalid')) {
        return fail('coinstats_key_invalid', 'CoinStats did not accept your API key.', 'Copy the key again from openapi.coinstats.app.');
      }
      const apiKey = { set: true, hint: hint(key.trim()) };
      push({ apiKey });
      return ok({ hint: apiKey.hint });
    },
    clearApiKey: () => {
      push({ apiKey: { set: false, hint: null } });
      return ok(undefined);
    },
    forgetAllSecrets: () => {
      push({ apiKey: { set: false, hint: null }, connections: state.connections.map((c) => ({ ...c, credentialHints: {} })) });
      return ok(undefined);
    },
    getSettings: () => ok({ ...state.settings }),
    updateSettings: (patch) => {
      if (patch.globalShortcut !== undefined && !checkAccelerator(patch.globalShortcut).ok) return fail('invalid_request', 'The global shortcut is not valid.');
      const settings = { ...state.settings, ...patch };
      push({
        settings,
        // As main's language.ts: the setting, or what the OS's language resolves to.
        language: resolveLanguage(settings.language, [state.systemLanguage]),
        ...(patch.globalShortcut !== undefined ? { shortcut: shortcutOf(patch.globalShortcut) } : {}),
      });
      return ok(settings);
    },
    getCredits: () => ok({ ...state.credits }),
    queryHistory: ({ range }) => {
      const spans = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000, all: Infinity };
      const now = state.standing.syncedAt ?? NOW;
      return ok((options.history ?? []).filter((p) => now - p.t <= spans[range]));
    },
    exportCsv: () => ok({ saved: true, path: '/home/me/holdings.csv' }),
    showExportInFolder: () => {
      effects.push('showExportInFolder');
      return ok(undefined);
    },
    getFeedPath: () => ok({ path: `/home/me/.config/Tallybar/${FEED_FILE_NAME}` }),
    showFeedInFolder: () => {
      if (!state.settings.feedEnabled) return fail('invalid_request', problemSentence({ id: 'feed_off' }, null));
      effects.push('showFeedInFolder');
      return ok(undefined);
    },
    openDetails: (req) => {
      effects.push(`openDetails:${req?.tab ?? ''}`);
      return ok(undefined);
    },
    hidePopover: () => {
      effects.push('hidePopover');
      return ok(undefined);
    },
    openExternal: ({ url }) => {
      effects.push(`openExternal:${url}`);
      return ok(undefined);
    },
    startDemo: () => {
      state = structuredClone(options.demoSnapshot ?? { ...state, demo: true });
      push({ demo: true });
      return ok(undefined);
    },
    exitDemo: () => {
      effects.push('exitDemo');
      push({ demo: false });
      return ok(undefined);
    },
    dismissNotice: ({ id }) => {
      push({ notices: state.notices.filter((n) => n.id !== id) });
      return ok(undefined);
    },
    // As main's update handlers: consent only to a version found, a restart only once one is downloaded.
    checkForUpdates: () => {
      if (state.update.stage === 'unsupported') return fail('invalid_request', problemSentence({ id: 'updates_unsupported' }, null));
      if (state.update.stage === 'idle') push({ update: { ...state.update, stage: 'checking' } });
      return ok(undefined);
    },
    downloadUpdate: () => {
      if (state.update.stage !== 'available') return fail('invalid_request', problemSentence({ id: 'no_update_found' }, null));
      push({ update: { ...state.update, stage: 'downloading', progress: 0 } });
      return ok(undefined);
    },
    installUpdate: () => {
      if (state.update.stage !== 'downloaded') return fail('invalid_request', problemSentence({ id: 'no_update_downloaded' }, null));
      effects.push('installUpdate');
      return ok(undefined);
    },
    quit: () => ok(undefined),
    getCatalogue: ({ language }) => ok(catalogueOf(language)),
    updateAlerts: (patch) => {
      // Main's own checks and words, so a form cannot pass on a patch main would refuse.
      try {
        parseAlertsPatch(patch);
      } catch (error) {
        return fail('invalid_request', (error as Error).message);
      }
      const { status, fired, ...config } = state.alerts;
      const next = { ...config, ...patch };
      const ids = new Set(next.rules.map((r) => r.id));
      push({ alerts: { ...next, status: Object.fromEntries(Object.entries(status).filter(([id]) => ids.has(id))), fired } });
      return ok(next);
    },
  };

  const api = {
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      const set = listeners[event] as Set<(payload: Events[E]) => void>;
      set.add(listener);
      return () => set.delete(listener);
    },
  } as Record<string, unknown>;
  const held = new Map<Command, { gate: Promise<void>; refusal: { code: ErrorCode; message: string } | undefined }>();
  for (const command of Object.keys(handlers) as Command[]) {
    // Answers arrive asynchronously, as over IPC.
    api[command] = async (req?: unknown) => {
      const hold = held.get(command);
      held.delete(command);
      if (hold) {
        await hold.gate;
        if (hold.refusal) return fail(hold.refusal.code, hold.refusal.message);
      }
      return (handlers[command] as (r: unknown) => unknown)(structuredClone(req));
    };
  }

  return {
    api: api as TallybarApi,
    snapshot: () => state,
    push,
    navigate: (tab) => {
      for (const listener of listeners.navigate) listener({ tab });
    },
    effects,
    holdNext(command, refusal) {
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      held.set(command, { gate, refusal });
      return { release };
    },
  };
}
