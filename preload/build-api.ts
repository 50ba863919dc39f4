// Builds `window.tallybar` from the contract's names and a transport. Pure, so
// the same code runs in Electron's preload and in the end-to-end bridge.
import type { Command, EventName, Events, Result, TallybarApi } from '../common/contract';

export interface PreloadTransport {
  commands: readonly Command[];
  events: readonly EventName[];
  invoke(command: Command, payload: unknown): Promise<unknown>;
  subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

export function buildApi(transport: PreloadTransport): TallybarApi {
  const api: Record<string, unknown> = {};
  for (const command of transport.commands) {
    api[command] = (payload?: unknown) =>
      transport.invoke(command, payload) as Promise<Result<unknown>>;
  }
  api.on = <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
    if (!transport.events.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return transport.subscribe(event, listener);
  };
  return Object.freeze(api) as TallybarApi;
}
