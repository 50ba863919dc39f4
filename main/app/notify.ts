// How main tells the user something happened: a native notification (when
// they are on and the OS has them), whose click opens where the news can be
// seen or acted on. A finished sync also starts the enrichment of new coins.
import type { DetailsTab } from '../../common/contract';
import { t } from '../../common/i18n';
import type { SyncNotification } from '../services/sync-engine';
import type { AppDeps } from './app-types';
import type { Session } from './session';
import { notificationTab } from './snapshot-watchers';

export interface NotifyOptions {
  deps: Pick<AppDeps, 'notifier'>;
  session(): Session;
  changed(): void;
  openDetails(tab: DetailsTab): void;
}

export function createNotify({ deps, session, changed, openDetails }: NotifyOptions): (n: SyncNotification) => void {
  return (n) => {
    // A portfolio that just finished syncing may hold coins not yet enriched
    // (names, icons); a status poll's balance call does not run that pass.
    if (n.kind === 'synced') void session().enrichment.update().then(changed);
    if (!session().store.getSettings().notifications || !deps.notifier.isSupported()) return;
    // Demo figures come from the built-in double: a notification must not read like real money.
    const body = session().demo ? t('notifications.demo', { body: n.body }) : n.body;
    deps.notifier.show({ title: n.title, body, onClick: () => openDetails(notificationTab(n)) });
  };
}
