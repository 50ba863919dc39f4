// One rule in the Alerts tab: what it says, whether it is on, and its status
// (watching, fired and waiting to re-arm, or not checked and why).
import { ageText } from '../../../common/i18n';
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
  if (!rule.enabled) return 'Off.';
  if (!status || status.state === 'armed') return 'Watching.';
  if (status.state === 'off') return 'Off.';
  if (status.state === 'fired') return `Fired ${ageText(status.at, now)}. It fires again only after the condition has cleared.`;
  const detail = status.why === 'partial' && !standing.problem ? ` ${partialText(standing)}.` : '';
  return `${heldText(status.why, rule)}${detail}`;
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
        <button type="button" onClick={onEdit} aria-label={`Edit alert: ${text}`}>
          Edit
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove alert: ${text}`}>
          Remove
        </button>
      </div>
      <p id={`${id}-status`} className={`alert-status small ${held ? 'warn-text' : 'muted'}`}>
        {statusText(rule, status, standing, now)}
      </p>
    </li>
  );
}
