// The application menu, as data. Electron's default menu binds CmdOrCtrl+R to
// reloading the page (and offers DevTools); ours binds it to a CoinStats
// refresh instead, and keeps the Edit roles so copy/paste and undo work in
// text fields on macOS, where shortcuts only exist through the menu.
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
    { id: 'about', label: 'About Tallybar', role: 'about' },
    { type: 'separator' },
    { id: 'settings', label: mac ? 'Settings…' : 'Settings', accelerator: 'CmdOrCtrl+,', click: actions.openSettings },
    { type: 'separator' },
    ...(mac ? ([{ role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }] satisfies MenuItemSpec[]) : []),
    { id: 'quit', label: 'Quit Tallybar', accelerator: 'CmdOrCtrl+Q', click: actions.quit },
  ];
  return [
    { id: 'app', label: 'Tallybar', submenu: appMenu },
    {
      id: 'edit',
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      id: 'view',
      label: 'View',
      submenu: [
        { id: 'refresh', label: 'Refresh Now', accelerator: 'CmdOrCtrl+R', click: actions.refreshAll },
        { id: 'privacy', label: 'Toggle Privacy Mode', accelerator: 'CmdOrCtrl+Shift+P', click: actions.togglePrivacy },
      ],
    },
    { id: 'window', label: 'Window', submenu: [...(mac ? ([{ role: 'minimize' }] satisfies MenuItemSpec[]) : []), { role: 'close' }] },
  ];
}

/** Every item, submenus included, depth first. */
export function flattenMenu(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flattenMenu(item.submenu ?? [])]);
}
