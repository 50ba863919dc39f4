import { t } from '../../../common/i18n';
import { run, useAppStore } from './app-store';

/** Messages main wants seen once (e.g. "settings file was recovered"); dismissing tells main. */
export function Notices() {
  const notices = useAppStore((s) => s.snapshot?.notices);
  if (!notices || notices.length === 0) return null;
  return (
    <ul className="notices" aria-label={t('shared.notices')}>
      {notices.map((notice) => (
        <li key={notice.id} className="banner banner-info">
          <span>{notice.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('shared.dismissNotice', { message: notice.message })}
            onClick={() => void run(`dismissNotice:${notice.id}`, 'dismissNotice', { id: notice.id })}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
