// One rule in the Alerts tab: what it says, whether it is on, and its status
// (watching, fired and waiting to re-arm, or not checked and why).
import { ageText, t } from '../../../common/i18n';
import { useId } from 'react';
import type { AlertRule, AlertStatus } from '../../../common/alerts';
import { heldText, ruleText, type AlertWordsFormat } from '../../../common/alert-words';

import { partialText } from '../../../common/standing-words';
import type { Standing } from '../../../common/types';
import { useNow } from '../shared/use-now';

interface Props {
  rule: AlertRule;
  status: AlertStatus | undefined;
  standing: Standing;
  format: AlertWordsFormat;
  onToggle: (enabled: boolean) => void;
  onEdit: () => void;
  onRemove: () => void;
}

export function statusText(rule: AlertRule, status: AlertStatus | undefined, standing: Standing, now: number): string {
  if (!rule.enabled) return t('alerts.status.off');
  if (!status || status.state === 'armed') return t('alerts.status.watching');
  if (status.state === 'off') return t('alerts.status.off');
  if (status.state === 'fired') return t('alerts.status.fired', { age: ageText(status.at, now) });
  const held = heldText(status.why, rule);
  return status.why === 'partial' && !standing.problem ? t('alerts.status.heldPartial', { held, partial: partialText(standing) }) : held;
}

export function AlertRuleItem({ rule, status, standing, format, onToggle, onEdit, onRemove }: Props) {
  const id = useId();
  const now = useNow();
  const text = ruleText(rule, format);
  const held = status?.state === 'held';
  return (
    <li className={`card alert-rule${held ? ' held' : ''}`} aria-labelledby={`${id}-text`}>
      <div className="alert-rule-head">
        <input id={`${id}-on`} type="checkbox" checked={rule.enabled} onChange={(e) => onToggle(e.target.checked)} aria-describedby={`${id}-status`} />
        <label htmlFor={`${id}-on`} id={`${id}-text`} className="alert-rule-text">
          {text}
        </label>
        <span className="spacer" />
        <button type="button" onClick={onEdit} aria-label={t('alerts.item.editLabel', { rule: text })}>
          {t('alerts.item.edit')}
        </button>
        <button type="button" onClick={onRemove} aria-label={t('alerts.item.removeLabel', { rule: text })}>
          {t('alerts.item.remove')}
        </button>
      </div>
      <p id={`${id}-status`} className={`alert-status small ${held ? 'warn-text' : 'muted'}`}>
        {statusText(rule, status, standing, now)}
      </p>
    </li>
  );
}
