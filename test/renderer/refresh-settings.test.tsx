import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

async function openSettings() {
  const view = renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot() });
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
    expect(estimate()).not.toContain('over your budget');
    const budget = screen.getByLabelText('Monthly credit budget');
    fireEvent.change(budget, { target: { value: '100' } });
    expect(estimate()).toContain('over your budget');
    expect(fake.snapshot().settings.monthlyCreditBudget).toBe(20_000);
    fireEvent.change(budget, { target: { value: '50000' } });
    expect(estimate()).not.toContain('over your budget');
    fireEvent.change(budget, { target: { value: '100' } });
    fireEvent.blur(budget);
    await waitFor(() => expect(fake.snapshot().settings.monthlyCreditBudget).toBe(100));
    expect(estimate()).toContain('over your budget');
  });
});
