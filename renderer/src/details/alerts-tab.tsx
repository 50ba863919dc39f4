// Alerts: the user's rules with each one's status, the presets offered on a
// first visit (none on until the user adds it), quiet hours and the digest,
// and the fired log. Every change goes through updateAlerts; main answers
// with a new snapshot, so what is shown is what is stored.
import { useId, useState } from 'react';
import { ALERT_PRESETS, type AlertRule, type AlertsConfig } from '../../../common/alerts';
import { ruleText, type AlertWordsFormat } from '../../../common/alert-words';
import { t } from '../../../common/i18n';
import { run, useAppStore, useError, useFormatters } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';
import { AlertLog } from './alert-log';
import { AlertRuleForm } from './alert-rule-form';
import { AlertRuleItem } from './alert-rule-item';
import { AlertSchedule } from './alert-schedule';

const save = async (patch: Partial<AlertsConfig>): Promise<boolean> => (await run('alerts', 'updateAlerts', patch)).ok;

const sameWatch = (a: AlertRule, b: AlertRule): boolean => a.kind === b.kind && a.threshold === b.threshold && a.window === b.window;

const newRule = (currency: string): AlertRule => ({ id: crypto.randomUUID(), kind: 'total_above', enabled: true, threshold: 0, currency, window: '24h' });

export function AlertsTab() {
  const alerts = useAppStore((s) => s.snapshot?.alerts);
  const standing = useAppStore((s) => s.snapshot?.standing);
  const primary = useAppStore((s) => s.snapshot?.settings.primaryCurrency ?? 'USD');
  const f = useFormatters();
  const error = useError('alerts');
  const id = useId();
  // The rule being edited, 'new' while one is added, null otherwise.
  const [editing, setEditing] = useState<string | null>(null);
  if (!alerts || !standing) return null;
  const format: AlertWordsFormat = { locale: f.locale, masking: f.masking };
  const { status, fired, ...config } = alerts;
  const rules = config.rules;
  const currencies = [...new Set([primary, 'BTC'])];
  const put = (rule: AlertRule): Promise<boolean> =>
    save({ rules: rules.some((r) => r.id === rule.id) ? rules.map((r) => (r.id === rule.id ? rule : r)) : [...rules, rule] });
  const offered = config.presetsOffered ? [] : ALERT_PRESETS.filter((p) => !rules.some((r) => sameWatch(r, p)));

  return (
    <div className="settings alerts">
      {editing === null && <ErrorText error={error} />}
      <section className="settings-section" aria-labelledby={`${id}-rules`}>
        <h2 id={`${id}-rules`} className="section-title">
          {t('alerts.tab.rulesTitle')}
        </h2>
        <p className="muted small">{t('alerts.tab.rulesHint')}</p>
        {rules.length === 0 && <p className="muted">{t('alerts.tab.none')}</p>}
        <ul className="alert-rules" aria-labelledby={`${id}-rules`}>
          {rules.map((rule) =>
            editing === rule.id ? (
              <li key={rule.id}>
                <AlertRuleForm initial={rule} currencies={currencies} privacy={f.privacy} submitLabel={t('alerts.tab.save')} onSave={put} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <AlertRuleItem
                key={rule.id}
                rule={rule}
                status={status[rule.id]}
                standing={standing}
                format={format}
                onToggle={(enabled) => void put({ ...rule, enabled })}
                onEdit={() => setEditing(rule.id)}
                onRemove={() => void save({ rules: rules.filter((r) => r.id !== rule.id) })}
              />
            ),
          )}
        </ul>
        {editing === 'new' ? (
          <AlertRuleForm initial={newRule(primary)} currencies={currencies} privacy={f.privacy} submitLabel={t('alerts.tab.add')} onSave={put} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" className="primary" onClick={() => setEditing('new')} disabled={editing !== null}>
            {t('alerts.tab.new')}
          </button>
        )}
      </section>
      {offered.length > 0 && <AlertPresets offered={offered} format={format} add={(preset) => void put({ ...preset, id: crypto.randomUUID(), enabled: true, currency: primary })} />}
      <AlertSchedule config={config} save={(patch) => void save(patch)} />
      <AlertLog fired={fired} format={format} />
    </div>
  );
}

/** The presets a first visit offers: each added only when the user chooses it, all declined at once. */
function AlertPresets({ offered, format, add }: { offered: readonly AlertRule[]; format: AlertWordsFormat; add: (preset: AlertRule) => void }) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-presets`}>
      <h2 id={`${id}-presets`} className="section-title">
        {t('alerts.presets.title')}
      </h2>
      <p className="muted small">{t('alerts.presets.hint')}</p>
      <ul className="alert-presets">
        {offered.map((preset) => (
          <li key={preset.id} className="alert-preset">
            <span>{ruleText(preset, format)}</span>
            <button type="button" onClick={() => add(preset)} aria-label={t('alerts.presets.addLabel', { rule: ruleText(preset, format) })}>
              {t('alerts.presets.add')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void save({ presetsOffered: true })}>
        {t('alerts.presets.decline')}
      </button>
    </section>
  );
}
