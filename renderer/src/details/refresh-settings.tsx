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
import { t, type MessageId } from '../../../common/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../../common/settings';
import type { CreditView } from '../../../common/types';
import { type SettingsUpdate, useAppStore } from '../shared/app-store';
import { userLocale } from '../shared/formatters';
import { NumberSetting, type NumberSettingProps } from '../shared/number-setting';

type PolicyKey = 'freshnessMinutes' | 'backgroundMinutes' | 'monthlyCreditBudget';
type Policy = Pick<Settings, PolicyKey>;

const POLICY_FIELDS: Record<PolicyKey, { label: MessageId; unit: MessageId }> = {
  freshnessMinutes: { label: 'credits.freshnessLabel', unit: 'credits.minutesUnit' },
  backgroundMinutes: { label: 'credits.backgroundLabel', unit: 'credits.minutesUnit' },
  monthlyCreditBudget: { label: 'credits.budgetLabel', unit: 'credits.creditsUnit' },
};

/** The select's values besides the presets' minutes. */
const ONLY_WHEN_ASKED = 'ask';
const CUSTOM = 'custom';

/** "every 15 min", "every hour", "every 4 hours": how a person says an interval. */
function everyText(minutes: number, nf: Intl.NumberFormat): string {
  if (minutes < 60 || minutes % 60 !== 0) return t('credits.everyMinutes', { minutes: nf.format(minutes) });
  const hours = minutes / 60;
  return t('credits.everyHours', { hours, hoursText: nf.format(hours) });
}

/** What the user is typing into the exact fields, so the estimate moves before anything is saved. */
function usePolicyDraft(update: SettingsUpdate) {
  const [typing, setTyping] = useState<Partial<Policy>>({});
  const onDraft = (key: PolicyKey) => (value: number | null) =>
    setTyping((t) => {
      const next = { ...t };
      if (value === null) delete next[key];
      else next[key] = value;
      return next;
    });
  const onCommit = (key: PolicyKey) => (value: number) => {
    void update({ [key]: value });
    onDraft(key)(null);
  };
  /** The stored policy with what is being typed over it. */
  const draftOf = (stored: Policy): Policy => ({ ...stored, ...typing });
  /** The props of one policy field's input. */
  const field = (key: PolicyKey, stored: Policy): NumberSettingProps => ({
    label: t(POLICY_FIELDS[key].label),
    unit: t(POLICY_FIELDS[key].unit),
    setting: key,
    value: stored[key],
    onDraft: onDraft(key),
    onCommit: onCommit(key),
  });
  return { draftOf, field };
}

export function RefreshSettings({ update }: { update: SettingsUpdate }) {
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
        {t('credits.heading')}
      </h2>
      <FreshnessChoice policy={policy} connectionCount={connectionCount} nf={nf} update={update} />
      <details className="advanced" data-testid="refresh-advanced">
        <summary>{t('credits.exactSchedule')}</summary>
        <NumberSetting {...field('freshnessMinutes', settings)} />
        <NumberSetting {...field('backgroundMinutes', settings)} />
        <p className="muted small" data-testid="refresh-explanation">
          {t('credits.explanation', { minutes: nf.format(activeEvery) })}
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
  update: SettingsUpdate;
}

/** The one control: a preset sets freshness and background together; "only when I ask" is a budget of 0. */
function FreshnessChoice({ policy, connectionCount, nf, update }: ChoiceProps) {
  const id = useId();
  const asked = policy.monthlyCreditBudget === 0;
  const preset = matchingPreset(policy);
  const value = asked ? ONLY_WHEN_ASKED : preset === null ? CUSTOM : String(preset);
  const choose = (choice: string): void => {
    if (choice === ONLY_WHEN_ASKED) {
      void update({ monthlyCreditBudget: 0 });
      return;
    }
    // Leaving "only when I ask" needs a budget again: the default one, which the exact fields can change.
    const budget = asked ? { monthlyCreditBudget: DEFAULT_SETTINGS.monthlyCreditBudget } : {};
    void update({ ...presetPolicy(Number(choice)), ...budget });
  };
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('credits.keepFresh')}</label>
      <select id={id} value={value} aria-describedby={`${id}-estimate`} onChange={(e) => choose(e.target.value)}>
        {FRESHNESS_PRESETS.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {everyText(minutes, nf)}
          </option>
        ))}
        {value === CUSTOM && (
          <option value={CUSTOM} disabled>
            {t('credits.custom', { interval: everyText(policy.freshnessMinutes, nf) })}
          </option>
        )}
        <option value={ONLY_WHEN_ASKED}>{t('credits.onlyWhenIAsk')}</option>
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
        {t('credits.nothingAutomatic')}
      </p>
    );
  }
  // The same arithmetic the governor projects the month with (common/credit-estimate.ts).
  const estimate = estimateMonthlyCredits(policy, connectionCount);
  const overBudget = estimate > policy.monthlyCreditBudget;
  return (
    <p id={id} className={overBudget ? 'estimate warn' : 'estimate'} data-testid="credit-estimate" aria-live="polite">
      <span aria-hidden="true">· </span>
      {t('credits.estimate', {
        budget: policy.monthlyCreditBudget,
        estimateText: nf.format(estimate),
        budgetText: nf.format(policy.monthlyCreditBudget),
        noExchanges: connectionCount === 0 ? 'yes' : 'no',
        overBudget: overBudget ? 'yes' : 'no',
      })}
    </p>
  );
}

/** What the plan has spent and has left, and a banner while CoinStats holds refreshes back. */
function CreditFacts({ credits, nf }: { credits: CreditView; nf: Intl.NumberFormat }) {
  return (
    <>
      <dl className="facts">
        <dt>{t('credits.spent')}</dt>
        <dd>{nf.format(credits.spentThisMonth)}</dd>
        <dt>{t('credits.projected')}</dt>
        <dd>{nf.format(credits.projectedMonth)}</dd>
        <dt>{t('credits.remaining')}</dt>
        <dd>{remainingText(credits, nf)}</dd>
        <dt>{t('credits.backgroundNow')}</dt>
        {/* A budget of 0 lets the governor allow no automatic call, whatever interval it computes. */}
        <dd>{credits.budget === 0 ? t('credits.onlyWhenYouAsk') : everyText(credits.effectiveBackgroundMinutes, nf)}</dd>
      </dl>
      {credits.limited && (
        <p className="banner banner-error">
          {credits.limited.kind === 'out_of_credits'
            ? t('credits.outOfCredits')
            : t('credits.rateLimited')}
        </p>
      )}
    </>
  );
}

/** "12,000 of 20,000", "12,000" when the plan's size is not known, or that nothing is known yet. */
function remainingText(credits: CreditView, nf: Intl.NumberFormat): string {
  if (credits.remaining === null) return t('credits.remainingUnknown');
  if (credits.total === null) return nf.format(credits.remaining);
  return t('credits.remainingOf', { remaining: nf.format(credits.remaining), total: nf.format(credits.total) });
}
