// Leaving an exchange out of the total, as a person does it: the switch on its
// card in the Exchanges tab (keyboard only), then the popover's total drops
// it, says it leaves one out, and lists it last marked "Not in total" with
// its own value. Screenshots of both, and axe clean in light and dark.
import { expect, it } from 'vitest';
import { checkSurface } from '../../support/e2e/page-checks';
import { formatUsd, onboardWithBinanceAndKucoin, parseUsd, settleAll } from '../../support/e2e/scenario-helpers';
import { useScenario } from '../../support/e2e/use-scenario';

const scenario = useScenario();

it('an exchange left out of the total is shown apart, never silently; axe clean', async () => {
  const h = await scenario.start();
  const page = await onboardWithBinanceAndKucoin(h);

  const before = h.app.snapshot();
  const kucoinView = before.connections.find((c) => c.exchangeId === 'kucoin')!;
  const binanceView = before.connections.find((c) => c.exchangeId === 'binance')!;

  // Keyboard only: focus the switch and press Space.
  const toggle = page.getByRole('checkbox', { name: `Count ${kucoinView.name} in the total` });
  await toggle.focus();
  await page.keyboard.press('Space');
  const card = page.getByRole('listitem', { name: kucoinView.name });
  await card.getByText('Not in total').waitFor();
  await settleAll(h);
  expect(await card.textContent()).toContain(formatUsd(kucoinView.totalUsd!));
  await checkSurface(page, 'details-exchanges-not-in-total');

  const total = h.popover.getByTestId('popover-total');
  await expect.poll(async () => parseUsd((await total.textContent()) ?? '')).toBeCloseTo(binanceView.totalUsd!, 2);
  const note = h.popover.getByTestId('not-counted');
  expect(await note.textContent()).toBe(`1 exchange not counted (${kucoinView.name})`);
  expect(await total.getAttribute('aria-describedby')).toContain(await note.getAttribute('id'));
  const rows = h.popover.getByTestId('exchange-row');
  expect(await rows.last().textContent()).toContain('Not in total');
  expect(await h.popover.getByTestId('partial-marker').count()).toBe(0);
  expect(h.harness.tray.toolTip()).toContain(`1 exchange not counted (${kucoinView.name})`);
  await checkSurface(h.popover, 'popover-not-in-total');
});
