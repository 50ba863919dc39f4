// Thin adapter: Electron's Tray behind TrayPort.
import { Menu, Tray, nativeImage } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuItemSpec, TrayPort } from '../ports';

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

function toElectronItem(item: MenuItemSpec): MenuItemConstructorOptions {
  const options: MenuItemConstructorOptions = { type: item.type ?? 'normal' };
  if (item.id !== undefined) options.id = item.id;
  if (item.label !== undefined) options.label = item.label;
  if (item.enabled !== undefined) options.enabled = item.enabled;
  if (item.checked !== undefined) options.checked = item.checked;
  if (item.accelerator !== undefined) options.accelerator = item.accelerator;
  if (item.click) {
    const click = item.click;
    options.click = () => click();
  }
  return options;
}
