// The alert sentences follow privacy's level (common/privacy.ts): amounts are
// masked whenever privacy is on, the shares and moves a firing saw only at
// 'all'; a notification in privacy mode names the rule and no figure.
import { describe, expect, it } from 'vitest';
import { alertNotification, firedText, type AlertWordsFormat } from '../../common/alert-words';
import type { AlertRule, FiredAlert } from '../../common/alerts';
import { MASK } from '../../common/format';
import { privacyMasking } from '../../common/privacy';

const rule = (kind: AlertRule['kind'], threshold: number): AlertRule => ({ id: `r-${kind}`, kind, enabled: true, threshold, currency: 'USD', window: '24h' });
const fired = (r: AlertRule, value: number, subject: string | null = null): FiredAlert => ({ ruleId: r.id, at: 0, rule: r, value, subject, held: false });
const format = (privacyMode: boolean, privacyLevel: 'all' | 'amounts' = 'all'): AlertWordsFormat => ({ locale: 'en-US', masking: privacyMasking({ privacyMode, privacyLevel }) });

describe('alert words and privacy levels', () => {
  const share = fired(rule('coin_share', 50), 62.5, 'BTC');
  const above = fired(rule('total_above', 50_000), 51_234);

  it('says every figure with privacy off', () => {
    expect(firedText(share, format(false))).toBe('BTC is 62.5% of the total (alert above 50.0%).');
    expect(firedText(above, format(false))).toBe('The total rose above $50,000.00: it is $51,234.00.');
  });

  it("keeps the share it saw at 'amounts' and masks the amounts", () => {
    expect(firedText(share, format(true, 'amounts'))).toBe('BTC is 62.5% of the total (alert above 50.0%).');
    expect(firedText(above, format(true, 'amounts'))).toBe(`The total rose above ${MASK}: it is ${MASK}.`);
  });

  it("masks the share it saw at 'all', keeping the rule's own threshold", () => {
    expect(firedText(share, format(true, 'all'))).toBe(`BTC is ${MASK} of the total (alert above 50.0%).`);
    expect(firedText(fired(rule('move', 10), -12.3), format(true, 'all'))).not.toMatch(/12/);
  });

  it('names only the rule in a notification while privacy is on, at either level', () => {
    for (const level of ['all', 'amounts'] as const) {
      const { body } = alertNotification(above, format(true, level));
      expect(body).not.toMatch(/51|\$\d/);
      expect(body).toContain('fired');
    }
  });
});
