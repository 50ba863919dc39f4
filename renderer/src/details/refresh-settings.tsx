// Refresh policy and the credit economy: how fresh, how often, what it costs
// a month (live, as the user types), and what the plan has left.
import { useState } from 'react';
import { activeIntervalMinutes, estimateMonthlyCredits } from '../../../common/credit-estimate';
import type { Settings } from '../../../common/settings';
import { useAppStore } from '../shared/app-store';
import { userLocale } from '../shared/formatters';
import { NumberSetting } from '../shared/number-setting';
import { SETTING_RANGES } from '../../../common/settings';

type PolicyKey = 'freshnessMinutes' | 'backgroundMinutes' | 'monthlyCreditBudget';

export function RefreshSettings({ update }: { update: (patch: Partial<Settings>) => void }) {
  const settings = useAppStore((s) => s.snapshot?.settings);
  const credits = useAppStore((s) => s.snapshot?.credits);
  const connectionCount = useAppStore((s) => s.snapshot?.connections.length ?? 0);
  const locale = useAppStore((s) => s.snapshot?.locale);
  // What the user is typing, so the estimate moves before anything is saved.
  const [typing, setTyping] = useState<Partial<Pick<Settings, PolicyKey>>>({});
  if (!settings || !credits) return null;
  const nf = new Intl.NumberFormat(userLocale(locale), { maximumFractionDigits: 0 });
  const policy = { ...settings, ...typing };
  const estimate = estimateMonthlyCredits(policy, connectionCount);
  const overBudget = estimate > policy.monthlyCreditBudget;
  // The engine's own rule (credit-estimate.ts), so the sentence cannot drift from what it does.
  const activeEvery = activeIntervalMinutes(policy);
  const draft = (key: PolicyKey) => (value: number | null) =>
    setTyping((t) => {
      const next = { ...t };
      if (value === null) delete next[key];
      else next[key] = value;
      return next;
    });
  const commit = (key: PolicyKey) => (value: number) => {
    update({ [key]: value });
    draft(key)(null);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-refresh">
      <h2 id="settings-refresh" className="section-title">
        Refresh and credits
      </h2>
      <NumberSetting
        label="Refresh when data is older than"
        unit="minutes"
        value={settings.freshnessMinutes}
        {...SETTING_RANGES.freshnessMinutes}
        onDraft={draft('freshnessMinutes')}
        onCommit={commit('freshnessMinutes')}
      />
      <NumberSetting
        label="Background refresh every"
        unit="minutes"
        value={settings.backgroundMinutes}
        {...SETTING_RANGES.backgroundMinutes}
        onDraft={draft('backgroundMinutes')}
        onCommit={commit('backgroundMinutes')}
      />
      <p className="muted small" data-testid="refresh-explanation">
        While you’re at the computer: every {nf.format(activeEvery)} min (twice the freshness target when that is shorter). While
        you’re away, asleep or offline: no refreshes; coming back refreshes stale data.
      </p>
      <p className={overBudget ? 'estimate warn' : 'estimate'} data-testid="credit-estimate" aria-live="polite">
        About {nf.format(estimate)} credits a month for {connectionCount} {connectionCount === 1 ? 'exchange' : 'exchanges'}
        {overBudget && ' — over your budget: Tallybar will refresh less often to stay inside it'}.
      </p>
      <NumberSetting
        label="Monthly credit budget"
        unit="credits"
        value={settings.monthlyCreditBudget}
        {...SETTING_RANGES.monthlyCreditBudget}
        step={1000}
        onDraft={draft('monthlyCreditBudget')}
        onCommit={commit('monthlyCreditBudget')}
      />
      <dl className="facts">
        <dt>Spent this month</dt>
        <dd>{nf.format(credits.spentThisMonth)}</dd>
        <dt>Projected this month</dt>
        <dd>{nf.format(credits.projectedMonth)}</dd>
        <dt>Remaining on your plan</dt>
        <dd>{credits.remaining === null ? 'unknown yet' : `${nf.format(credits.remaining)}${credits.total === null ? '' : ` of ${nf.format(credits.total)}`}`}</dd>
        <dt>Background refresh now</dt>
        <dd>every {nf.format(credits.effectiveBackgroundMinutes)} min</dd>
      </dl>
      {credits.limited && (
        <p className="banner banner-error">
          {credits.limited.kind === 'out_of_credits'
            ? 'Your CoinStats credits are used up: automatic refreshes are paused until the plan resets.'
            : 'CoinStats is rate limiting Tallybar: refreshes are slowed down for a moment.'}
        </p>
      )}
    </section>
  );
}
