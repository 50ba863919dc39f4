// Refresh policy and the credit economy as one choice a person understands
// ("Keep data fresh: every 15 min · ≈5,073 of 20,000 credits a month"), with
// the exact numbers behind a disclosure, and what the plan has left.
import { useId, useState } from 'react';
import {
  FRESHNESS_PRESETS,
  activeIntervalMinutes,
  estimateMonthlyCredits,
  matchingPreset,
  presetPolicy,
} from '../../../common/credit-estimate';
import { DEFAULT_SETTINGS, type Settings } from '../../../common/settings';
import type { CreditView } from '../../../common/types';
import { useAppStore } from '../shared/app-store';
import { userLocale } from '../shared/formatters';
import { NumberSetting, type NumberSettingProps } from '../shared/number-setting';

type PolicyKey = 'freshnessMinutes' | 'backgroundMinutes' | 'monthlyCreditBudget';
type Policy = Pick<Settings, PolicyKey>;
type Update = (patch: Partial<Settings>) => void;

const POLICY_FIELDS: Record<PolicyKey, { label: string; unit: string }> = {
  freshnessMinutes: { label: 'Refresh when data is older than', unit: 'minutes' },
  backgroundMinutes: { label: 'Background refresh every', unit: 'minutes' },
  monthlyCreditBudget: { label: 'Monthly credit budget', unit: 'credits' },
};

/** The select's values besides the presets' minutes. */
const ONLY_WHEN_ASKED = 'ask';
const CUSTOM = 'custom';

/** "15 min", "1 hour", "4 hours": how a person says an interval. */
function intervalText(minutes: number, nf: Intl.NumberFormat): string {
  if (minutes < 60 || minutes % 60 !== 0) return `${nf.format(minutes)} min`;
  const hours = minutes / 60;
  return hours === 1 ? 'hour' : `${nf.format(hours)} hours`;
}

/** What the user is typing into the exact fields, so the estimate moves before anything is saved. */
function usePolicyDraft(update: Update) {
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

export function RefreshSettings({ update }: { update: Update }) {
  const settings = useAppStore((s) => s.snapshot?.settings);
  const credits = useAppStore((s) => s.snapshot?.credits);
  const connectionCount = useAppStore((s) => s.snapshot?.connections.length ?? 0);
  const locale = useAppStore((s) => s.snapshot?.locale);
  const { draftOf, field } = usePolicyDraft(update);
  if (!settings || !credits) return null;
  const nf = new Intl.NumberFormat(userLocale(locale), { maximumFractionDigits: 0 });
  const policy = draftOf(settings);
  // The engine's own rule (credit-estimate.ts), so the sentence cannot drift from what it does.
  const activeEvery = activeIntervalMinutes(policy);

  return (
    <section className="settings-section" aria-labelledby="settings-refresh">
      <h2 id="settings-refresh" className="section-title">
        Refresh and credits
      </h2>
      <FreshnessChoice policy={policy} connectionCount={connectionCount} nf={nf} update={update} />
      <details className="advanced" data-testid="refresh-advanced">
        <summary>Exact schedule and budget</summary>
        <NumberSetting {...field('freshnessMinutes', settings)} />
        <NumberSetting {...field('backgroundMinutes', settings)} />
        <p className="muted small" data-testid="refresh-explanation">
          While you’re at the computer: every {nf.format(activeEvery)} min (twice the freshness target when that is shorter). While
          you’re away, asleep or offline: no refreshes; coming back refreshes stale data.
        </p>
        <NumberSetting {...field('monthlyCreditBudget', settings)} />
      </details>
      <CreditFacts credits={credits} nf={nf} />
    </section>
  );
}

interface ChoiceProps {
  policy: Policy;
  connectionCount: number;
  nf: Intl.NumberFormat;
  update: Update;
}

/** The one control: a preset sets freshness and background together; "only when I ask" is a budget of 0. */
function FreshnessChoice({ policy, connectionCount, nf, update }: ChoiceProps) {
  const id = useId();
  const asked = policy.monthlyCreditBudget === 0;
  const preset = matchingPreset(policy);
  const value = asked ? ONLY_WHEN_ASKED : preset === null ? CUSTOM : String(preset);
  const choose = (choice: string): void => {
    if (choice === ONLY_WHEN_ASKED) return update({ monthlyCreditBudget: 0 });
    // Leaving "only when I ask" needs a budget again: the default one, which the exact fields can change.
    const budget = asked ? { monthlyCreditBudget: DEFAULT_SETTINGS.monthlyCreditBudget } : {};
    update({ ...presetPolicy(Number(choice)), ...budget });
  };
  return (
    <div className="field inline">
      <label htmlFor={id}>Keep data fresh</label>
      <select id={id} value={value} aria-describedby={`${id}-estimate`} onChange={(e) => choose(e.target.value)}>
        {FRESHNESS_PRESETS.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            every {intervalText(minutes, nf)}
          </option>
        ))}
        {value === CUSTOM && (
          <option value={CUSTOM} disabled>
            every {intervalText(policy.freshnessMinutes, nf)} (custom)
          </option>
        )}
        <option value={ONLY_WHEN_ASKED}>only when I ask</option>
      </select>
      <EstimateText id={`${id}-estimate`} policy={policy} connectionCount={connectionCount} nf={nf} />
    </div>
  );
}

/** "≈5,073 of 20,000 credits a month", or, with a budget of 0, that nothing refreshes on its own. */
function EstimateText({ id, policy, connectionCount, nf }: { id: string; policy: Policy; connectionCount: number; nf: Intl.NumberFormat }) {
  if (policy.monthlyCreditBudget === 0) {
    return (
      <p id={id} className="estimate" data-testid="credit-estimate" aria-live="polite">
        Nothing refreshes on its own: balances update only when you ask (Refresh now).
      </p>
    );
  }
  // The same arithmetic the governor projects the month with (common/credit-estimate.ts).
  const estimate = estimateMonthlyCredits(policy, connectionCount);
  const overBudget = estimate > policy.monthlyCreditBudget;
  return (
    <p id={id} className={overBudget ? 'estimate warn' : 'estimate'} data-testid="credit-estimate" aria-live="polite">
      <span aria-hidden="true">· </span>≈{nf.format(estimate)} of {nf.format(policy.monthlyCreditBudget)} credits a month
      {connectionCount === 0 && ' (no exchanges connected yet)'}
      {overBudget && ': more than your budget, so Tallybar will refresh less often than this'}
    </p>
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
        {/* A budget of 0 lets the governor allow no automatic call, whatever interval it computes. */}
        <dd>{credits.budget === 0 ? 'only when you ask' : `every ${intervalText(credits.effectiveBackgroundMinutes, nf)}`}</dd>
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
