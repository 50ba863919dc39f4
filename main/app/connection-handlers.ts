// The commands about one exchange connection once it exists: refresh, test,
// rename, count in the total or not, remove; and the list of exchanges CoinStats supports.
import type { PlainError } from '../../common/types';
import type { Handlers } from '../ipc/gate';
import { AppError, type HandlerContext } from './handler-context';
import type { Session } from './session';

/**
 * A one-connection refresh does not run the engine's enrichment pass (only a
 * full refresh does): without this, a newly added exchange shows raw coin ids
 * without icons until the next full refresh. Cheap: it fetches only new coins.
 */
export const enrichNewCoins =
  (view: HandlerContext['view']) =>
  async (session: Session): Promise<void> => {
    if ((await session.enrichment.update()).coinsFetched) view.changed();
  };

export type ConnectionHandlers = Pick<
  Handlers,
  | 'refreshConnection'
  | 'listSupportedExchanges'
  | 'renameConnection'
  | 'setCountInTotal'
  | 'removeConnection'
  | 'testConnection'
>;

export function knownConnection(session: Session, id: string): void {
  if (!session.store.getConnection(id)) throw new AppError('unknown_connection');
}

export function engineError(session: Session, id: string): PlainError | null {
  const runtime = session.engine.connectionState(id);
  return runtime.state === 'error' ? runtime.lastError : null;
}

export function connectionHandlers({ sessions, view }: HandlerContext): ConnectionHandlers {
  const enrich = enrichNewCoins(view);

  return {
    refreshConnection: async ({ id }) => {
      const session = sessions.current();
      knownConnection(session, id);
      await session.engine.refreshConnection(id, { userInitiated: true });
      await enrich(session);
    },

    listSupportedExchanges: async () => {
      const session = sessions.current();
      if (!(await session.vault.getApiKey())) throw new AppError('no_api_key');
      const list = await session.supportedExchanges();
      view.changed();
      return list;
    },

    renameConnection: ({ id, name }) => {
      sessions.current().store.renameConnection(id, name);
      view.changed();
    },

    setCountInTotal: ({ id, countInTotal }) => {
      sessions.current().store.setCountInTotal(id, countInTotal);
      view.changed();
    },

    removeConnection: async ({ id }) => {
      const session = sessions.current();
      knownConnection(session, id);
      session.engine.connectionRemoved(id);
      session.store.removeConnection(id);
      await session.vault.removeConnection(id);
      await view.secretsChanged();
    },

    testConnection: async ({ id }) => {
      const session = sessions.current();
      knownConnection(session, id);
      await session.engine.refreshConnection(id, { userInitiated: true });
      const failure = engineError(session, id);
      if (failure) return { ok: false, error: failure };
      return { ok: true, totalUsd: view.connectionView(id).totalUsd ?? 0 };
    },
  };
}
