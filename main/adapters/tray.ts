// Thin adapter: Electron's Tray behind TrayPort.
import { Menu, Tray, nativeImage } from 'electron';
import type { TrayPort } from '../ports';
import { toElectronItem } from './menu-item';

export function createElectronTray(initialIcon: string): TrayPort {
  const tray = new Tray(nativeImage.createFromPath(initialIcon));
  return {
    setImage: (file) => tray.setImage(nativeImage.createFromPath(file)),
    setTitle: (title) => {
      // Titles only render on macOS; elsewhere the tooltip carries the total.
      if (process.platform === 'darwin') tray.setTitle(title, { fontType: 'monospacedDigit' });
    },
    setToolTip: (text) => tray.setToolTip(text),
    setMenu: (items) => tray.setContextMenu(Menu.buildFromTemplate(items.map(toElectronItem))),
    getBounds: () => {
      // Linux reports zero bounds (electron/electron#5219 era behaviour): use the cursor.
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
