// The built main process on the Electron double against a CoinStats that
// answers the way a broken or hostile world does: what the tray and the
// popover say is always what is known — a first sync is not $0.00, one bad
// row costs only its coin, a revoked CoinStats key is said once at the top
// with its fix — last-known data stays, recovery works, no secret shows.
import { describe, expect, it } from 'vitest';
import { ALL_SECRETS } from '../support/double-helpers';
import { bodyText } from '../support/e2e/scenario-helpers';
import type { Desktop } from '../support/electron-double/desktop';
import { onboardBinance, openPopoverFromTray, popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

/** macOS, the popover opened from the tray, Binance onboarded through it and synced. */
async function onboarded() {
  const d = await launch({ platform: 'macos' });
  const page = await popoverReady(d);
  await openPopoverFromTray(d);
  await onboardBinance(d, page);
  return { d, page };
}

/** Everything the user can read of the tray. */
const trayWords = (d: Desktop): string => `${d.tray().getTitle()}\n${d.tray().toolTip}`;

describe('a hostile CoinStats, on macOS (the tray title carries the total)', () => {
  it('a first sync reads as "Syncing Binance", never $0.00, until the number is known', async () => {
    const d = await launch({ platform: 'macos', double: { syncPolls: 1 } });
    const page = await popoverReady(d);
    await openPopoverFromTray(d);
    const seen: string[] = [];
    const sample = setInterval(() => seen.push(trayWords(d)), 25);
    try {
      await onboardBinance(d, page);
    } finally {
      clearInterval(sample);
    }
    const during = seen.filter((words) => words.includes('Syncing Binance'));
    expect(during.length).toBeGreaterThan(0);
    for (const words of seen) expect(words).not.toContain('$0.00');
    expect(d.tray().getTitle()).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(d.tray().toolTip).toMatch(/Updated (just now|\d+ s ago)/);
  });

  it('one bad row: the total stays finite, the exchange row names the coin, the next good answer clears it', async () => {
    const { d, page } = await onboarded();
    const before = d.tray().getTitle();

    d.coinstats.setFault('balance', { kind: 'drift', variant: 'not-a-number' }, 1);
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.getByText(/CoinStats sent a bad row \(amount: expected a finite number/).waitFor();
    expect(await bodyText(page)).toContain('showing its last known value');
    expect(d.tray().getTitle()).toBe(before);

    await page.getByRole('button', { name: 'Refresh now' }).click();
    await expect.poll(() => bodyText(page), { timeout: 15_000 }).not.toContain('CoinStats sent a bad row');
  });

  it('one bad row, read in German: what was wrong with the field is German too, the field itself as CoinStats named it', async () => {
    const { d, page } = await onboarded();
    d.coinstats.setFault('balance', { kind: 'drift', variant: 'not-a-number' }, 1);
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.getByText(/CoinStats sent a bad row \(amount: expected a finite number ≥ 0, got a string of 3 characters\)/).waitFor();

    await page.evaluate(async () => {
      const saved = await window.tallybar.updateSettings({ language: 'de' });
      if (!saved.ok) throw new Error(saved.error.message);
    });
    await page.getByText(/CoinStats hat eine fehlerhafte Zeile gesendet \(amount: erwartet eine endliche Zahl ≥ 0, erhalten einen Text aus 3 Zeichen\)/).waitFor();
    expect(await bodyText(page)).not.toMatch(/expected|got a/);
  });

  it('a revoked CoinStats key is said once, at the top, with its fix (which opens Settings); the last-known total stays; no secret shows', async () => {
    const { d, page } = await onboarded();
    const total = d.tray().getTitle();

    const revoked = { kind: 'status', status: 401, body: { message: 'Invalid API key' } } as const;
    d.coinstats.setFault('balance', revoked);
    d.coinstats.setFault('credits', revoked);
    await page.getByRole('button', { name: 'Refresh now' }).click();
    const problem = page.getByTestId('shared-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/CoinStats (rejected|did not accept) (the|your) API key/);
    expect(await page.getByTestId('partial-marker').count()).toBe(0);
    expect(d.tray().getTitle()).toBe(total);
    expect(d.tray().toolTip).toMatch(/CoinStats (rejected|did not accept)/);
    expect(d.tray().toolTip).not.toContain('Partial');

    d.coinstats.clearFaults();
    await problem.getByRole('button', { name: 'Replace key…' }).click();
    await d.detailsPage();
    await d.until(() => d.details()?.isVisible() === true, 'the settings to open');

    const everything = [trayWords(d), await bodyText(page), ...d.watch.logs].join('\n');
    for (const secret of ALL_SECRETS) expect(everything).not.toContain(secret);
  });

  it.each([
    ['a redirect', { kind: 'redirect' as const, location: '/elsewhere?token=abc' }, /answered with a redirect .*did not follow it/],
    ['a gzip bomb', { kind: 'gzip-bomb' as const, megabytes: 64 }, /too large to be a balance .*stopped reading it/],
    ['an answer cut short', { kind: 'cut-short' as const }, /connection broke.*cut short/],
  ])('%s: said as what happened (not "offline"), at the top and in the tray; the total stays; the next answer recovers', async (_, fault, words) => {
    const { d, page } = await onboarded();
    const total = d.tray().getTitle();
    d.coinstats.setFault('balance', fault);
    await page.getByRole('button', { name: 'Refresh now' }).click();
    const problem = page.getByTestId('shared-problem');
    await problem.waitFor({ timeout: 20_000 });
    expect(await problem.innerText()).toMatch(words);
    expect(await problem.innerText()).not.toMatch(/offline|token=abc/);
    expect(d.tray().toolTip).toMatch(words);
    expect(d.tray().getTitle()).toBe(total);

    d.coinstats.clearFaults();
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await expect.poll(() => page.getByTestId('shared-problem').count(), { timeout: 20_000 }).toBe(0);
    expect(d.tray().getTitle()).toBe(total);
  });
});
