import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../common/settings';
import { estimateMonthlyCredits } from '../../common/credit-estimate';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

async function openSettings(snapshot = portfolioSnapshot()) {
  const view = renderWindow(<DetailsApp initialTab="settings" />, { snapshot });
  await screen.findByRole('heading', { name: 'Refresh and credits' });
  return view;
}

const explanation = (): string => screen.getByTestId('refresh-explanation').textContent ?? '';
const estimate = (): string => screen.getByTestId('credit-estimate').textContent ?? '';

describe('Refresh settings', () => {
  it('explains the schedule with the engine’s rule, live as the user types', async () => {
    await openSettings();
    // Defaults: freshness 15 min, background 60 min → every 30 min while active.
    expect(explanation()).toBe(
      'While you’re at the computer: every 30 min (twice the freshness target when that is shorter). ' +
        'While you’re away, asleep or offline: no refreshes; coming back refreshes stale data.',
    );
    const freshness = screen.getByLabelText('Refresh when data is older than');
    fireEvent.change(freshness, { target: { value: '45' } });
    expect(explanation()).toContain('every 60 min'); // the background interval is now the shorter
    const background = screen.getByLabelText('Background refresh every');
    fireEvent.change(background, { target: { value: '240' } });
    expect(explanation()).toContain('every 90 min');
    fireEvent.change(freshness, { target: { value: '0' } }); // invalid: the stored value counts again
    expect(explanation()).toContain('every 30 min');
  });

  it('warns about the budget as the budget is typed, before it is saved', async () => {
    const { fake } = await openSettings();
    expect(estimate()).not.toContain('more than your budget');
    const budget = screen.getByLabelText('Monthly credit budget');
    fireEvent.change(budget, { target: { value: '100' } });
    expect(estimate()).toContain('more than your budget');
    expect(fake.snapshot().settings.monthlyCreditBudget).toBe(20_000);
    fireEvent.change(budget, { target: { value: '50000' } });
    expect(estimate()).not.toContain('more than your budget');
    fireEvent.change(budget, { target: { value: '100' } });
    fireEvent.blur(budget);
    await waitFor(() => expect(fake.snapshot().settings.monthlyCreditBudget).toBe(100));
    expect(estimate()).toContain('more than your budget');
  });

  it('offers one choice, with the cost from the governor’s own estimate, and the exact numbers behind a disclosure', async () => {
    const { fake } = await openSettings();
    const choice = screen.getByLabelText('Keep data fresh') as HTMLSelectElement;
    expect(choice.value).toBe('15');
    expect([...choice.options].map((o) => o.textContent)).toEqual([
      'every 5 min',
      'every 15 min',
      'every 30 min',
      'every hour',
      'every 4 hours',
      'only when I ask',
    ]);
    const expected = estimateMonthlyCredits(DEFAULT_SETTINGS, 2).toLocaleString('en-US');
    expect(estimate()).toBe(`· ≈${expected} of 20,000 credits a month`);
    expect(choice.getAttribute('aria-describedby')).toBe(screen.getByTestId('credit-estimate').id);

    // The exact fields are there, but folded away.
    const advanced = screen.getByTestId('refresh-advanced') as HTMLDetailsElement;
    expect(advanced.tagName).toBe('DETAILS');
    expect(advanced.open).toBe(false);
    expect(advanced.contains(screen.getByLabelText('Refresh when data is older than'))).toBe(true);
    expect(advanced.contains(screen.getByLabelText('Monthly credit budget'))).toBe(true);

    // A preset sets freshness and background together.
    fireEvent.change(choice, { target: { value: '60' } });
    await waitFor(() => expect(fake.snapshot().settings).toMatchObject({ freshnessMinutes: 60, backgroundMinutes: 240 }));
    expect(choice.value).toBe('60');
    expect(estimate()).toContain(`≈${estimateMonthlyCredits({ freshnessMinutes: 60, backgroundMinutes: 240 }, 2).toLocaleString('en-US')} of`);
  });

  it('shows numbers set by hand as custom', async () => {
    const { fake } = await openSettings();
    const freshness = screen.getByLabelText('Refresh when data is older than');
    fireEvent.change(freshness, { target: { value: '7' } });
    fireEvent.blur(freshness);
    await waitFor(() => expect(fake.snapshot().settings.freshnessMinutes).toBe(7));
    const choice = screen.getByLabelText('Keep data fresh') as HTMLSelectElement;
    expect(choice.value).toBe('custom');
    expect(choice.selectedOptions[0]?.textContent).toBe('every 7 min (custom)');
  });

  it('says plainly that nothing refreshes on its own with a budget of 0, and a preset brings a budget back', async () => {
    const { fake } = await openSettings();
    const choice = screen.getByLabelText('Keep data fresh') as HTMLSelectElement;
    fireEvent.change(choice, { target: { value: 'ask' } });
    await waitFor(() => expect(fake.snapshot().settings.monthlyCreditBudget).toBe(0));
    expect(choice.value).toBe('ask');
    expect(estimate()).toBe('Nothing refreshes on its own: balances update only when you ask (Refresh now).');
    expect(estimate()).not.toMatch(/1,440|less often/);
    fireEvent.change(choice, { target: { value: '15' } });
    await waitFor(() => expect(fake.snapshot().settings.monthlyCreditBudget).toBe(DEFAULT_SETTINGS.monthlyCreditBudget));
    expect(fake.snapshot().settings).toMatchObject({ freshnessMinutes: 15, backgroundMinutes: 60 });
  });

  it('does not claim an interval the governor will never use when the budget is 0', async () => {
    const base = portfolioSnapshot();
    await openSettings({
      ...base,
      settings: { ...base.settings, monthlyCreditBudget: 0 },
      credits: { ...base.credits, budget: 0, effectiveBackgroundMinutes: 1440 },
    });
    expect(screen.getByText('Background refresh now').nextElementSibling?.textContent).toBe('only when you ask');
  });
});
