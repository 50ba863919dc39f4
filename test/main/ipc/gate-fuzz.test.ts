// ≥ 1,000 fuzzed payloads per command: whatever arrives, main never throws,
// answers an envelope, and only payloads the contract accepts reach a handler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOurPageUrl } from '../../../main/core/app-url';
import { COMMANDS, invokeChannel, type Command } from '../../../common/contract';
import { requestSchemas } from '../../../main/ipc/request-schemas';
import { createSenderPolicy, registerIpcGate } from '../../../main/ipc/gate';
import {
  OUR_WINDOW_IDS,
  POPOVER_URL,
  RecordingIpcMain,
  VALID_REQUESTS,
  recordingHandlers,
  senderEvent,
  trustedEvent,
  type Reached,
} from './harness';

/** The schema's verdict; a schema that throws on a hostile shape has refused it (the gate says so too). */
function parses(schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false } }, payload: unknown) {
  try {
    return schema.safeParse(payload);
  } catch {
    return { success: false as const };
  }
}

const RUNS = 1_000;

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Payloads one mistake away from a valid one. */
function nearMisses(valid: unknown): fc.Arbitrary<unknown> {
  const base = typeof valid === 'object' && valid !== null ? (valid as Record<string, unknown>) : {};
  const keys = Object.keys(base);
  const variants: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(null, {}, [], '', 0, false, [valid], JSON.stringify(valid ?? null)),
    // An extra field: strict schemas must refuse it.
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyValue).map(([k, v]) => ({ ...base, [`x_${k}`]: v })),
  ];
  if (keys.length > 0) {
    const key = fc.constantFrom(...keys);
    variants.push(
      key.map((k) => Object.fromEntries(Object.entries(base).filter(([name]) => name !== k))),
      fc.tuple(key, anyValue).map(([k, v]) => ({ ...base, [k]: v })),
      fc.tuple(key, fc.string({ maxLength: 5000 })).map(([k, v]) => ({ ...base, [k]: v })),
      fc.tuple(key, fc.dictionary(fc.string(), fc.string())).map(([k, v]) => ({ ...base, [k]: v })),
    );
  }
  return fc.oneof(...variants);
}

function gate() {
  const ipc = new RecordingIpcMain();
  const reached: Reached[] = [];
  registerIpcGate({
    ipcMain: ipc,
    handlers: recordingHandlers(reached),
    isTrustedSender: createSenderPolicy({
      windowIds: () => OUR_WINDOW_IDS,
      // As main/index.ts builds it under `npm run dev`.
      appUrl: (url) => isOurPageUrl(url, 'http://localhost:5173'),
    }),
  });
  return { ipc, reached };
}

const isEnvelope = (r: unknown) =>
  typeof r === 'object' && r !== null && ((r as { ok: unknown }).ok === true || (r as { ok: unknown }).ok === false);

describe.each(COMMANDS)('%s under fuzzing', (command: Command) => {
  const schema = requestSchemas[command];
  const channel = invokeChannel(command);

  it.each([
    ['arbitrary values', anyValue],
    ['near misses of a valid request', nearMisses(VALID_REQUESTS[command])],
  ] as const)('%s: only schema-valid payloads reach the handler, nothing throws', async (_label, payloads) => {
    const { ipc, reached } = gate();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(payloads, async (payload) => {
        const before = reached.length;
        const result = await ipc.invokeWithEvent(channel, trustedEvent(), payload);
        expect(isEnvelope(result)).toBe(true);
        const valid = parses(schema, payload);
        if (valid.success) {
          accepted += 1;
          expect(result.ok).toBe(true);
          expect(reached.length).toBe(before + 1);
          expect(reached.at(-1)?.request).toEqual(valid.data);
        } else {
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
          expect(reached.length).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    expect(reached.length).toBe(accepted);
  });

  it('extra-field payloads are all refused', async () => {
    const { ipc, reached } = gate();
    const base = (VALID_REQUESTS[command] ?? {}) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 12 }), anyValue, async (k, v) => {
        const result = await ipc.invokeWithEvent(channel, trustedEvent(), { ...base, [`x_${k}`]: v });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      }),
      { numRuns: 200 },
    );
    expect(reached).toHaveLength(0);
  });

  it('valid payloads from foreign senders never reach the handler', async () => {
    const { ipc, reached } = gate();
    const foreignSender = fc.oneof(
      fc.record({ id: fc.integer().filter((id) => id !== 1 && id !== 2), url: fc.constant(POPOVER_URL) }),
      fc.record({
        id: fc.constantFrom(...OUR_WINDOW_IDS),
        url: fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.constantFrom('https://evil.example', 'file:///tmp/x.html', 'http://localhost:5174/', 'about:blank'),
          fc.webPath().map((p) => `file:///tmp${p}.html`),
          fc.webPath().filter((p) => !/^\/(popover|details)\.html$/.test(p)).map((p) => `app://tallybar${p}`),
        ),
      }),
      fc.record({ id: fc.constantFrom(...OUR_WINDOW_IDS), url: fc.constant(null) }),
    );
    await fc.assert(
      fc.asyncProperty(foreignSender, async ({ id, url }) => {
        const result = await ipc.invokeWithEvent(channel, senderEvent(id, url), VALID_REQUESTS[command]);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
      }),
      { numRuns: RUNS },
    );
    expect(reached).toHaveLength(0);
  });
});

describe('validation messages under fuzzing', () => {
  // Secret-looking tokens that cannot collide with our field names or words.
  const secret = fc.stringMatching(/^zq[a-z0-9]{14}$/);

  it('never quote a secret placed in any key or value of a payload', async () => {
    const { ipc } = gate();
    const command = fc.constantFrom(...COMMANDS);
    await fc.assert(
      fc.asyncProperty(command, secret, fc.nat(3), async (cmd, s, shape) => {
        const base = (VALID_REQUESTS[cmd] ?? {}) as Record<string, unknown>;
        const keys = Object.keys(base);
        const payloads: unknown[] = [
          { ...base, [s]: s },
          Object.fromEntries(keys.map((k, i) => [k, i % 2 === shape % 2 ? s : { [s]: [s] }])),
          { ...base, fields: { [s]: s, [`9${s}`]: 1 } },
          [s, { [s]: s }],
        ];
        const result = await ipc.invokeWithEvent(invokeChannel(cmd), trustedEvent(), payloads[shape]);
        expect(JSON.stringify(result)).not.toContain(s);
      }),
      { numRuns: RUNS },
    );
  });
});
