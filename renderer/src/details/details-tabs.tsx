// WAI-ARIA tabs with automatic activation: arrow keys move and select,
// Home/End jump; only the active tab is in the Tab order.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { DETAILS_TABS as TABS, type DetailsTab } from '../../../common/contract';
import { t, type MessageId } from '../../../common/i18n';
import { useLanguage } from '../shared/app-store';
import { RotationBadge } from './key-card';

const TAB_LABELS: Record<DetailsTab, MessageId> = {
  holdings: 'details.tab.holdings',
  exchanges: 'details.tab.exchanges',
  history: 'details.tab.history',
  alerts: 'details.tab.alerts',
  settings: 'details.tab.settings',
};

export const tabId = (tab: DetailsTab): string => `tab-${tab}`;
export const panelId = (tab: DetailsTab): string => `panel-${tab}`;

export function DetailsTabs({ active, onSelect }: { active: DetailsTab; onSelect: (tab: DetailsTab) => void }) {
  // The tab names are words, not snapshot data: a new language alone re-renders them.
  useLanguage();
  const refs = useRef(new Map<DetailsTab, HTMLButtonElement>());
  // Main may switch tabs (a notification, the tray menu): focus on the old
  // tab, now out of the Tab order, follows to the new one.
  useEffect(() => {
    const focused = document.activeElement;
    const onOldTab = focused instanceof HTMLElement && focused.getAttribute('role') === 'tab' && focused !== refs.current.get(active);
    if (onOldTab && refs.current.has(active)) refs.current.get(active)?.focus();
  }, [active]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = TABS.indexOf(active);
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = TABS[targets[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('details.tabsLabel')} className="tablist" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            if (el) refs.current.set(tab, el);
            else refs.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === active}
          aria-controls={panelId(tab)}
          tabIndex={tab === active ? 0 : -1}
          className="tab"
          onClick={() => onSelect(tab)}
        >
          {t(TAB_LABELS[tab])}
          {tab === 'exchanges' && <RotationBadge />}
        </button>
      ))}
    </div>
  );
}
