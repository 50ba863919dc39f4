// Builds the AppSnapshot main pushes to windows: everything the renderer shows,
// nothing it must not see. Hints are the only trace of secrets, and they come
// masked from the vault.
import { aggregatePortfolio } from '../core/aggregate';
import { changeSinceLook } from '../core/last-look';
import { keyHealthOf } from '../core/key-health';
import { inTotal, incompleteIds, standingOf } from '../core/standing';
import type { AppSnapshot, ConnectionView, PlainError } from '../../common/types';
import type { LastLook } from '../../common/look-types';
import type { Session } from './session';
import type { KeystoreGap } from '../../common/error-facts';
import { keystoreReason } from '../../common/error-words';
import { rewordError } from '../../common/tallybar-error';
import { rewordNotice, type StoreNotice } from '../services/store-recovery';

export interface SnapshotContext {
  session: Session;
  /** With `gap` when the vault says why, so the reason is worded in the snapshot's language. */
  secretsAvailable: { ok: true } | { ok: false; reason: string; gap?: KeystoreGap };
  apiKeyHint: string | null;
  hints: ReadonlyMap<string, Record<string, string>>;
  notices: readonly StoreNotice[];
  platform: AppSnapshot['platform'];
  locale: string;
  language: AppSnapshot['language'];
  systemLanguage: AppSnapshot['systemLanguage'];
  /** The look "since you last looked" compares with (main/app/look-tracker.ts). */
  lastLook: LastLook | null;
  shortcut: AppSnapshot['shortcut'];
  update: AppSnapshot['update'];
  /** An app-level error on a connection that the engine does not know (e.g. missing keys). */
  connectionErrors?: ReadonlyMap<string, PlainError>;
}

export function buildSnapshot(ctx: SnapshotContext): AppSnapshot {
  const { session } = ctx;
  const { store, engine } = session;
  const settings = store.getSettings();
  const balances = store.getBalances();
  const exchanges = new Map(session.cachedExchanges().map((e) => [e.connectionId, e]));
  const connections: ConnectionView[] = store.listConnections().map((meta) => {
    const runtime = engine.connectionState(meta.id);
    const exchange = exchanges.get(meta.exchangeId);
    const rows = balances[meta.id]?.rows;
    const appError = ctx.connectionErrors?.get(meta.id) ?? null;
    // Stored and held errors are worded again: the language may have changed since they were made.
    const held = appError ?? runtime.lastError ?? meta.lastError;
    const lastError = held ? rewordError(held) : null;
    return {
      id: meta.id,
      exchangeId: meta.exchangeId,
      exchangeName: exchange?.name ?? meta.exchangeId,
      exchangeIcon: exchange?.icon ?? null,
      name: meta.name,
      state: appError ? 'error' : runtime.state,
      lastSyncAt: meta.lastSyncAt,
      lastError,
      // Part of a first sync is not this exchange's value: it is not known yet.
      totalUsd: rows && inTotal(meta) ? rows.reduce((sum, row) => sum + row.amount * row.price, 0) : null,
      countInTotal: meta.countInTotal,
      flagged: balances[meta.id]?.flagged ?? [],
      credentialHints: ctx.hints.get(meta.id) ?? {},
      keys: keyHealthOf(meta, lastError, settings.keyRotationDays, session.now()),
    };
  });

  const credits = session.governor.view();
  const standing = standingOf(connections, credits);
  const counted = new Set(connections.filter((c) => inTotal(c) && c.countInTotal).map((c) => c.id));
  const portfolio = aggregatePortfolio({
    balances: Object.values(balances).filter((b) => counted.has(b.connectionId)),
    coins: store.getCoinCache().value ?? {},
    dustThresholdUsd: settings.dustThresholdUsd,
    failingConnectionIds: incompleteIds(connections, standing),
  });

  return {
    demo: session.demo,
    platform: ctx.platform,
    locale: ctx.locale,
    language: ctx.language,
    systemLanguage: ctx.systemLanguage,
    secretsAvailable: secretsAvailableView(ctx.secretsAvailable),
    apiKey: { set: ctx.apiKeyHint !== null, hint: ctx.apiKeyHint },
    settings,
    connections,
    portfolio,
    rates: store.getRates().value ?? { USD: 1 },
    refreshing: engine.isRefreshing(),
    refreshProgress: engine.progress(),
    standing,
    credits,
    sinceLastLook: changeSinceLook({ portfolio, connections, standing }, ctx.lastLook),
    shortcut: ctx.shortcut,
    update: ctx.update,
    notices: ctx.notices.map(rewordNotice),
    alerts: store.alertsView(),
  };
}

function secretsAvailableView(status: SnapshotContext['secretsAvailable']): AppSnapshot['secretsAvailable'] {
  if (status.ok) return { ok: true };
  return { ok: false, reason: status.gap ? keystoreReason(status.gap) : status.reason };
}
