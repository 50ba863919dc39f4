import { describe, expect, it } from 'vitest';
import { actionFor, describeError } from '../../common/error-words';
import { API_ERROR_CODES, APP_ERROR_CODES } from '../../common/error-codes';

describe('describeError', () => {
  it('has a message for every code, and an action wherever the user can do something', () => {
    const silent = new Set(['invalid_request', 'forbidden_sender']);
    for (const code of [...API_ERROR_CODES, ...APP_ERROR_CODES]) {
      const d = describeError(code, { exchangeName: 'Binance' });
      expect(d.message.length, code).toBeGreaterThan(10);
      if (!silent.has(code)) expect(d.action, code).toBeTruthy();
      expect(describeError(code).message).not.toContain('undefined');
    }
  });

  it('offers IP restriction as one cause among others when a key is rejected, not as the diagnosis', () => {
    expect(describeError('exchange_rejected', { exchangeName: 'Binance' })).toEqual({
      message: 'Binance rejected the API key — it may be mistyped, lack read permission, or be IP-restricted (CoinStats publishes no IPs to allow).',
      action: 'Check the key for typos, or create a read-only Binance key without IP restriction, then replace it in the Exchanges tab of Details.',
    });
    expect(describeError('exchange_rejected').message).toMatch(/^The exchange rejected/);
  });

  it('names the control on the screen the error is read on', () => {
    const ex = { exchangeName: 'Binance' };
    expect(actionFor('exchange_rejected', { place: 'onboarding' }, ex)).toMatch(/, then enter it here again\.$/);
    expect(actionFor('exchange_rejected', { place: 'add-exchange' }, ex)).toMatch(/, then enter it here again\.$/);
    expect(actionFor('exchange_rejected', { place: 'exchanges' }, ex)).toMatch(/, then choose Replace keys on this card\.$/);
    expect(actionFor('exchange_rejected', { place: 'popover' }, ex)).toMatch(/Exchanges tab of Details/);
    expect(actionFor('coinstats_key_invalid', { place: 'settings' })).toBe('Create a new key at openapi.coinstats.app and paste it here.');
    expect(actionFor('coinstats_key_invalid', { place: 'onboarding' })).toMatch(/paste it here/);
    expect(actionFor('coinstats_key_invalid', { place: 'exchanges' })).toMatch(/enter it in Settings/);
    expect(actionFor('no_api_key', { place: 'onboarding' })).toBe('Paste your CoinStats API key here, or try the demo.');
    expect(actionFor('redirected', { place: 'settings' })).toMatch(/^Check the API base URL on this page/);
    for (const place of ['onboarding', 'settings', 'exchanges', 'add-exchange', 'popover'] as const) {
      for (const code of [...API_ERROR_CODES, ...APP_ERROR_CODES]) expect(actionFor(code, { place }) ?? '', `${code} in ${place}`).not.toContain('undefined');
    }
    expect(actionFor('coinstats_key_invalid', { place: 'settings' })).not.toMatch(/in Settings/);
    // Advice that does not depend on the screen is left to main, which may know more (a request id).
    expect(actionFor('invalid_response', { place: 'onboarding' })).toBeUndefined();
  });

  it('promises the last known balances only when there are some', () => {
    for (const code of ['unavailable', 'connection_reset', 'answer_cut_short', 'answer_too_large'] as const) {
      expect(actionFor(code, { hasData: false }), code).not.toMatch(/last known/);
      expect(actionFor(code, { hasData: true }), code).toMatch(/last known balances/);
      // Main cannot tell whether the window has data; the window re-says it (renderer/src/shared/error-text.tsx).
      expect(describeError(code).action, code).toMatch(/last known balances/);
    }
    expect(describeError('invalid_response').message).not.toMatch(/last known/);
    expect(actionFor('unavailable', { hasData: false })).toBe('Nothing to do: Tallybar retries later.');
  });

  it('explains credits and keyrings', () => {
    expect(describeError('out_of_credits').action).toMatch(/reset.*upgrade/);
    expect(describeError('encryption_unavailable').action).toMatch(/gnome-keyring.*KWallet/);
  });

  it('names the request ID for support only when the answer carried one, else what support needs', () => {
    expect(describeError('invalid_response', { requestId: 'f3b1c2d4-0000-4a5b-9c8d-1e2f3a4b5c6d' }).action).toBe(
      'Try again later. If it persists, report it with the request ID f3b1c2d4-0000-4a5b-9c8d-1e2f3a4b5c6d.',
    );
    const at = Date.UTC(2025, 11, 1, 9, 5, 30);
    expect(describeError('invalid_response', { request: 'POST /v1/exchange/balance', status: 200, at }).action).toBe(
      'Try again later. If it persists, report it with what failed: POST /v1/exchange/balance, HTTP 200, at 2025-12-01 09:05 UTC.',
    );
    expect(describeError('invalid_response').action).toBe('Try again later. If it persists, report it with the time it happened.');
  });

  it('says what broke on the way, and what to do about it', () => {
    expect(describeError('network').message).toBe('Cannot reach CoinStats — you may be offline.');
    expect(describeError('connection_reset').message).toMatch(/^The connection to CoinStats was reset before it answered/);
    expect(describeError('answer_cut_short', { bytesReceived: 10, bytesExpected: 40 }).message).toBe(
      'CoinStats started answering, but the connection broke after 10 of 40 bytes: the answer was cut short.',
    );
    expect(describeError('answer_cut_short').message).toBe('CoinStats started answering, but the connection broke: the answer was cut short.');
    expect(describeError('redirected', { status: 302, location: 'https://proxy.example/login' }).message).toBe(
      'CoinStats answered with a redirect (HTTP 302) to https://proxy.example/login. Its API never redirects, so Tallybar did not follow it.',
    );
    expect(describeError('answer_too_large', { sizeLimitMb: 16 }).message).toBe(
      'CoinStats sent an answer too large to be a balance (over 16 MB); Tallybar stopped reading it.',
    );
    for (const code of ['redirected', 'answer_too_large'] as const) expect(describeError(code).action).toMatch(/API base URL/);
    for (const code of ['connection_reset', 'answer_cut_short'] as const) expect(describeError(code).action).toMatch(/retries later/);
  });

  it('falls back to the internal text for an unknown code read from disk', () => {
    expect(describeError('nonsense' as never)).toEqual(describeError('internal'));
  });
});
