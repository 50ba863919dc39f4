// Refresh policy and the credit economy: how fresh, how often, what it costs
// a month (live, as the user types), and what the plan has left.
import { useState } from 'react';
import { activeIntervalMinutes, estimateMonthlyCredits } from '../../../common/credit-estimate';
import type { Settings } from '../../../common/settings';
import type { CreditView } from '../../../common/types';
import { useAppStore } from '../shared/app-store';
import { userLocale } from '../shared/formatters';
import { NumberSetting, type NumberSettingProps } from '../shared/number-setting';

type PolicyKey = 'freshnessMinutes' | 'backgroundMinutes' | 'monthlyCreditBudget';
type Policy = Pick<Settings, PolicyKey>;

const POLICY_FIELDS: Record<PolicyKey, { label: string; unit: string }> = {
  freshnessMinutes: { label: 'Refresh when data is older than', unit: 'minutes' },
  backgroundMinutes: { label: 'Background refresh every', unit: 'minutes' },
  monthlyCreditBudget: { label: 'Monthly credit budget', unit: 'credits' },
};

/** What the user is typing into the policy fields, so the estimate moves before anything is saved. */
function usePolicyDraft(update: (patch: Partial<Settings>) => void) {
  const [typing, setTyping] = useState<Partial<Policy>>({});
  const onDraft = (key: PolicyKey) => (value: number | null) =>
    setTyping((t) => {
      const next = { ...t };
      if (value === null) delete next[key];
      else next[key] = value;
      return next;
    });
  const onCommit = (key: PolicyKey) => (value: number) => {
    update({ [key]: value });
    onDraft(key)(null);
  };
  /** The stored policy with what is being typed over it. */
  const draftOf = (stored: Policy): Policy => ({ ...stored, ...typing });
  /** The props of one policy field's input. */
  const field = (key: PolicyKey, stored: Policy): NumberSettingProps => ({
    ...POLICY_FIELDS[key],
    setting: key,
    value: stored[key],
    onDraft: onDraft(key),
    onCommit: onCommit(key),
  });
  return { draftOf, field };
}

export function RefreshSettings({ update }: { update: (patch: Partial<Settings>) => void }) {
  const settings = useAppStore((s) => s.snapshot?.settings);
  const credits = useAppStore((s) => s.snapshot?.credits);
  const connectionCount = useAppStore((s) => s.snapshot?.connections.length ?? 0);
  const locale = useAppStore((s) => s.snapshot?.locale);
  const { draftOf, field } = usePolicyDraft(update);
  if (!settings || !credits) return null;
  const nf = new Intl.NumberFormat(userLocale(locale), { maximumFractionDigits: 0 });
  const policy = draftOf(settings);
  const estimate = estimateMonthlyCredits(policy, connectionCount);
  const overBudget = estimate > policy.monthlyCreditBudget;
  // The engine's own rule (credit-estimate.ts), so the sentence cannot drift from what it does.
  const activeEvery = activeIntervalMinutes(policy);

  return (
    <section className="settings-section" aria-labelledby="settings-refresh">
      <h2 id="settings-refresh" className="section-title">
        Refresh and credits
      </h2>
      <NumberSetting {...field('freshnessMinutes', settings)} />
      <NumberSetting {...field('backgroundMinutes', settings)} />
      <p className="muted small" data-testid="refresh-explanation">
        While you’re at the computer: every {nf.format(activeEvery)} min (twice the freshness target when that is shorter). While
        you’re away, asleep or offline: no refreshes; coming back refreshes stale data.
      </p>
      <p className={overBudget ? 'estimate warn' : 'estimate'} data-testid="credit-estimate" aria-live="polite">
        About {nf.format(estimate)} credits a month for {connectionCount} {connectionCount === 1 ? 'exchange' : 'exchanges'}
        {overBudget && ' — over your budget: Tallybar will refresh less often to stay inside it'}.
      </p>
      <NumberSetting {...field('monthlyCreditBudget', settings)} />
      <CreditFacts credits={credits} nf={nf} />
    </section>
  );
}

/** What the plan has spent and has left, and a banner while CoinStats holds refreshes back. */
function CreditFacts({ credits, nf }: { credits: CreditView; nf: Intl.NumberFormat }) {
  return (
    <>
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
    </>
  );
}
