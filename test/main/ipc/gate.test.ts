import { TallybarError } from '../../../common/tallybar-error';
import { describe, expect, it } from 'vitest';
import { setCatalogue } from '../../../common/i18n';
import english from '../../../common/locales/en';
import { catalogueOf } from '../../../main/app/language';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { isOurPageUrl } from '../../../main/core/app-url';
import { COMMANDS, invokeChannel } from '../../../common/contract';
import type { Command } from '../../../common/contract';
import { createSenderPolicy, registerIpcGate, type InvokeEventLike, type IpcMainLike } from '../../../main/ipc/gate';
import type { PushTarget } from '../../../main/ipc/push';
import {
  OUR_WINDOW_IDS,
  POPOVER_URL,
  RESPONSES,
  RecordingIpcMain,
  VALID_REQUESTS,
  recordingHandlers,
  senderEvent,
  snapshot,
  trustedEvent,
  type Reached,
} from './harness';

// Type tests: Electron's real objects must fit our narrow shapes, so the
// fakes above cannot drift from what the app wires in (checked by tsc).
const ipcMainFits: IpcMainLike = null as unknown as IpcMain;
const invokeEventFits: InvokeEventLike = null as unknown as IpcMainInvokeEvent;
const webContentsIsPushTarget: PushTarget = null as unknown as WebContents;
void ipcMainFits;
void invokeEventFits;
void webContentsIsPushTarget;

function setup(opts: { isSecret?: (v: string) => boolean; behaviour?: (c: Command, r: unknown) => unknown } = {}) {
  const ipc = new RecordingIpcMain();
  const reached: Reached[] = [];
  const logs: string[] = [];
  const unregister = registerIpcGate({
    ipcMain: ipc,
    handlers: recordingHandlers(reached, opts.behaviour),
    isTrustedSender: createSenderPolicy({
      windowIds: () => OUR_WINDOW_IDS,
      // As main/index.ts builds it in a packaged app (no dev server).
      appUrl: (url) => isOurPageUrl(url),
    }),
    log: (line) => logs.push(line),
    ...(opts.isSecret ? { isSecret: opts.isSecret } : {}),
  });
  return { ipc, reached, logs, unregister };
}

describe('registerIpcGate', () => {
  it('registers exactly one channel per contract command and unregisters them all', () => {
    const { ipc, unregister } = setup();
    expect(ipc.channels().sort()).toEqual(COMMANDS.map(invokeChannel).sort());
    unregister();
    expect(ipc.channels().length).toBe(0);
  });

  it.each(COMMANDS)('%s: a valid request from our window reaches the handler and answers ok', async (command) => {
    const { ipc, reached } = setup();
    const result = await ipc.invokeWithEvent(invokeChannel(command), senderEvent(2), VALID_REQUESTS[command]);
    expect(result).toEqual({ ok: true, value: RESPONSES[command] });
    expect(reached).toHaveLength(1);
    expect(reached[0]).toEqual({ command, request: VALID_REQUESTS[command], senderId: 2 });
  });

  it('passes the parsed value (trimmed, defaults applied), not the raw payload', async () => {
    const { ipc, reached } = setup();
    await ipc.invokeWithEvent(invokeChannel('renameConnection'), trustedEvent(), { id: 'c1', name: '  Savings  ' });
    expect(reached[0]?.request).toEqual({ id: 'c1', name: 'Savings' });
  });

  it('rejects extra arguments as an invalid request', async () => {
    const { ipc, reached } = setup();
    const result = await ipc.invokeWithEvent(invokeChannel('getState'), trustedEvent(), undefined, 'extra');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(reached).toHaveLength(0);
  });

  it('answers invalid_request with a readable summary naming the field', async () => {
    const { ipc, reached } = setup();
    const result = await ipc.invokeWithEvent(invokeChannel('queryHistory'), trustedEvent(), { range: '1y' });
    expect(reached).toHaveLength(0);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_request',
        message: 'Invalid request for queryHistory: range must be one of "24h", "7d", "30d", "all".',
      },
    });
  });

  it('a field of the wrong type is named with what it should be, in the language of the moment', async () => {
    const { ipc } = setup();
    const wrong = () => ipc.invokeWithEvent(invokeChannel('testConnection'), trustedEvent(), { id: 7 });
    expect(await wrong()).toEqual({ ok: false, error: { code: 'invalid_request', message: 'Invalid request for testConnection: id expected a string.' } });
    setCatalogue('de', catalogueOf('de'));
    try {
      expect(await wrong()).toMatchObject({ error: { message: expect.stringContaining('id: ein Text erwartet') } });
    } finally {
      setCatalogue('en', english);
    }
  });

  it('a payload that makes the schema itself throw is an invalid request, not a gate failure', async () => {
    const { ipc, logs } = setup();
    // zod's length check reads `length` from a non-string: a prototype-less object cannot be compared.
    const result = await ipc.invokeWithEvent(invokeChannel('testConnection'), trustedEvent(), { id: { length: Object.create(null) } });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_request', message: 'Invalid request for testConnection: its shape cannot be read.' } });
    expect(logs.join('\n')).not.toContain('BUG');
  });

  it('never echoes input values, unknown key names or record keys in validation messages', async () => {
    const { ipc } = setup();
    const secret = 'sk_live_9f8e7d6c5b4a3210';
    const payloads: [Command, unknown][] = [
      ['setApiKey', { key: 42, [secret]: secret }],
      ['setApiKey', { key: `${secret}${'x'.repeat(600)}` }],
      ['addConnection', { exchangeId: 'binance', fields: { [`9${secret}`]: secret } }],
      ['addConnection', { exchangeId: 'binance', fields: { apiKey: secret, [secret]: 7 } }],
      ['openExternal', { url: `javascript:alert('${secret}')` }],
      ['updateSettings', { apiBaseUrl: `ftp://${secret}@x` }],
      ['getState', secret],
    ];
    for (const [command, payload] of payloads) {
      const result = await ipc.invokeWithEvent(invokeChannel(command), trustedEvent(), payload);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(secret);
      expect(JSON.stringify(result)).not.toContain('sk_live');
    }
  });
});

describe('foreign senders', () => {
  const foreign: [string, InvokeEventLike][] = [
    ['an unknown window id', senderEvent(99)],
    ['our id but a foreign https page', senderEvent(1, 'https://evil.example/popover.html')],
    ['our id but a file:// page', senderEvent(1, 'file:///opt/Tallybar/resources/app.asar/out/renderer/popover.html')],
    ['our id but another file of our origin', senderEvent(1, 'app://tallybar/assets/popover.js')],
    ['our id but an encoded traversal', senderEvent(1, 'app://tallybar/..%2f..%2fpopover.html')],
    ['another host on our scheme', senderEvent(1, 'app://tallybar-evil/popover.html')],
    ['our id but a data: page', senderEvent(1, 'data:text/html,<script>1</script>')],
    ['a null frame', senderEvent(1, null)],
    ['a sub-frame of our page', senderEvent(1, POPOVER_URL, { url: 'x' })],
  ];

  it.each(foreign)('%s never reaches any handler', async (_label, event) => {
    const { ipc, reached, logs } = setup();
    for (const command of COMMANDS) {
      const result = await ipc.invokeWithEvent(invokeChannel(command), event, VALID_REQUESTS[command]);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(reached).toHaveLength(0);
    expect(logs).toHaveLength(COMMANDS.length);
    // Logged without the payload.
    expect(logs.join('\n')).not.toContain('demo1');
  });

  it('a policy that throws counts as untrusted', async () => {
    const ipc = new RecordingIpcMain();
    const reached: Reached[] = [];
    registerIpcGate({
      ipcMain: ipc,
      handlers: recordingHandlers(reached),
      isTrustedSender: () => {
        throw new Error('frame destroyed');
      },
    });
    const result = await ipc.invokeWithEvent(invokeChannel('quit'), trustedEvent());
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(reached).toHaveLength(0);
  });
});

describe('errors thrown by handlers', () => {
  const SECRET = 'ApiSecret-7Yq2LmN0pQ';

  /** One of ours whose toPlain() (wrongly) carries extras: only the plain fields may cross. */
  class LeakyError extends TallybarError {
    override toPlain() {
      return { code: 'exchange_rejected', message: 'Binance rejected the API key.', action: 'Check the key.', requestId: 'r-1', cause: SECRET, stack: SECRET } as never;
    }
  }

  const thrown: [string, () => unknown][] = [
    ['an Error quoting a secret', () => new Error(`decrypt failed for ${SECRET}`)],
    ['an HTTPError-like object carrying headers', () => Object.assign(new Error('Request failed'), { request: { headers: { 'X-API-KEY': SECRET } } })],
    ['a string', () => SECRET],
    ['undefined', () => undefined],
    ['a look-alike with its own toPlain()', () => ({ toPlain: () => ({ code: 'timeout', message: SECRET }) })],
    ['a toPlain() that throws', () => Object.assign(new TallybarError('timeout'), { toPlain: () => { throw new Error(SECRET); } })],
    ['a toPlain() with an unknown code', () => Object.assign(new TallybarError('timeout'), { toPlain: () => ({ code: SECRET, message: SECRET }) })],
  ];

  it.each(thrown)('%s becomes a generic internal error', async (_label, make) => {
    const { ipc, logs } = setup({
      behaviour: () => {
        throw make();
      },
    });
    const result = await ipc.invokeWithEvent(invokeChannel('refreshAll'), trustedEvent());
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Tallybar.' } });
    expect(logs.join('\n')).not.toContain(SECRET);
  });

  it('our own errors cross as their plain form, and nothing else rides along', async () => {
    const { ipc } = setup({
      behaviour: () => Promise.reject(new LeakyError('exchange_rejected')),
    });
    const result = await ipc.invokeWithEvent(invokeChannel('testConnection'), trustedEvent(), { id: 'c1' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'exchange_rejected', message: 'Binance rejected the API key.', action: 'Check the key.', requestId: 'r-1', facts: {} },
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});

describe('response guard', () => {
  const SECRET = 'kraken-private-key-0123456789';
  const isSecret = (value: string) => value.includes(SECRET);

  it('withholds a response carrying a registered secret and logs only the command', async () => {
    const leaky = snapshot({ notices: [{ id: 'n', message: `your key is ${SECRET}` }] });
    const { ipc, logs } = setup({ isSecret, behaviour: () => leaky });
    const result = await ipc.invokeWithEvent(invokeChannel('getState'), trustedEvent());
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Tallybar.' } });
    expect(logs.some((l) => l.includes('getState'))).toBe(true);
    expect(logs.join('\n')).not.toContain(SECRET);
  });

  it('withholds an error whose facts carry a registered secret (a bug upstream), saying only which command', async () => {
    const { ipc, logs } = setup({ isSecret, behaviour: () => Promise.reject(new TallybarError('exchange_rejected', { serverMessage: `bad key ${SECRET}` })) });
    const result = await ipc.invokeWithEvent(invokeChannel('testConnection'), trustedEvent(), { id: 'c1' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Tallybar.' } });
    expect(logs.join('\n')).toContain('testConnection');
    expect(logs.join('\n')).not.toContain(SECRET);
  });

  it('finds a secret used as an object key, or inside arrays', async () => {
    const { ipc } = setup({ isSecret, behaviour: () => [{ credentialHints: { [SECRET]: '••••6789' } }] });
    expect((await ipc.invokeWithEvent(invokeChannel('queryHistory'), trustedEvent(), { range: 'all' })).ok).toBe(false);
  });

  it('lets clean responses through', async () => {
    const { ipc } = setup({ isSecret });
    expect(await ipc.invokeWithEvent(invokeChannel('getState'), trustedEvent())).toEqual({ ok: true, value: RESPONSES.getState });
  });
});

describe('a failing logger', () => {
  it('never turns into an exception', async () => {
    const ipc = new RecordingIpcMain();
    registerIpcGate({
      ipcMain: ipc,
      handlers: recordingHandlers([]),
      isTrustedSender: () => false,
      log: () => {
        throw new Error('disk full');
      },
    });
    await expect(ipc.invokeWithEvent(invokeChannel('quit'), trustedEvent())).resolves.toMatchObject({ ok: false });
  });
});
