// The popover's "since you last looked" line and the coin rows' own change,
// from a change main's real rules computed (main/core/last-look.ts); privacy
// mode masks every amount in them.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { MASK } from '../../common/format';
import type { AppSnapshot } from '../../common/types';
import { aggregatePortfolio } from '../../main/core/aggregate';
import { changeSinceLook, lookOf } from '../../main/core/last-look';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { BALANCES, COINS, NOW, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

/** Looked two hours ago; since then Kraken's bitcoin doubled (+0.05 BTC, +$5,000). */
function lookedEarlier(privacy = false, privacyLevel: 'all' | 'amounts' = 'amounts'): AppSnapshot {
  const look = lookOf(portfolioSnapshot(), NOW - 2 * 3_600_000);
  const balances = BALANCES.map((b) => (b.connectionId === 'c-kraken' ? { ...b, rows: b.rows.map((r) => (r.coinId === 'bitcoin' ? { ...r, amount: 0.1 } : r)) } : b));
  const now = portfolioSnapshot({ portfolio: aggregatePortfolio({ balances, coins: COINS, dustThresholdUsd: DEFAULT_SETTINGS.dustThresholdUsd }) });
  now.settings.privacyMode = privacy;
  now.settings.privacyLevel = privacyLevel;
  return { ...now, sinceLastLook: changeSinceLook(now, look) };
}

const coinRow = (symbol: string): HTMLElement => {
  const row = screen.getAllByRole('button').find((b) => b.querySelector('.coin-symbol')?.textContent === symbol);
  if (!row) throw new Error(`No coin row for ${symbol}`);
  return row;
};

describe('since you last looked, in the popover', () => {
  it('shows the change in money and percent since the look, and the coin that moved it', async () => {
    const snapshot = lookedEarlier();
    renderWindow(<PopoverApp />, { snapshot });
    const change = await screen.findByTestId('since-look-change');
    const pct = snapshot.sinceLastLook!.pct!;
    expect(pct).toBeCloseTo((5_000 / (snapshot.portfolio.totalUsd - 5_000)) * 100, 6);
    expect(change.textContent).toBe(`+$5,000.00(+${pct.toFixed(2)}%)since you looked 2 hr. ago`);
    expect(change.getAttribute('aria-label')).toBe(`Change since you looked 2 hr. ago: +$5,000.00, +${pct.toFixed(2)}%`);
    expect(change.className).toBe('change up');
    expect(screen.getByTestId('since-look-movers').textContent).toBe('Moved most: BTC +$5K');
    const btcRow = coinRow('BTC');
    expect(btcRow.getAttribute('title')).toBe('Since you looked: +$5,000.00 (+33.33%)');
  });

  it("masks the percentages too at privacy's 'all' level", async () => {
    renderWindow(<PopoverApp />, { snapshot: lookedEarlier(true, 'all') });
    const line = await screen.findByTestId('since-look');
    expect(line.textContent).not.toMatch(/\$|5,000|\d%/);
    expect(coinRow('BTC').getAttribute('title') ?? '').not.toMatch(/\d%/);
    expect(document.body.textContent).not.toMatch(/33\.33|5,000/);
  });

  it("masks every amount and keeps the percentages at privacy's 'amounts' level", async () => {
    renderWindow(<PopoverApp />, { snapshot: lookedEarlier(true) });
    const line = await screen.findByTestId('since-look');
    expect(line.textContent).not.toMatch(/\$|5,000/);
    expect(screen.getByTestId('since-look-movers').textContent).toBe('Moved most: BTC +33.33%');
    const btcRow = coinRow('BTC');
    expect(btcRow.getAttribute('title')).toBe('Since you looked: +33.33%');
    expect(document.body.textContent).not.toContain('5,000');
    expect(document.body.textContent).toContain(MASK);
  });

  it('shows nothing when main has no honest change to give', async () => {
    renderWindow(<PopoverApp />, { snapshot: portfolioSnapshot() });
    await screen.findByTestId('popover-change');
    expect(screen.queryByTestId('since-look')).toBeNull();
  });
});
