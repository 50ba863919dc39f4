// The contract's commands, implemented on the current session. Requests arrive
// already parsed by the IPC gate; errors thrown here cross as plain
// `{ code, message }` (every TallybarError has toPlain()).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { holdingsCsv } from '../core/csv';
import { TallybarError } from '../../common/tallybar-error';
import { parseSettingsPatch } from '../services/settings-schema';
import { externalLinkDecision } from '../core/window-security';
import type { ConnectionView, PlainError, SupportedExchange } from '../../common/types';
import type { ErrorCode } from '../../common/error-codes';
import type { Handlers } from '../ipc/gate';
import type { DetailsTab } from '../../common/contract';
import type { Session } from './session';

/** An error a command answers with on purpose: a code and facts, worded by error-words. */
export class AppError extends TallybarError {
  override name = 'AppError';

  /** Re-throws an error the engine already worded (a connection's last error). */
  static fromPlain(plain: PlainError): AppError {
    return new AppError(plain.code, { requestId: plain.requestId ?? null }, plain);
  }
}

/** Errors after which a freshly added connection is rolled back: its keys are wrong. */
const REJECTING_CODES: ReadonlySet<ErrorCode> = new Set(['exchange_rejected', 'bad_request', 'coinstats_key_invalid']);

export interface HandlerContext {
  session(): Session;
  snapshot(): ReturnType<Handlers['getState']>;
  /** Re-read masked hints from the vault and push a new snapshot. */
  secretsChanged(): Promise<void>;
  changed(): void;
  connectionView(id: string): ConnectionView;
  openDetails(tab?: DetailsTab): void;
  hidePopover(): void;
  openExternal(url: string): Promise<void>;
  showSaveDialog(defaultPath: string): Promise<string | null>;
  setLaunchAtLogin(enabled: boolean): void;
  reloadSession(): Promise<void>;
  /** Throws an AppError saying why, when CoinStats does not answer at `url`. */
  probeBaseUrl(url: string): Promise<void>;
  startDemo(): Promise<void>;
  exitDemo(): Promise<void>;
  dismissNotice(id: string): void;
  locale(): string;
  downloadsDir(): string;
  quit(): void;
}

async function requireSecrets(session: Session): Promise<void> {
  const status = await session.vault.status();
  if (!status.ok) throw new AppError('encryption_unavailable', { reason: status.reason });
}

function checkFields(exchange: SupportedExchange, fields: Record<string, string>): void {
  const wanted = exchange.connectionFields.map((f) => f.key);
  const missing = exchange.connectionFields.filter((f) => !(f.key in fields) || fields[f.key]?.trim() === '');
  if (missing.length > 0) {
    throw new AppError('invalid_request', { exchangeName: exchange.name, problem: { id: 'missing_fields', fields: missing.map((f) => f.name) } });
  }
  const extra = Object.keys(fields).filter((key) => !wanted.includes(key));
  if (extra.length > 0) {
    throw new AppError('invalid_request', { exchangeName: exchange.name, problem: { id: 'extra_fields', fields: extra } });
  }
}

async function findExchange(session: Session, exchangeId: string): Promise<SupportedExchange> {
  const exchanges = await session.supportedExchanges();
  const exchange = exchanges.find((e) => e.connectionId === exchangeId);
  if (!exchange) throw new AppError('invalid_request', { problem: { id: 'unsupported_exchange', exchangeId } });
  return exchange;
}

export function createHandlers(ctx: HandlerContext): Handlers {
  // A one-connection refresh does not run the engine's enrichment pass (only a
  // full refresh does): without this, a newly added exchange shows raw coin ids
  // without icons until the next full refresh. Cheap: it fetches only new coins.
  const enrich = async (session: Session): Promise<void> => {
    if ((await session.enrichment.update()).coinsFetched) ctx.changed();
  };

  const engineError = (id: string): PlainError | null => {
    const runtime = ctx.session().engine.connectionState(id);
    return runtime.state === 'error' ? runtime.lastError : null;
  };

  return {
    getState: () => ctx.snapshot(),

    refreshAll: async () => {
      await ctx.session().engine.refreshAll({ userInitiated: true });
    },

    refreshConnection: async ({ id }) => {
      const session = ctx.session();
      if (!session.store.getConnection(id)) throw new AppError('unknown_connection');
      await session.engine.refreshConnection(id, { userInitiated: true });
      await enrich(session);
    },

    listSupportedExchanges: async () => {
      const session = ctx.session();
      if (!(await session.vault.getApiKey())) throw new AppError('no_api_key');
      const list = await session.supportedExchanges();
      ctx.changed();
      return list;
    },

    addConnection: async ({ exchangeId, fields, name }) => {
      const session = ctx.session();
      await requireSecrets(session);
      if (!(await session.vault.getApiKey())) throw new AppError('no_api_key');
      const exchange = await findExchange(session, exchangeId);
      checkFields(exchange, fields);
      const meta = session.store.addConnection({ exchangeId, name: name ?? exchange.name });
      try {
        await session.vault.setConnectionSecrets(meta.id, fields);
      } catch (error) {
        session.store.removeConnection(meta.id);
        throw error;
      }
      await ctx.secretsChanged();
      await session.engine.refreshConnection(meta.id, { userInitiated: true });
      await enrich(session);
      const failure = engineError(meta.id);
      if (failure && REJECTING_CODES.has(failure.code)) {
        // Wrong keys: keep nothing, and say exactly what the exchange said.
        session.engine.connectionRemoved(meta.id);
        session.store.removeConnection(meta.id);
        await session.vault.removeConnection(meta.id);
        await ctx.secretsChanged();
        throw AppError.fromPlain(failure);
      }
      return ctx.connectionView(meta.id);
    },

    replaceConnectionKeys: async ({ id, fields }) => {
      const session = ctx.session();
      await requireSecrets(session);
      const meta = session.store.getConnection(id);
      if (!meta) throw new AppError('unknown_connection');
      checkFields(await findExchange(session, meta.exchangeId), fields);
      await session.vault.setConnectionSecrets(id, fields);
      await ctx.secretsChanged();
      await session.engine.keysChanged(id);
      await session.engine.refreshConnection(id, { userInitiated: true });
      await enrich(session);
      return ctx.connectionView(id);
    },

    renameConnection: ({ id, name }) => {
      ctx.session().store.renameConnection(id, name);
      ctx.changed();
    },

    removeConnection: async ({ id }) => {
      const session = ctx.session();
      if (!session.store.getConnection(id)) throw new AppError('unknown_connection');
      session.engine.connectionRemoved(id);
      session.store.removeConnection(id);
      await session.vault.removeConnection(id);
      await ctx.secretsChanged();
    },

    testConnection: async ({ id }) => {
      const session = ctx.session();
      if (!session.store.getConnection(id)) throw new AppError('unknown_connection');
      await session.engine.refreshConnection(id, { userInitiated: true });
      const failure = engineError(id);
      if (failure) return { ok: false, error: failure };
      return { ok: true, totalUsd: ctx.connectionView(id).totalUsd ?? 0 };
    },

    setApiKey: async ({ key }) => {
      const session = ctx.session();
      await requireSecrets(session);
      // Free call: proves the key works before we keep it.
      await session.client.getCreditUsage({ apiKey: key });
      await session.vault.setApiKey(key);
      await ctx.secretsChanged();
      await session.engine.keysChanged();
      void session.governor.refreshUsage().then(() => ctx.changed());
      const hint = await session.vault.apiKeyHint();
      return { hint: hint ?? '' };
    },

    clearApiKey: async () => {
      await ctx.session().vault.clearApiKey();
      await ctx.secretsChanged();
    },

    forgetAllSecrets: async () => {
      const session = ctx.session();
      await session.vault.forgetAll();
      for (const meta of session.store.listConnections()) {
        session.engine.connectionRemoved(meta.id);
        session.store.removeConnection(meta.id);
      }
      await ctx.secretsChanged();
    },

    getSettings: () => ctx.session().store.getSettings(),

    updateSettings: async (patch) => {
      const session = ctx.session();
      const before = session.store.getSettings();
      const urlChanged = patch.apiBaseUrl !== undefined && patch.apiBaseUrl !== before.apiBaseUrl;
      if (urlChanged && patch.apiBaseUrl) {
        // Check first (the gate already did, but the probe sends the stored
        // key): never to a URL the rules refuse (plain http off this machine).
        // Probe before saving: a failed probe leaves every setting as it was.
        parseSettingsPatch(patch);
        await ctx.probeBaseUrl(patch.apiBaseUrl);
      }
      const next = session.store.updateSettings(patch);
      if (patch.launchAtLogin !== undefined && patch.launchAtLogin !== before.launchAtLogin) {
        ctx.setLaunchAtLogin(next.launchAtLogin);
      }
      session.engine.settingsChanged();
      if (urlChanged) await ctx.reloadSession();
      ctx.changed();
      return next;
    },

    getCredits: async () => {
      const session = ctx.session();
      await session.governor.refreshUsage();
      return session.governor.view();
    },

    queryHistory: ({ range }) => ctx.session().history.query(range),

    exportCsv: async () => {
      const snapshot = await ctx.snapshot();
      const date = new Date().toISOString().slice(0, 10);
      const path = await ctx.showSaveDialog(join(ctx.downloadsDir(), `tallybar-holdings-${date}.csv`));
      if (!path) return { saved: false };
      const csv = holdingsCsv({
        summary: snapshot.portfolio,
        connectionNames: Object.fromEntries(snapshot.connections.map((c) => [c.id, c.name])),
        currency: snapshot.settings.primaryCurrency,
        rates: snapshot.rates,
        privacy: snapshot.settings.privacyMode,
      });
      await writeFile(path, csv, { encoding: 'utf8', mode: 0o600 });
      return { saved: true, path };
    },

    openDetails: (request) => {
      ctx.openDetails(request?.tab);
    },

    hidePopover: () => ctx.hidePopover(),

    openExternal: async ({ url }) => {
      if (externalLinkDecision(url) !== 'open-in-browser') {
        throw new AppError('invalid_request', { problem: { id: 'not_a_web_link' } });
      }
      await ctx.openExternal(url);
    },

    startDemo: () => ctx.startDemo(),

    exitDemo: () => ctx.exitDemo(),

    dismissNotice: ({ id }) => ctx.dismissNotice(id),

    quit: () => ctx.quit(),
  };
}
