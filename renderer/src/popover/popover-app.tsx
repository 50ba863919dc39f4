// The popover: onboarding on first run, otherwise the glance (header, coins,
// exchanges, each with its allocation bar, links). Renders straight from the last pushed snapshot, so it
// opens instantly from cached state while main refreshes behind it.
import { useEffect } from 'react';
import { t } from '../../../common/i18n';
import { connectAppStore, run, useAppStore, useLanguage } from '../shared/app-store';
import { Announcer } from '../shared/announcer';
import { ErrorText } from '../shared/error-text';
import { Notices } from '../shared/notices';
import { SecretsBlocked } from '../shared/secrets-blocked';
import { useInitialFocus } from '../shared/use-initial-focus';
import { PrivacyMarker } from '../shared/privacy-marker';
import { usePrivacyPeek } from '../shared/use-privacy-peek';
import { usePrivacyShortcut } from '../shared/use-privacy-shortcut';
import { CoinList } from './coin-list';
import { ExchangeList } from './exchange-list';
import { Onboarding } from './onboarding';
import { openDetails } from './open-details';
import { PopoverHeader } from './popover-header';

type View = 'loading' | 'failed' | 'onboarding' | 'glance';

function useView(): View {
  return useAppStore((s) => {
    const snap = s.snapshot;
    if (!snap) return s.loadError ? 'failed' : 'loading';
    // While the first exchange is being added, main already lists it; stay on
    // the onboarding form so a rejection (rolled back) keeps the form and its message.
    const adding = 'addConnection' in s.busy;
    if (!snap.demo && (!snap.apiKey.set || snap.connections.length === 0 || adding)) return 'onboarding';
    return 'glance';
  });
}

function useEscapeHides(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      void run('hidePopover', 'hidePopover');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function PopoverApp() {
  useEffect(() => connectAppStore(), []);
  // Subscribed so a language switch re-renders the whole popover in the new words.
  useLanguage();
  usePrivacyShortcut();
  usePrivacyPeek();
  useEscapeHides();
  const view = useView();
  const loadError = useAppStore((s) => s.loadError);
  // Onboarding's forms place focus themselves; the glance starts on Refresh (or the next control while it is busy).
  const glanceRef = useInitialFocus<HTMLElement>(view);

  return (
    <div className="popover">
      <Notices />
      {/* Busy without words: the catalogue arrives with the first snapshot. */}
      {view === 'loading' && <p className="muted center" aria-busy="true" />}
      {view === 'failed' && <ErrorText error={loadError} />}
      {view === 'onboarding' && <Onboarding />}
      {view === 'glance' && (
        <main ref={glanceRef} className="glance">
          <SecretsBlocked />
          <PopoverHeader />
          {/* Exchanges keep their rows in view; the coin list scrolls in what is left. */}
          <div className="glance-body">
            <CoinList />
            <ExchangeList />
          </div>
          <footer className="popover-footer">
            <button type="button" className="link-button" onClick={() => openDetails('holdings')}>
              {t('popover.openDetails')}
            </button>
            <PrivacyMarker />
            <button type="button" className="link-button" onClick={() => openDetails('settings')}>
              {t('popover.settings')}
            </button>
          </footer>
        </main>
      )}
      <Announcer />
    </div>
  );
}
