import { describe, expect, it } from 'vitest';
import { TallybarError } from '../../../common/tallybar-error';
import { errorForIpc } from '../../../main/ipc/errors';
import { VaultError } from '../../../main/services/vault-error';

const INTERNAL = { code: 'internal', message: 'Something went wrong inside Tallybar.' };

/** A TallybarError whose toStored() was overridden (a bug the gate must survive). */
const overridden = (toStored: () => unknown): TallybarError => Object.assign(new TallybarError('timeout'), { toStored });

describe('errorForIpc', () => {
  it('words our own errors from the one table', () => {
    const error = new VaultError('encryption_unavailable', { reason: 'No keyring.' });
    expect(errorForIpc(error)).toEqual({
      code: 'encryption_unavailable',
      message: 'No keyring.',
      action: expect.stringMatching(/gnome-keyring/),
      facts: { reason: 'No keyring.' },
    });
  });

  it('carries the facts its words came from, so the window holding it can word it again; words given by a caller carry none', () => {
    const answerProblem = { id: 'field', path: 'price', expected: 'number', found: { kind: 'null' } } as const;
    expect(errorForIpc(new TallybarError('invalid_response', { status: 200, answerProblem, requestId: 'r-7' }))).toEqual({
      code: 'invalid_response',
      message: 'CoinStats sent an unexpected answer: price: expected a finite number, got null',
      action: 'Try again later. If it persists, report it with the request ID r-7.',
      requestId: 'r-7',
      facts: { status: 200, answerProblem },
    });
    expect(errorForIpc(new TallybarError('internal', {}, { message: 'Custom words.' }))).toEqual({ code: 'internal', message: 'Custom words.' });
    // What a server wrote crosses only inside main's words, never as a fact to be worded again.
    const said = errorForIpc(new TallybarError('bad_request', { status: 400, serverMessage: 'field x is wrong', htmlTitle: 'Bad' }));
    expect(said.message).toContain('field x is wrong');
    expect(said.facts).toEqual({ status: 400 });
    // Facts that are not ours (a toStored() gone wrong) are not sent, the words are.
    const odd = Object.assign(new TallybarError('timeout'), { toStored: () => ({ code: 'timeout', message: 'Slow.', facts: { status: 'x' } }) });
    expect(errorForIpc(odd)).toEqual({ code: 'timeout', message: 'Slow.' });
  });

  it('hides the message of any other error, duck-typed look-alikes included', () => {
    expect(errorForIpc(new TypeError('secret abc123 is not a function'))).toEqual(INTERNAL);
    expect(errorForIpc('a string')).toEqual(INTERNAL);
    expect(errorForIpc(null)).toEqual(INTERNAL);
    expect(errorForIpc(Object.create(null))).toEqual(INTERNAL);
    expect(errorForIpc({ toPlain: () => ({ code: 'timeout', message: 'Slow.' }) })).toEqual(INTERNAL);
  });

  it('copies only the plain fields, and refuses unknown codes or empty messages', () => {
    expect(errorForIpc(overridden(() => ({ code: 'timeout', message: 'Slow.', headers: { k: 'v' } })))).toEqual({ code: 'timeout', message: 'Slow.' });
    expect(errorForIpc(overridden(() => ({ code: 'made_up', message: 'x' })))).toEqual(INTERNAL);
    expect(errorForIpc(overridden(() => ({ code: 'timeout', message: '' })))).toEqual(INTERNAL);
    expect(errorForIpc(overridden(() => 'timeout'))).toEqual(INTERNAL);
    expect(errorForIpc(overridden(() => { throw new Error('abc123'); }))).toEqual(INTERNAL);
  });

  it('returns a fresh object each time (callers may not mutate a shared one)', () => {
    const a = errorForIpc(new Error('x'));
    a.message = 'changed';
    expect(errorForIpc(new Error('y'))).toEqual(INTERNAL);
  });
});
