// Keeps the tray in step with the app state: icon per state, macOS title,
// tooltip and the first (disabled) menu line carrying the total where titles
// are not shown. The context menu always offers every action, because some
// Linux trays never deliver clicks.
import { join } from 'node:path';
import { PRIVACY_TOGGLE } from '../../common/privacy';
import { currentLanguage, t } from '../../common/i18n';
import { trayIconFile, type TrayTheme } from '../core/tray-icon-path';
import { trayText } from '../core/tray-text';
import type { AppSnapshot } from '../../common/types';
import { UPDATE_WORDS, trayUpdateAvailable, trayUpdateDownloading } from '../../common/update-words';
import type { MenuItemSpec, TrayPort } from '../ports';

export interface TrayActions {
  openPopover(): void;
  refreshNow(): void;
  openDetails(tab?: 'settings'): void;
  togglePrivacy(): void;
  /** The user's consent to download a version found. */
  downloadUpdate(): void;
  installUpdate(): void;
  quit(): void;
}

export interface TrayControllerOptions {
  tray: TrayPort;
  platform: NodeJS.Platform;
  assetsDir: string;
  theme: () => TrayTheme;
  locale: () => string;
  now: () => number;
  actions: TrayActions;
}

export interface TrayController {
  render(snapshot: AppSnapshot): void;
}

export function createTrayController(options: TrayControllerOptions): TrayController {
  const { tray, platform, assetsDir, actions } = options;
  let lastImage = '';
  let lastMenuKey = '';

  return {
    render(snapshot) {
      const text = trayText({
        summary: snapshot.portfolio,
        settings: snapshot.settings,
        rates: snapshot.rates,
        locale: options.locale(),
        demo: snapshot.demo,
        state: { now: options.now(), refreshing: snapshot.refreshing, standing: snapshot.standing },
      });
      const image = join(assetsDir, trayIconFile(text.iconState, platform, options.theme()));
      if (image !== lastImage) {
        tray.setImage(image);
        lastImage = image;
      }
      tray.setTitle(text.title);
      tray.setToolTip(text.tooltip);
      const { update } = snapshot;
      // The language too: a switch re-words every item, even where the header reads the same.
      const menuKey = `${currentLanguage()}|${text.menuHeader}|${snapshot.settings.privacyMode}|${snapshot.refreshing}|${update.stage}|${update.version}|${downloadPercent(update)}`;
      if (menuKey !== lastMenuKey) {
        tray.setMenu(buildMenu(text.menuHeader, snapshot, actions));
        lastMenuKey = menuKey;
      }
    },
  };
}

/** Whole percents: the menu is rebuilt when the number shown changes, not on every byte. */
const downloadPercent = (update: AppSnapshot['update']): number => Math.floor(update.progress ?? 0);

/** "Update available — Download" while asking, its progress while downloading, "Restart to Update" once downloaded; nothing otherwise. */
function updateItems(update: AppSnapshot['update'], actions: TrayActions): MenuItemSpec[] {
  if (update.stage === 'available' && update.version) {
    return [{ type: 'separator' }, { id: 'update', label: trayUpdateAvailable(update.version), click: actions.downloadUpdate }];
  }
  if (update.stage === 'downloading' && update.version) {
    return [{ type: 'separator' }, { id: 'update', label: trayUpdateDownloading(update.version, downloadPercent(update)), enabled: false }];
  }
  if (update.stage === 'downloaded') return [{ type: 'separator' }, { id: 'update', label: UPDATE_WORDS.trayRestart, click: actions.installUpdate }];
  return [];
}

export function buildMenu(header: string, snapshot: AppSnapshot, actions: TrayActions): MenuItemSpec[] {
  return [
    { id: 'total', label: header, enabled: false },
    { type: 'separator' },
    { id: 'open', label: t('tray.open'), click: actions.openPopover },
    { id: 'refresh', label: snapshot.refreshing ? t('tray.refreshing') : t('tray.refreshNow'), enabled: !snapshot.refreshing, accelerator: 'CmdOrCtrl+R', click: actions.refreshNow },
    { id: 'details', label: t('tray.openDetails'), click: () => actions.openDetails() },
    { type: 'separator' },
    { id: 'privacy', label: t('tray.privacyMode'), type: 'checkbox', checked: snapshot.settings.privacyMode, accelerator: PRIVACY_TOGGLE, click: actions.togglePrivacy },
    { id: 'settings', label: t('tray.settings'), accelerator: 'CmdOrCtrl+,', click: () => actions.openDetails('settings') },
    ...updateItems(snapshot.update, actions),
    { type: 'separator' },
    { id: 'quit', label: t('tray.quit'), accelerator: 'CmdOrCtrl+Q', click: actions.quit },
  ];
}
