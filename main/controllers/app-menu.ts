// The application menu, as data. Electron's default menu binds CmdOrCtrl+R to
// reloading the page (and offers DevTools); ours binds it to a CoinStats
// refresh instead, and keeps the Edit roles so copy/paste and undo work in
// text fields on macOS, where shortcuts only exist through the menu.
//
// Role items carry our own labels: Electron's defaults for roles are English
// whatever the OS language (lib/browser/api/menu-item-roles.ts), so a role
// without a label would stay English in a German menu. Built anew whenever the
// language changes (main/app/language-followers.ts).
import { PRIVACY_TOGGLE } from '../../common/privacy';
import { t } from '../../common/i18n';
import type { MenuItemSpec } from '../ports';

export interface AppMenuActions {
  openSettings(): void;
  refreshAll(): void;
  togglePrivacy(): void;
  quit(): void;
}

export function appMenuSpec(actions: AppMenuActions, platform: NodeJS.Platform): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemSpec[] = [
    { id: 'about', label: t('menu.about'), role: 'about' },
    { type: 'separator' },
    { id: 'settings', label: mac ? t('menu.settingsEllipsis') : t('menu.settings'), accelerator: 'CmdOrCtrl+,', click: actions.openSettings },
    { type: 'separator' },
    ...(mac
      ? ([
          { role: 'hide', label: t('menu.hide') },
          { role: 'hideOthers', label: t('menu.hideOthers') },
          { role: 'unhide', label: t('menu.showAll') },
          { type: 'separator' },
        ] satisfies MenuItemSpec[])
      : []),
    { id: 'quit', label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q', click: actions.quit },
  ];
  return [
    // The product's name, never translated (macOS shows the app's name here whatever the label).
    { id: 'app', label: 'Tallybar', submenu: appMenu },
    {
      id: 'edit',
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      id: 'view',
      label: t('menu.view'),
      submenu: [
        { id: 'refresh', label: t('menu.refreshNow'), accelerator: 'CmdOrCtrl+R', click: actions.refreshAll },
        { id: 'privacy', label: t('menu.togglePrivacy'), accelerator: PRIVACY_TOGGLE, click: actions.togglePrivacy },
      ],
    },
    {
      id: 'window',
      label: t('menu.window'),
      submenu: [
        ...(mac ? ([{ role: 'minimize', label: t('menu.minimize') }] satisfies MenuItemSpec[]) : []),
        { role: 'close', label: mac ? t('menu.closeWindow') : t('menu.close') },
      ],
    },
  ];
}

/** Every item, submenus included, depth first. */
export function flattenMenu(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
