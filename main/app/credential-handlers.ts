// The commands that take exchange credentials: add a connection, replace its
// keys. Both check the fields against what CoinStats says the exchange needs.
import type { ErrorCode } from '../../common/error-codes';
import type { SupportedExchange } from '../../common/types';
import type { Handlers } from '../ipc/gate';
import { engineError, enrichNewCoins } from './connection-handlers';
import { AppError, type HandlerContext } from './handler-context';
import type { Session } from './session';

export type CredentialHandlers = Pick<Handlers, 'addConnection' | 'replaceConnectionKeys'>;

/** Errors after which a freshly added connection is rolled back: its keys are wrong. */
const REJECTING_CODES: ReadonlySet<ErrorCode> = new Set(['exchange_rejected', 'bad_request', 'coinstats_key_invalid']);

export async function requireSecrets(session: Session): Promise<void> {
  const status = await session.vault.status();
  if (!status.ok) throw new AppError('encryption_unavailable', { keystore: status.gap });
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

export function credentialHandlers({ sessions, view }: HandlerContext): CredentialHandlers {
  const enrich = enrichNewCoins(view);

  /** Wrong keys: keep nothing of a connection just added. */
  async function rollBack(session: Session, id: string): Promise<void> {
    session.engine.connectionRemoved(id);
    session.store.removeConnection(id);
    await session.vault.removeConnection(id);
    await view.secretsChanged();
  }

  return {
    addConnection: async ({ exchangeId, fields, name }) => {
      const session = sessions.current();
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
      await view.secretsChanged();
      await session.engine.refreshConnection(meta.id, { userInitiated: true });
      await enrich(session);
      const failure = engineError(session, meta.id);
      if (failure && REJECTING_CODES.has(failure.code)) {
        // Say exactly what the exchange said.
        await rollBack(session, meta.id);
        throw AppError.fromPlain(failure);
      }
      return view.connectionView(meta.id);
    },

    replaceConnectionKeys: async ({ id, fields }) => {
      const session = sessions.current();
      await requireSecrets(session);
      const meta = session.store.getConnection(id);
      if (!meta) throw new AppError('unknown_connection');
      checkFields(await findExchange(session, meta.exchangeId), fields);
      // Test the new keys before anything is saved: a mistyped key must not
      // cost the user the keys that work. A failure answers the error and
      // leaves the old keys, the connection and its balance as they were.
      const tested = await session.client.getExchangeBalance({ connectionId: meta.exchangeId, connectionFields: fields });
      await session.vault.setConnectionSecrets(id, fields);
      session.store.keysReplaced(id);
      await view.secretsChanged();
      await session.engine.keysChanged(id, tested);
      await enrich(session);
      return view.connectionView(id);
    },

  };
}
