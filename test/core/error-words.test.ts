import { describe, expect, it } from 'vitest';
import { describeError } from '../../common/error-words';
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

  it('names the exchange and the IP-restriction trap when a key is rejected', () => {
    expect(describeError('exchange_rejected', { exchangeName: 'Binance' })).toEqual({
      message: 'Binance rejected the API key — it may be IP-restricted; CoinStats publishes no IPs to allow.',
      action: 'Create a read-only Binance key without IP restriction, then replace the key in Exchanges.',
    });
    expect(describeError('exchange_rejected').message).toMatch(/^The exchange rejected/);
  });

  it('explains credits and keyrings', () => {
    expect(describeError('out_of_credits').action).toMatch(/reset.*upgrade/);
    expect(describeError('encryption_unavailable').action).toMatch(/gnome-keyring.*KWallet/);
  });

  it('falls back to the internal text for an unknown code read from disk', () => {
    expect(describeError('nonsense' as never)).toEqual(describeError('internal'));
  });
});
