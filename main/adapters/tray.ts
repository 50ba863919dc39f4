// Thin adapter: Electron's Tray behind TrayPort. How the menu opens on this
// platform is decided in core/platform-behaviour.ts.
import { Menu, Tray, nativeImage } from 'electron';
import { trayMenuStrategy } from '../core/platform-behaviour';
import type { TrayPort } from '../ports';
import { toElectronItem } from './menu-item';

export function createElectronTray(initialIcon: string): TrayPort {
  const tray = new Tray(nativeImage.createFromPath(initialIcon));
  const strategy = trayMenuStrategy(process.platform);
  let menu: Menu | null = null;
  if (strategy === 'pop-up-on-right-click') {
    tray.on('right-click', () => {
      if (menu) tray.popUpContextMenu(menu);
    });
  }
  return {
    setImage: (file) => tray.setImage(nativeImage.createFromPath(file)),
    setTitle: (title) => {
      // Titles only render on macOS; elsewhere the tooltip carries the total.
      if (process.platform === 'darwin') tray.setTitle(title, { fontType: 'monospacedDigit' });
    },
    setToolTip: (text) => tray.setToolTip(text),
    setMenu: (items) => {
      menu = Menu.buildFromTemplate(items.map(toElectronItem));
      // Linux: "call setContextMenu again" for changes to take effect (tray.md).
      if (strategy === 'context-menu') tray.setContextMenu(menu);
    },
    getBounds: () => {
      // Linux reports zero bounds (tray.md: getBounds is macOS and Windows only): use the cursor.
      const bounds = tray.getBounds();
      return bounds.width === 0 && bounds.height === 0 ? null : bounds;
    },
    onClick: (listener) => {
      tray.on('click', listener);
      return () => {
        tray.off('click', listener);
      };
    },
  };
}
