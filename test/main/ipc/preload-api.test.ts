// The preload exposes exactly the contract: every command, plus `on`.
import { describe, expect, it } from 'vitest';
import { COMMANDS, EVENTS, eventChannel, invokeChannel } from '../../../common/contract';
import { type Command, type EventName, type Events } from '../../../common/contract';
import { requestSchemas } from '../../../main/ipc/request-schemas';
import { buildApi, type PreloadTransport } from '../../../preload/build-api';
import { VALID_REQUESTS } from './harness';

function recordingTransport() {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: PreloadTransport = {
    commands: COMMANDS,
    events: EVENTS,
    // Records the channel the real preload would use for this command.
    invoke: async (command, payload) => {
      invoked.push([invokeChannel(command), payload]);
      return { ok: true, value: command };
    },
    subscribe: <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
      const channel = eventChannel(event);
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
  const emit = (event: EventName, payload: unknown) => {
    for (const l of listeners.get(eventChannel(event)) ?? []) l(payload);
  };
  return { transport, invoked, emit, listeners };
}

describe('buildApi', () => {
  it('exposes exactly the contract commands and `on`, frozen', () => {
    const api = buildApi(recordingTransport().transport);
    expect(Object.keys(api).sort()).toEqual([...COMMANDS, 'on'].sort());
    expect(Object.keys(requestSchemas).sort()).toEqual([...COMMANDS].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it.each(COMMANDS)('%s invokes its own channel with the payload', async (command: Command) => {
    const { transport, invoked } = recordingTransport();
    const api = buildApi(transport) as unknown as Record<Command, (p?: unknown) => Promise<unknown>>;
    await expect(api[command](VALID_REQUESTS[command])).resolves.toEqual({ ok: true, value: command });
    expect(invoked).toEqual([[`tallybar:invoke:${command}`, VALID_REQUESTS[command]]]);
  });

  it('`on` delivers pushes and returns a working unsubscribe', () => {
    const { transport, emit } = recordingTransport();
    const api = buildApi(transport);
    const seen: unknown[] = [];
    const off = api.on('navigate', (p) => seen.push(p));
    emit('navigate', { tab: 'settings' });
    off();
    emit('navigate', { tab: 'holdings' });
    expect(seen).toEqual([{ tab: 'settings' }]);
  });

  it('`on` refuses an event the contract does not have', () => {
    const api = buildApi(recordingTransport().transport);
    expect(() => api.on('secrets' as EventName, () => {})).toThrow('Unknown event: secrets');
  });
});
