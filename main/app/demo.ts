// Demo mode's made-up accounts: the built-in CoinStats double accepts the key
// `demo-key` and any credential that starts with `demo`.
import type { PowerEvent } from '../ports';
import type { SyncEngine } from '../services/sync-engine';
import type { Session } from './session';

export const DEMO_API_KEY = 'demo-key';

const DEMO_CONNECTIONS: Record<string, { name: string; fields: Record<string, string> }> = {
  binance: { name: 'Binance', fields: { apiKey: 'demo-binance-key', apiSecret: 'demo-binance-secret' } },
  kraken: { name: 'Kraken', fields: { apiKey: 'demo-kraken-key', apiSecret: 'demo-kraken-secret' } },
  okx: { name: 'OKX', fields: { apiKey: 'demo-okx-key', apiSecret: 'demo-okx-secret', passphrase: 'demo-okx-pass' } },
};

/** Gives a fresh demo session its key and three exchanges; a returning one keeps what it has. */
export async function seedDemoSession(demo: Session): Promise<void> {
  if (!(await demo.vault.getApiKey())) await demo.vault.setApiKey(DEMO_API_KEY);
  if (demo.store.listConnections().length > 0) return;
  for (const [exchangeId, { name, fields }] of Object.entries(DEMO_CONNECTIONS)) {
    const meta = demo.store.addConnection({ exchangeId, name });
    await demo.vault.setConnectionSecrets(meta.id, fields);
  }
}

/** What each OS power or presence event means to the sync engine. */
export function routePowerEvent(engine: SyncEngine, event: PowerEvent): void {
  switch (event) {
    case 'suspend': return engine.suspend();
    case 'resume': return engine.resume();
    case 'lock-screen': return engine.lock();
    case 'unlock-screen': return engine.unlock();
    case 'user-idle': return engine.setUserActive(false);
    case 'user-active': return engine.setUserActive(true);
    case 'online': return engine.setOnline(true);
    case 'offline': return engine.setOnline(false);
  }
}
