// Quiet hours and the daily digest: when notifications are held, and when the
// one summary of the day goes out. Each change is saved at once, as Settings does.
import { useId, useState } from 'react';
import { dayMinuteText, parseDayMinute, type AlertsConfig } from '../../../common/alerts';
import { alertProblemText, quietHoursText } from '../../../common/alert-words';
import { t } from '../../../common/i18n';
import { useFormatters } from '../shared/app-store';
import { ErrorText } from '../shared/error-text';

type Save = (patch: Partial<AlertsConfig>) => void;

function TimeField({ label, value, which, onChange }: { label: string; value: number; which: 'quiet start' | 'quiet end' | 'digest time'; onChange: (m: number) => void }) {
  const id = useId();
  const [invalid, setInvalid] = useState<string | null>(null);
  return (
    <span className="time-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={dayMinuteText(value)}
        aria-invalid={invalid ? true : undefined}
        onChange={(e) => {
          const minute = parseDayMinute(e.target.value);
          setInvalid(minute === null ? alertProblemText({ field: 'time', which }) : null);
          if (minute !== null && minute !== value) onChange(minute);
        }}
      />
      <ErrorText error={invalid ? { message: invalid } : null} />
    </span>
  );
}

export function AlertSchedule({ config, save }: { config: AlertsConfig; save: Save }) {
  const id = useId();
  const { locale } = useFormatters();
  const { quietHours: quiet, digest } = config;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('alerts.schedule.title')}
      </h2>
      <div className="field toggle">
        <input id={`${id}-quiet`} type="checkbox" checked={quiet.enabled} onChange={(e) => save({ quietHours: { ...quiet, enabled: e.target.checked } })} aria-describedby={`${id}-quiet-hint`} />
        <label htmlFor={`${id}-quiet`}>{t('alerts.schedule.quiet')}</label>
        <span id={`${id}-quiet-hint`} className="muted small">
          {quietHoursText(quiet.start, quiet.end, locale)}
        </span>
      </div>
      <div className="field inline">
        <TimeField label={t('alerts.schedule.from')} which="quiet start" value={quiet.start} onChange={(start) => save({ quietHours: { ...quiet, start } })} />
        <TimeField label={t('alerts.schedule.to')} which="quiet end" value={quiet.end} onChange={(end) => save({ quietHours: { ...quiet, end } })} />
      </div>
      <div className="field toggle">
        <input id={`${id}-digest`} type="checkbox" checked={digest.enabled} onChange={(e) => save({ digest: { ...digest, enabled: e.target.checked } })} aria-describedby={`${id}-digest-hint`} />
        <label htmlFor={`${id}-digest`}>{t('alerts.schedule.digest')}</label>
        <span id={`${id}-digest-hint`} className="muted small">
          {t('alerts.schedule.digestHint')}
        </span>
      </div>
      <div className="field inline">
        <TimeField label={t('alerts.schedule.at')} which="digest time" value={digest.at} onChange={(at) => save({ digest: { ...digest, at } })} />
      </div>
    </section>
  );
}
