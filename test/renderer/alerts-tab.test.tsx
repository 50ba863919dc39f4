// The Alerts tab over a fake main that uses main's own alerts schema: the
// statuses a person reads (watching, fired, not checked and why), privacy
// mode masking every amount (rules and the fired log), and the schedule.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERTS, type AlertRule, type AlertsView } from '../../common/alerts';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { NOW, portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const above: AlertRule = { id: 'above', kind: 'total_above', enabled: true, threshold: 30_000, currency: 'USD', window: '24h' };
const share: AlertRule = { id: 'share', kind: 'coin_share', enabled: true, threshold: 40, currency: 'USD', window: '24h' };
const move: AlertRule = { id: 'move', kind: 'move', enabled: false, threshold: 10, currency: 'USD', window: '1h' };

function view(over: Partial<AlertsView> = {}): AlertsView {
  return {
    ...DEFAULT_ALERTS,
    presetsOffered: true,
    rules: [above, share, move],
    status: { above: { state: 'fired', at: NOW - 5 * 60_000 }, share: { state: 'held', why: 'partial', armed: true }, move: { state: 'off' } },
    fired: [{ ruleId: 'above', at: NOW - 5 * 60_000, rule: above, value: 31_234.5, subject: null, held: false }],
    ...over,
  };
}

async function openAlerts(alerts = view(), over: Parameters<typeof portfolioSnapshot>[0] = {}) {
  const rendered = renderWindow(<DetailsApp initialTab="alerts" />, { snapshot: portfolioSnapshot({ alerts, ...over }) });
  await screen.findByRole('heading', { name: 'Your alerts' });
  return rendered;
}

const ruleCard = (text: RegExp) => screen.getByText(text).closest('li')!;

describe('Alerts tab', () => {
  it("says each rule's status: fired and waiting to clear, not checked on a partial total and why, off", async () => {
    await openAlerts(view(), { failingBybit: true });
    expect(within(ruleCard(/^Total rises above \$30,000\.00$/)).getByText(/^Fired 5 min. ago\. It fires again only after the condition has cleared\.$/)).toBeTruthy();
    expect(within(ruleCard(/^One coin is more than 40\.0% of the total$/)).getByText(/^Not checked: the total is partial .* Partial: Bybit failed\.$/)).toBeTruthy();
    expect(within(ruleCard(/^Total moves 10\.0% or more within 1 h$/)).getByText('Off.')).toBeTruthy();
    const log = screen.getByRole('list', { name: 'Fired alerts' });
    expect(within(log).getByText(/The total rose above \$30,000\.00: it is \$31,234\.50\./)).toBeTruthy();
  });

  it('privacy mode masks every amount, in the rules, the form and the log', async () => {
    const snapshot = portfolioSnapshot({ alerts: view() });
    renderWindow(<DetailsApp initialTab="alerts" />, { snapshot: { ...snapshot, settings: { ...snapshot.settings, privacyMode: true } } });
    await screen.findByRole('heading', { name: 'Your alerts' });
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).not.toMatch(/\$\s?\d/);
    expect(panel.textContent).toContain('Total rises above •••••');
    expect(within(screen.getByRole('list', { name: 'Fired alerts' })).getByText(/The total rose above •••••: it is •••••\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit alert: Total rises above •••••' }));
    expect(screen.getByLabelText('Amount').getAttribute('type')).toBe('password');
  });

  it('edits a rule, refusing a share over 100 % in the words main uses, and toggles and removes', async () => {
    const { fake } = await openAlerts();
    fireEvent.click(screen.getByRole('button', { name: 'Edit alert: One coin is more than 40.0% of the total' }));
    const input = screen.getByLabelText('Share (%)');
    fireEvent.change(input, { target: { value: '140' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save alert' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The share must be a number from 0.1 to 100 %.');
    expect(fake.snapshot().alerts.rules.find((r) => r.id === 'share')?.threshold).toBe(40);
    fireEvent.change(input, { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save alert' }));
    await screen.findByText('One coin is more than 60.0% of the total');
    expect(fake.snapshot().alerts.rules.find((r) => r.id === 'share')?.threshold).toBe(60);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Total moves 10.0% or more within 1 h' }));
    await waitFor(() => expect(fake.snapshot().alerts.rules.find((r) => r.id === 'move')?.enabled).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Remove alert: Total rises above $30,000.00' }));
    await waitFor(() => expect(fake.snapshot().alerts.rules.map((r) => r.id)).toEqual(['share', 'move']));
  });

  it('sets quiet hours across midnight and the digest time', async () => {
    const { fake } = await openAlerts();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Quiet hours' }));
    await waitFor(() => expect(fake.snapshot().alerts.quietHours.enabled).toBe(true));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '23:30' } });
    await waitFor(() => expect(fake.snapshot().alerts.quietHours).toEqual({ enabled: true, start: 23 * 60 + 30, end: 8 * 60 }));
    // Times of day in the snapshot's regional locale (en-US): Intl may put a narrow no-break space before PM.
    expect(screen.getByText(/^Notifications are held from 11:30\sPM to 8:00\sAM and summed up after\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Daily digest' }));
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '07:15' } });
    await waitFor(() => expect(fake.snapshot().alerts.digest).toEqual({ enabled: true, at: 7 * 60 + 15 }));
  });
});
