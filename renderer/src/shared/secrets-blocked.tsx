import { t } from '../../../common/i18n';
import { useAppStore } from './app-store';

/** When safeStorage cannot encrypt, no key can be stored: say why, prominently, before anything else. */
export function SecretsBlocked() {
  const reason = useAppStore((s) => (s.snapshot?.secretsAvailable.ok === false ? s.snapshot.secretsAvailable.reason : null));
  if (!reason) return null;
  return (
    <div className="banner banner-error" role="alert">
      <strong>{t('shared.cannotStoreKeys')}</strong> {reason}
    </div>
  );
}
