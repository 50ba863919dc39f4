// Privacy on by itself when the screen starts being presented (a display
// added or mirrored, main/core/presenting.ts) and the user asked for it
// (`privacyOnDisplayChange`). The change is persisted like the tray menu's
// toggle, and a notice in the windows (and a notification, when those are on)
// says why figures just disappeared.
import { t } from '../../common/i18n';
import { AUTO_PRIVACY_NOTICE } from '../../common/privacy-words';
import { isMirrored, startsPresenting } from '../core/presenting';
import type { DisplayChange, DisplayPort, NotifierPort } from '../ports';
import type { AppView } from './app-view';
import type { Session } from './session';

export interface AutoPrivacyOptions {
  display: DisplayPort;
  notifier: NotifierPort;
  session(): Session;
  view: Pick<AppView, 'changed' | 'raiseNotice'>;
  openSettings(): void;
}

/** Follows the displays from now on; returns the unsubscribe. */
export function watchDisplaysForPrivacy({ display, notifier, session, view, openSettings }: AutoPrivacyOptions): () => void {
  let mirrored = isMirrored(display.all());
  return display.onChange((change: DisplayChange) => {
    const was = mirrored;
    mirrored = isMirrored(display.all());
    if (!startsPresenting(change, was, mirrored)) return;
    const { store, demo } = session();
    const settings = store.getSettings();
    if (!settings.privacyOnDisplayChange || settings.privacyMode) return;
    store.updateSettings({ privacyMode: true });
    // Read when each snapshot is built: the notice stays up while the language may change.
    view.raiseNotice({ id: AUTO_PRIVACY_NOTICE.id, words: () => AUTO_PRIVACY_NOTICE.message });
    view.changed();
    if (settings.notifications && notifier.isSupported()) {
      const body = demo ? t('notifications.demo', { body: AUTO_PRIVACY_NOTICE.message }) : AUTO_PRIVACY_NOTICE.message;
      notifier.show({ title: 'Tallybar', body, onClick: openSettings });
    }
  });
}
