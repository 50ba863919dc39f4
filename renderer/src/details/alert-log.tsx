// The fired alerts, newest first, worded when shown: privacy mode masks their
// amounts here as everywhere.
import { useId } from 'react';
import type { FiredAlert } from '../../../common/alerts';
import { firedText, type AlertWordsFormat } from '../../../common/alert-words';
import { t } from '../../../common/i18n';

export function AlertLog({ fired, format }: { fired: FiredAlert[]; format: AlertWordsFormat }) {
  const id = useId();
  const time = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('alerts.log.title')}
      </h2>
      {fired.length === 0 ? (
        <p className="muted">{t('alerts.log.none')}</p>
      ) : (
        <ol className="alert-log" aria-labelledby={`${id}-title`}>
          {fired.map((alert) => (
            <li key={`${alert.ruleId}-${alert.at}`}>
              <time dateTime={new Date(alert.at).toISOString()} className="muted small">
                {time.format(alert.at)}
              </time>{' '}
              {firedText(alert, format)}
              {alert.held && <span className="muted small">{t('alerts.log.held')}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
