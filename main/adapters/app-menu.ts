// Thin adapter: installs the application menu. Without one, Electron's default
// menu binds CmdOrCtrl+R to reloading the page and offers DevTools.
import { Menu } from 'electron';
import type { MenuItemSpec } from '../ports';
import { toElectronItem } from './menu-item';

export function setElectronAppMenu(spec: MenuItemSpec[]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(spec.map(toElectronItem)));
}
