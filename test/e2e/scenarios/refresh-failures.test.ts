// Scenarios 4 and 5: refreshes that fail after a good sync. Out of credits is
// told apart from a rate limit; a 503 and a malformed answer each leave the
// last-known balances on screen with a message that says which it was.
import { expect, it } from 'vitest';
import type { Fault } from '../../../main/double/server';
import { ALL_SECRETS } from '../../support/double-helpers';
import { bodyText, chipTexts, onboardWithBinance } from '../../support/e2e/scenario-helpers';
import type { E2E } from '../../support/e2e/start-e2e';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

const OUT_OF_CREDITS = /credits for this month are used up/i;
const RATE_LIMITED = /limiting how fast/i;

async function refreshNow(e: E2E): Promise<void> {
  await e.popover.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(() => e.popover.getByRole('button', { name: 'Refresh now' }).isEnabled(), { timeout: 10_000 }).toBe(true);
  await e.settle();
}

it('out of credits: after a refresh the popover says the credits are used up, not that it is rate limited', async () => {
  const h = await scenario.start({ double: { quota: 20_000 } });
  await onboardWithBinance(h);
  const totalBefore = await h.popover.getByTestId('popover-total').innerText();

  h.double.setCreditsUsed(20_000);
  await refreshNow(h);

  await expect.poll(() => bodyText(h.popover), { timeout: 10_000 }).toMatch(OUT_OF_CREDITS);
  expect(await bodyText(h.popover)).not.toMatch(RATE_LIMITED);
  expect(await h.popover.getByTestId('popover-total').innerText()).toBe(totalBefore);
  expect(h.app.snapshot().credits.limited?.kind).toBe('out_of_credits');
  expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
});

it('a rate limit (429 while credits remain) is reported as a rate limit, not as spent credits', async () => {
  const h = await scenario.start();
  await onboardWithBinance(h);
  h.double.setFault('balance', { kind: 'status', status: 429 });
  await refreshNow(h);

  await expect.poll(() => bodyText(h.popover), { timeout: 10_000 }).toMatch(RATE_LIMITED);
  expect(await bodyText(h.popover)).not.toMatch(OUT_OF_CREDITS);
  expect(h.app.snapshot().credits.limited?.kind).not.toBe('out_of_credits');
});

/** Answers that fail as a whole: with one exchange, nothing works, so it is said once at the top. */
const FAILURES: Array<{ name: string; fault: Fault; message: RegExp }> = [
  { name: 'the double answering 503', fault: { kind: 'status', status: 503 }, message: /not answering right now/ },
  { name: 'truncated JSON', fault: { kind: 'truncated' }, message: /not valid JSON .*cut off/ },
  { name: 'an answer about another exchange', fault: { kind: 'drift', variant: 'foreign-connection' }, message: /about another exchange/ },
];

for (const failure of FAILURES) {
  it(`${failure.name} on refresh: the last-known data stays on screen and the message is specific`, async () => {
    const h = await scenario.start();
    await onboardWithBinance(h);
    const page = h.popover;
    const total = await page.getByTestId('popover-total').innerText();
    const coins = await page.locator('.coin-row').allInnerTexts();
    expect(coins.length).toBeGreaterThan(0);

    h.double.setFault('balance', failure.fault);
    await refreshNow(h);

    await expect.poll(() => chipTexts(page), { timeout: 10_000 }).toEqual(['Error']);
    // The reason, once, at the top; the only exchange failing is not a "partial" total.
    expect(await page.getByTestId('shared-problem').innerText()).toMatch(failure.message);
    expect(await page.getByTestId('partial-marker').count()).toBe(0);
    expect(await page.getByTestId('popover-total').innerText()).toBe(total);
    expect(await page.locator('.coin-row').allInnerTexts()).toEqual(coins);
    expect(await h.findLeaks(ALL_SECRETS)).toEqual([]);
  });
}

/** One bad row costs only its coin: the answer is used, that coin keeps its last-known value, and the row says so. */
const BAD_ROWS: Array<{ name: string; fault: Fault; problem: RegExp }> = [
  { name: 'text where a number belongs', fault: { kind: 'drift', variant: 'not-a-number' }, problem: /amount: expected a finite number/ },
  { name: 'a value that overflows (1e308 × 1e308)', fault: { kind: 'drift', variant: 'overflow' }, problem: /amount × price is not a finite number/ },
  { name: 'a null price', fault: { kind: 'drift', variant: 'null-price' }, problem: /price: expected a finite number ≥ 0, got null/ },
];

for (const bad of BAD_ROWS) {
  it(`one row with ${bad.name}: the rest is used, that coin keeps its last-known value, the exchange row says which and why`, async () => {
    const h = await scenario.start();
    await onboardWithBinance(h);
    const page = h.popover;
    const total = await page.getByTestId('popover-total').innerText();

    h.double.setFault('balance', bad.fault, 1);
    await refreshNow(h);

    const flagged = page.getByTestId('exchange-row').locator('.exchange-flagged');
    await flagged.waitFor();
    expect(await flagged.innerText()).toMatch(bad.problem);
    expect(await flagged.innerText()).toMatch(/showing its last known value/);
    expect(await chipTexts(page)).toEqual(['Synced']);
    expect(await page.getByTestId('popover-total').innerText()).toBe(total);

    // The next good answer clears the mark.
    await refreshNow(h);
    await expect.poll(() => flagged.count(), { timeout: 10_000 }).toBe(0);
  });
}
