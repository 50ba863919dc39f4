import { describe, expect, it } from 'vitest';
import { toPlainError } from '../../../main/ipc/errors';
import { VaultError } from '../../../main/services/vault-error';

const INTERNAL = { code: 'internal', message: 'Something went wrong inside Tallybar.' };

describe('toPlainError', () => {
  it('uses toPlain() of our own errors', () => {
    const error = new VaultError('encryption_unavailable', 'No keyring.', 'Install gnome-keyring.');
    expect(toPlainError(error)).toEqual({ code: 'encryption_unavailable', message: 'No keyring.', action: 'Install gnome-keyring.' });
  });

  it('hides the message of any other error', () => {
    expect(toPlainError(new TypeError('secret abc123 is not a function'))).toEqual(INTERNAL);
    expect(toPlainError('a string')).toEqual(INTERNAL);
    expect(toPlainError(null)).toEqual(INTERNAL);
    expect(toPlainError(Object.create(null))).toEqual(INTERNAL);
  });

  it('copies only the plain fields, and refuses unknown codes or empty messages', () => {
    expect(toPlainError({ toPlain: () => ({ code: 'timeout', message: 'Slow.', headers: { k: 'v' } }) })).toEqual({ code: 'timeout', message: 'Slow.' });
    expect(toPlainError({ toPlain: () => ({ code: 'made_up', message: 'x' }) })).toEqual(INTERNAL);
    expect(toPlainError({ toPlain: () => ({ code: 'timeout', message: '' }) })).toEqual(INTERNAL);
    expect(toPlainError({ toPlain: () => 'timeout' })).toEqual(INTERNAL);
  });

  it('returns a fresh object each time (callers may not mutate a shared one)', () => {
    const a = toPlainError(new Error('x'));
    a.message = 'changed';
    expect(toPlainError(new Error('y'))).toEqual(INTERNAL);
  });
});
