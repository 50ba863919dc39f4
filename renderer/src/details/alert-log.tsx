// The fired alerts, newest first, worded when shown: privacy mode masks their
// amounts here as everywhere.
import { useId } from 'react';
import type { FiredAlert } from '../../../common/alerts';
import { firedText, type AlertWordsFormat } from '../../../common/alert-words';

export function AlertLog({ fired, format }: { fired: FiredAlert[]; format: AlertWordsFormat }) {
  const id = useId();
  const time = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Fired alerts
      </h2>
      {fired.length === 0 ? (
        <p className="muted">No alert has fired yet.</p>
      ) : (
        <ol className="alert-log" aria-labelledby={`${id}-title`}>
          {fired.map((alert) => (
            <li key={`${alert.ruleId}-${alert.at}`}>
              <time dateTime={new Date(alert.at).toISOString()} className="muted small">
                {time.format(alert.at)}
              </time>{' '}
              {firedText(alert, format)}
              {alert.held && <span className="muted small"> (held by quiet hours, sent in their summary)</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
