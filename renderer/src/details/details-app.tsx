// The details window: five tabs over the same pushed snapshot. Main can ask
// for a tab (tray "Settings", a notification click) with a `navigate` push.
import { useEffect, useState } from 'react';
import { t } from '../../../common/i18n';
import { connectAppStore, useAppStore, useLanguage } from '../shared/app-store';
import { Announcer } from '../shared/announcer';
import { DemoBadge } from '../shared/demo-badge';
import type { DetailsTab } from '../../../common/contract';
import { ErrorText } from '../shared/error-text';
import { Notices } from '../shared/notices';
import { PrivacyMarker } from '../shared/privacy-marker';
import { usePrivacyPeek } from '../shared/use-privacy-peek';
import { usePrivacyShortcut } from '../shared/use-privacy-shortcut';
import { useInitialFocus } from '../shared/use-initial-focus';
import { AlertsTab } from './alerts-tab';
import { DetailsTabs, panelId, tabId } from './details-tabs';
import { ExchangesTab } from './exchanges-tab';
import { HistoryTab } from './history-tab';
import { HoldingsTab } from './holdings-tab';
import { SettingsTab } from './settings-tab';

const PANELS: Record<DetailsTab, () => React.JSX.Element | null> = {
  holdings: HoldingsTab,
  exchanges: ExchangesTab,
  history: HistoryTab,
  alerts: AlertsTab,
  settings: SettingsTab,
};

export function DetailsApp({ initialTab = 'holdings' }: { initialTab?: DetailsTab }) {
  const [tab, setTab] = useState<DetailsTab>(initialTab);
  useEffect(() => connectAppStore(), []);
  useEffect(() => window.tallybar.on('navigate', ({ tab: wanted }) => setTab(wanted)), []);
  usePrivacyShortcut();
  usePrivacyPeek();
  const ready = useAppStore((s) => s.snapshot !== null);
  // Main titles the window (and keeps the page's title from replacing it); the page's own title says the same, for whatever reads it.
  const language = useLanguage();
  useEffect(() => {
    if (language) document.title = t('windows.detailsTitle');
  }, [language]);
  const loadError = useAppStore((s) => s.loadError);
  const Panel = PANELS[tab];
  // A tab chosen by main (or the window opening) starts on its first control; one chosen from the tab list keeps focus there.
  const panelRef = useInitialFocus<HTMLElement>(tab);

  return (
    <div className="details">
      {/* The first snapshot names the language: until it is shown no catalogue is loaded, so nothing can be worded yet. */}
      {ready && (
        <header className="details-header">
          <DetailsTabs active={tab} onSelect={setTab} />
          <span className="spacer" />
          <PrivacyMarker />
          <DemoBadge />
        </header>
      )}
      <Notices />
      <main ref={panelRef} role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="panel" tabIndex={-1}>
        {ready ? <Panel /> : loadError ? <ErrorText error={loadError} /> : <p className="muted" aria-busy="true" />}
      </main>
      <Announcer />
    </div>
  );
}
